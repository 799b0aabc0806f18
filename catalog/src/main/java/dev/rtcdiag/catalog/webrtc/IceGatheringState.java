package dev.rtcdiag.catalog.webrtc;

import java.util.Optional;

/** {@code RTCIceGatheringState} (W3C WebRTC 1.0, {@code webrtc.html} IDL enums). */
public enum IceGatheringState {
    NEW("new"),
    GATHERING("gathering"),
    COMPLETE("complete");

    private final String token;

    IceGatheringState(String token) {
        this.token = token;
    }

    /** The IDL string as browsers log it ({@code "failed"}). */
    public String token() {
        return token;
    }

    /** The state for an IDL string, case-insensitively; empty for anything else. */
    public static Optional<IceGatheringState> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String t = token.strip();
        for (IceGatheringState s : values()) {
            if (s.token.equalsIgnoreCase(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
