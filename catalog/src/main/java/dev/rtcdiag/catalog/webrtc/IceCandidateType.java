package dev.rtcdiag.catalog.webrtc;

import java.util.Optional;

/**
 * {@code RTCIceCandidateType} (W3C WebRTC 1.0; RFC 8445 §5.1.1): where a candidate's address comes
 * from. Only {@code relay} goes through a TURN server, which is why rules ask for it.
 */
public enum IceCandidateType {
    HOST("host"),
    SRFLX("srflx"),
    PRFLX("prflx"),
    RELAY("relay");

    private final String token;

    IceCandidateType(String token) {
        this.token = token;
    }

    /** The IDL string ({@code "relay"}). */
    public String token() {
        return token;
    }

    /** The type for an IDL string, case-insensitively; empty for anything else. */
    public static Optional<IceCandidateType> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String t = token.strip();
        for (IceCandidateType c : values()) {
            if (c.token.equalsIgnoreCase(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
