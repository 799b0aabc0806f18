package dev.rtcdiag.catalog.webrtc;

import java.util.Optional;

/** {@code RTCIceConnectionState}: {@code disconnected} is transient, {@code failed} is terminal until an ICE restart (W3C WebRTC 1.0, {@code webrtc.html} IDL enums). */
public enum IceConnectionState {
    NEW("new"),
    CHECKING("checking"),
    CONNECTED("connected"),
    COMPLETED("completed"),
    DISCONNECTED("disconnected"),
    FAILED("failed"),
    CLOSED("closed");

    private final String token;

    IceConnectionState(String token) {
        this.token = token;
    }

    /** The IDL string as browsers log it ({@code "failed"}). */
    public String token() {
        return token;
    }

    /** The state for an IDL string, case-insensitively; empty for anything else. */
    public static Optional<IceConnectionState> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String t = token.strip();
        for (IceConnectionState s : values()) {
            if (s.token.equalsIgnoreCase(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
