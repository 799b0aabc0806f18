package dev.rtcdiag.catalog.sip;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.CodeSystem;
import java.util.Objects;
import java.util.Optional;

/**
 * A SIP response status code.
 *
 * <p>The registered codes are the constants of {@link StandardSipStatus}; any other number is an
 * {@link UnknownSipStatus} that keeps the number and knows its class, so {@code of(499)} explains
 * itself as an unknown 4xx client failure that a client treats like 400 (RFC 3261 section 8.1.3.2).
 * Equality is by code: {@link #of(int)} returns the enum constant for every listed code and an
 * unknown value only for unlisted ones, so two values with the same code are always equal.
 *
 * <p>Match on {@link #value()}, never on the reason phrase: phrases on the wire are free text.
 */
public sealed interface SipStatus extends CatalogCode permits StandardSipStatus, UnknownSipStatus {

    /** The numeric code. */
    int value();

    /** The registry phrase, or a generated description for unknown codes. */
    String reasonPhrase();

    /** The class of the code. */
    default SipStatusClass statusClass() {
        return SipStatusClass.of(value());
    }

    /** Whether this is a 1xx response. */
    default boolean isProvisional() {
        return statusClass() == SipStatusClass.PROVISIONAL;
    }

    /** Whether this is a final (2xx–6xx) response. */
    default boolean isFinal() {
        SipStatusClass c = statusClass();
        return c != SipStatusClass.PROVISIONAL && c != SipStatusClass.LOCAL && c != SipStatusClass.UNKNOWN;
    }

    /** Whether the code is in the IANA "Response Codes" registry. */
    boolean isRegistered();

    /**
     * Whether the code is only ever produced inside a stack (pjsip 7xx, sofia-sip 687/9xx, 8xx) and
     * never received from the network.
     */
    default boolean isLocal() {
        return statusClass() == SipStatusClass.LOCAL;
    }

    /**
     * The code a client must act on: itself when known, otherwise the x00 code of its class, or 183
     * for unknown provisional responses (RFC 3261 section 8.1.3.2).
     */
    SipStatus treatedAs();

    @Override
    default CodeSystem system() {
        return CodeSystem.SIP;
    }

    @Override
    default String code() {
        return Integer.toString(value());
    }

    @Override
    default String category() {
        return statusClass().label();
    }

    @Override
    default String defaultTitle() {
        return reasonPhrase();
    }

    /** The status for any integer; never {@code null}, never throws. */
    static SipStatus of(int code) {
        return StandardSipStatus.lookup(code).<SipStatus>map(s -> s).orElseGet(() -> new UnknownSipStatus(code));
    }

    /** The listed status for a code, or empty when the catalog does not list it. */
    static Optional<StandardSipStatus> find(int code) {
        return StandardSipStatus.lookup(code);
    }

    /**
     * Parses a status code or a status line's code part: {@code "486"}, {@code "486 Busy Here"},
     * {@code "SIP/2.0 486 Busy Here"}.
     *
     * @throws IllegalArgumentException naming the input if it holds no three-digit code
     */
    static SipStatus parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        if (s.regionMatches(true, 0, "SIP/2.0", 0, 7)) {
            s = s.substring(7).stripLeading();
        }
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end)) && end < 4) {
            end++;
        }
        if (end != 3 || (s.length() > 3 && !Character.isWhitespace(s.charAt(3)))) {
            throw new IllegalArgumentException("not a SIP status code: '" + text + "'");
        }
        return of(Integer.parseInt(s.substring(0, 3)));
    }
}
