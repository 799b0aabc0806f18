package dev.rtcdiag.catalog.webrtc;

import java.util.Optional;

/** {@code RTCDtlsTransportState} (W3C WebRTC 1.0, {@code webrtc.html} IDL enums). */
public enum DtlsTransportState {
    NEW("new"),
    CONNECTING("connecting"),
    CONNECTED("connected"),
    CLOSED("closed"),
    FAILED("failed");

    private final String token;

    DtlsTransportState(String token) {
        this.token = token;
    }

    /** The IDL string as browsers log it ({@code "failed"}). */
    public String token() {
        return token;
    }

    /** The state for an IDL string, case-insensitively; empty for anything else. */
    public static Optional<DtlsTransportState> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String t = token.strip();
        for (DtlsTransportState s : values()) {
            if (s.token.equalsIgnoreCase(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
