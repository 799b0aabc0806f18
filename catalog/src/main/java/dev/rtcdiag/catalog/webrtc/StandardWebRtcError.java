package dev.rtcdiag.catalog.webrtc;

/** The listed WebRTC error identifiers; see {@link WebRtcError}. */
public enum StandardWebRtcError implements WebRtcError {
    /** {@code icecandidateerror} 701: "If no host candidate can reach the server, errorCode will be set to 701". */
    ICE_SERVER_NOT_REACHABLE("701", "ice-candidate-error", "STUN/TURN server not reachable", "W3C webrtc-pc, RTCPeerConnectionIceErrorEvent"),
    DATA_CHANNEL_FAILURE("data-channel-failure", "rtc-error", "Data channel failure", "W3C webrtc-pc, RTCErrorDetailType"),
    DTLS_FAILURE("dtls-failure", "rtc-error", "DTLS failure", "W3C webrtc-pc, RTCErrorDetailType"),
    FINGERPRINT_FAILURE("fingerprint-failure", "rtc-error", "DTLS fingerprint failure", "W3C webrtc-pc, RTCErrorDetailType"),
    SCTP_FAILURE("sctp-failure", "rtc-error", "SCTP failure", "W3C webrtc-pc, RTCErrorDetailType"),
    SDP_SYNTAX_ERROR("sdp-syntax-error", "rtc-error", "SDP syntax error", "W3C webrtc-pc, RTCErrorDetailType"),
    HARDWARE_ENCODER_NOT_AVAILABLE("hardware-encoder-not-available", "rtc-error", "Hardware encoder not available", "W3C webrtc-pc, RTCErrorDetailType"),
    HARDWARE_ENCODER_ERROR("hardware-encoder-error", "rtc-error", "Hardware encoder error", "W3C webrtc-pc, RTCErrorDetailType"),
    NOT_ALLOWED_ERROR("NotAllowedError", "media-device", "Permission denied", "W3C Media Capture and Streams, getUserMedia"),
    NOT_READABLE_ERROR("NotReadableError", "media-device", "Device in use or unreadable", "W3C Media Capture and Streams, getUserMedia"),
    NOT_FOUND_ERROR("NotFoundError", "media-device", "No such device", "W3C Media Capture and Streams, getUserMedia"),
    OVERCONSTRAINED_ERROR("OverconstrainedError", "media-device", "Constraints cannot be satisfied", "W3C Media Capture and Streams, getUserMedia"),
    SECURITY_ERROR("SecurityError", "media-device", "Media use disabled by the browser", "W3C Media Capture and Streams, getUserMedia"),
    ABORT_ERROR("AbortError", "media-device", "Device could not be used", "W3C Media Capture and Streams, getUserMedia"),
    NOT_SUPPORTED_ERROR("NotSupportedError", "media-device", "Not supported", "W3C Screen Capture, getDisplayMedia"),
    INVALID_STATE_ERROR("InvalidStateError", "media-device", "Invalid state", "W3C Media Capture and Streams, getUserMedia"),
    TYPE_ERROR("TypeError", "media-device", "Invalid constraints", "W3C Media Capture and Streams, getUserMedia");

    private final String code;
    private final String category;
    private final String defaultTitle;
    private final String source;

    StandardWebRtcError(String code, String category, String defaultTitle, String source) {
        this.code = code;
        this.category = category;
        this.defaultTitle = defaultTitle;
        this.source = source;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String constantName() {
        return name();
    }

    @Override
    public String category() {
        return category;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public boolean isKnown() {
        return true;
    }

    @Override
    public String defaultTitle() {
        return defaultTitle;
    }
}
