package dev.rtcdiag.catalog.webrtc;

import java.util.Optional;

/** {@code RTCPeerConnectionState} (W3C WebRTC 1.0, {@code webrtc.html} IDL enums). */
public enum PeerConnectionState {
    NEW("new"),
    CONNECTING("connecting"),
    CONNECTED("connected"),
    DISCONNECTED("disconnected"),
    FAILED("failed"),
    CLOSED("closed");

    private final String token;

    PeerConnectionState(String token) {
        this.token = token;
    }

    /** The IDL string as browsers log it ({@code "failed"}). */
    public String token() {
        return token;
    }

    /** The state for an IDL string, case-insensitively; empty for anything else. */
    public static Optional<PeerConnectionState> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String t = token.strip();
        for (PeerConnectionState s : values()) {
            if (s.token.equalsIgnoreCase(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
