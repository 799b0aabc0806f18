package dev.rtcdiag.catalog.webrtc;

import java.util.Optional;

/** The WebSocket close codes of RFC 6455 section 7.4.1 and the IANA registry (1000–1015). */
public enum StandardWebSocketCloseCode implements WebSocketCloseCode {
    NORMAL_CLOSURE(1000, "Normal Closure", false),
    GOING_AWAY(1001, "Going Away", false),
    PROTOCOL_ERROR(1002, "Protocol error", false),
    UNSUPPORTED_DATA(1003, "Unsupported Data", false),
    RESERVED(1004, "Reserved", false),
    NO_STATUS_RECEIVED(1005, "No Status Rcvd", true),
    /** The close browsers report when the TCP/TLS connection dropped without a Close frame. */
    ABNORMAL_CLOSURE(1006, "Abnormal Closure", true),
    INVALID_FRAME_PAYLOAD_DATA(1007, "Invalid frame payload data", false),
    POLICY_VIOLATION(1008, "Policy Violation", false),
    MESSAGE_TOO_BIG(1009, "Message Too Big", false),
    MANDATORY_EXTENSION(1010, "Mandatory Ext.", false),
    INTERNAL_ERROR(1011, "Internal Error", false),
    SERVICE_RESTART(1012, "Service Restart", false),
    TRY_AGAIN_LATER(1013, "Try Again Later", false),
    BAD_GATEWAY(1014, "Bad Gateway", false),
    TLS_HANDSHAKE(1015, "TLS handshake", true);

    private final int value;
    private final String reasonPhrase;
    private final boolean localOnly;

    StandardWebSocketCloseCode(int value, String reasonPhrase, boolean localOnly) {
        this.value = value;
        this.reasonPhrase = reasonPhrase;
        this.localOnly = localOnly;
    }

    static Optional<StandardWebSocketCloseCode> lookup(int value) {
        int index = value - 1000;
        return index >= 0 && index < values().length ? Optional.of(values()[index]) : Optional.empty();
    }

    @Override
    public int value() {
        return value;
    }

    @Override
    public String reasonPhrase() {
        return reasonPhrase;
    }

    @Override
    public boolean isLocalOnly() {
        return localOnly;
    }

    @Override
    public String constantName() {
        return name();
    }

    @Override
    public String source() {
        return value <= 1011 || value == 1015 ? "RFC 6455 §7.4.1" : "IANA WebSocket Close Code Number registry";
    }

    @Override
    public boolean isKnown() {
        return true;
    }
}
