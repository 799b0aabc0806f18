package dev.rtcdiag.catalog.sip;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A SIP request method. The constants are the IANA "Methods and Response Codes" registry; any other
 * token is representable through {@link #of(String)} (an extension method is not an error).
 * Methods are case-sensitive (RFC 3261 section 7.1), so {@code "invite"} is not {@link #INVITE}.
 * Equality is by name.
 */
public final class SipMethod implements Comparable<SipMethod> {

    public static final SipMethod ACK = new SipMethod("ACK", "RFC 3261");
    public static final SipMethod BYE = new SipMethod("BYE", "RFC 3261");
    public static final SipMethod CANCEL = new SipMethod("CANCEL", "RFC 3261");
    public static final SipMethod INFO = new SipMethod("INFO", "RFC 6086");
    public static final SipMethod INVITE = new SipMethod("INVITE", "RFC 3261");
    public static final SipMethod MESSAGE = new SipMethod("MESSAGE", "RFC 3428");
    public static final SipMethod NOTIFY = new SipMethod("NOTIFY", "RFC 6665");
    public static final SipMethod OPTIONS = new SipMethod("OPTIONS", "RFC 3261");
    public static final SipMethod PRACK = new SipMethod("PRACK", "RFC 3262");
    public static final SipMethod PUBLISH = new SipMethod("PUBLISH", "RFC 3903");
    public static final SipMethod REFER = new SipMethod("REFER", "RFC 3515");
    public static final SipMethod REGISTER = new SipMethod("REGISTER", "RFC 3261");
    public static final SipMethod SUBSCRIBE = new SipMethod("SUBSCRIBE", "RFC 6665");
    public static final SipMethod UPDATE = new SipMethod("UPDATE", "RFC 3311");

    private static final List<SipMethod> STANDARD = List.of(ACK, BYE, CANCEL, INFO, INVITE, MESSAGE, NOTIFY,
            OPTIONS, PRACK, PUBLISH, REFER, REGISTER, SUBSCRIBE, UPDATE);
    private static final Map<String, SipMethod> BY_NAME =
            STANDARD.stream().collect(Collectors.toUnmodifiableMap(SipMethod::name, Function.identity()));

    private final String name;
    private final String source;

    private SipMethod(String name, String source) {
        this.name = name;
        this.source = source;
    }

    /** The registered methods, in alphabetical order. */
    public static List<SipMethod> values() {
        return STANDARD;
    }

    /**
     * The method for a token, total: registered methods return their constant, anything else an
     * extension method of that name ({@code null} becomes the empty name). Use {@link #parse(String)}
     * to reject malformed tokens.
     */
    public static SipMethod of(String name) {
        String n = name == null ? "" : name.strip();
        SipMethod known = BY_NAME.get(n);
        return known != null ? known : new SipMethod(n, "extension method (not in the IANA registry)");
    }

    /** The registered method with that exact name, if any. */
    public static Optional<SipMethod> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name.strip()));
    }

    /**
     * Strict parsing of a method token (RFC 3261 {@code token} characters).
     *
     * @throws IllegalArgumentException naming the input when it is blank or has non-token characters
     */
    public static SipMethod parse(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || !name.chars().allMatch(SipMethod::isTokenChar)) {
            throw new IllegalArgumentException("not a SIP method token: '" + name + "'");
        }
        return of(name);
    }

    private static boolean isTokenChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-.!%*_+`'~".indexOf(c) >= 0;
    }

    /** The method name as sent. */
    public String name() {
        return name;
    }

    /** The defining RFC, or a note that the method is an extension. */
    public String source() {
        return source;
    }

    /** Whether the method is in the IANA registry. */
    public boolean isStandard() {
        return BY_NAME.get(name) == this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SipMethod other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public int compareTo(SipMethod o) {
        return name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
