package dev.rtcdiag.catalog.sip;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The protocol token of a {@code Reason:} header ({@code Reason: Q.850;cause=16;text="…"}, RFC 3326,
 * RFC 6432 for responses). The IANA "Reason Protocols" registry has more tokens (3GPP ones, for
 * example); any token is representable through {@link #of(String)}. Tokens compare case-insensitively.
 */
public final class ReasonProtocol {

    /** {@code SIP}: the cause is a SIP status code (RFC 3326). FreeSWITCH also sends its internal causes (≥128) here. */
    public static final ReasonProtocol SIP = new ReasonProtocol("SIP", "RFC 3326", true);
    /** {@code Q.850}: the cause is a Q.850 cause value (RFC 3326). */
    public static final ReasonProtocol Q850 = new ReasonProtocol("Q.850", "RFC 3326", true);
    /** {@code Preemption} (RFC 4411). */
    public static final ReasonProtocol PREEMPTION = new ReasonProtocol("Preemption", "RFC 4411", true);
    /** {@code FreeSWITCH}: accepted by FreeSWITCH as a Q.850 cause from another FreeSWITCH (sofia.c). */
    public static final ReasonProtocol FREESWITCH = new ReasonProtocol("FreeSWITCH", "FreeSWITCH sofia.c (vendor token)", false);
    /** {@code MVTSLocal}: seen in Voximplant PSTN legs ({@code MVTSLocal;cause=10;text="BYE received"}). */
    public static final ReasonProtocol MVTS_LOCAL = new ReasonProtocol("MVTSLocal", "Voximplant session logs (vendor token)", false);

    private static final List<ReasonProtocol> KNOWN = List.of(SIP, Q850, PREEMPTION, FREESWITCH, MVTS_LOCAL);

    private final String token;
    private final String source;
    private final boolean registered;

    private ReasonProtocol(String token, String source, boolean registered) {
        this.token = token;
        this.source = source;
        this.registered = registered;
    }

    /** The known protocol tokens. */
    public static List<ReasonProtocol> values() {
        return KNOWN;
    }

    /** The protocol for a token, total: unknown tokens become an unregistered protocol of that name. */
    public static ReasonProtocol of(String token) {
        String t = token == null ? "" : token.strip();
        return find(t).orElseGet(() -> new ReasonProtocol(t, "unknown Reason protocol token", false));
    }

    /** The known protocol for a token, case-insensitively. */
    public static Optional<ReasonProtocol> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String t = token.strip();
        return KNOWN.stream().filter(p -> p.token.equalsIgnoreCase(t)).findFirst();
    }

    /**
     * Strict lookup of a known token.
     *
     * @throws IllegalArgumentException naming the token when it is not known
     */
    public static ReasonProtocol parse(String token) {
        Objects.requireNonNull(token, "token");
        return find(token).orElseThrow(() -> new IllegalArgumentException("unknown Reason protocol: '" + token + "'"));
    }

    /** The token as registered ({@code "Q.850"}). */
    public String token() {
        return token;
    }

    /** Where the token is defined. */
    public String source() {
        return source;
    }

    /** Whether the token is in the IANA "Reason Protocols" registry. */
    public boolean isRegistered() {
        return registered;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReasonProtocol other && other.token.toLowerCase(Locale.ROOT).equals(token.toLowerCase(Locale.ROOT));
    }

    @Override
    public int hashCode() {
        return token.toLowerCase(Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return token;
    }
}
