package dev.rtcdiag.catalog.webrtc;

import java.util.Optional;

/** {@code RTCSignalingState} (W3C WebRTC 1.0, {@code webrtc.html} IDL enums). */
public enum SignalingState {
    STABLE("stable"),
    HAVE_LOCAL_OFFER("have-local-offer"),
    HAVE_REMOTE_OFFER("have-remote-offer"),
    HAVE_LOCAL_PRANSWER("have-local-pranswer"),
    HAVE_REMOTE_PRANSWER("have-remote-pranswer"),
    CLOSED("closed");

    private final String token;

    SignalingState(String token) {
        this.token = token;
    }

    /** The IDL string as browsers log it ({@code "failed"}). */
    public String token() {
        return token;
    }

    /** The state for an IDL string, case-insensitively; empty for anything else. */
    public static Optional<SignalingState> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String t = token.strip();
        for (SignalingState s : values()) {
            if (s.token.equalsIgnoreCase(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
