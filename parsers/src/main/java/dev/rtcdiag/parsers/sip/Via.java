package dev.rtcdiag.parsers.sip;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One Via value ({@code SIP/2.0/UDP host:port;branch=…;received=…;rport=…}).
 *
 * @param transport the transport token in upper case ({@code UDP}, {@code TCP}, {@code WSS}, or any token)
 * @param host the sent-by host
 * @param port the sent-by port, or -1 when absent
 * @param params the parameters in order; a parameter without value maps to {@code ""}
 */
public record Via(String transport, String host, int port, Map<String, String> params) {

    /** Copies the parameters (keeps the parser's own, which are immutable). */
    public Via {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(host, "host");
        // the parser's parameters are immutable already (a LinkedHashMap it built and this copied again was 7 % of
        // parsing a message and reading five fields, JFR); any other map is copied
        params = params instanceof dev.rtcdiag.parsers.internal.OrderedMap ? params
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    /** The branch parameter. */
    public Optional<String> branch() {
        return Optional.ofNullable(params.get("branch"));
    }

    /** The {@code received} parameter: the source address a server saw (differs from {@link #host()} behind NAT). */
    public Optional<String> received() {
        return Optional.ofNullable(params.get("received"));
    }

    /** The {@code rport} value when a server filled it in (RFC 3581). */
    public OptionalInt rport() {
        String v = params.get("rport");
        if (v == null || v.isEmpty() || v.length() > 5 || !Chars.digits(v)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(v));
    }

    /** Whether the branch carries the RFC 3261 magic cookie. */
    public boolean hasRfc3261Branch() {
        return branch().map(b -> b.startsWith("z9hG4bK")).orElse(false);
    }
}
