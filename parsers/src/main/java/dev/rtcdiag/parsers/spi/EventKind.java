package dev.rtcdiag.parsers.spi;

import java.util.Optional;

/**
 * The small, closed set of event kinds the core understands. The {@link #id()} is what the JSON
 * outputs print ({@code "sip-response"}).
 */
public enum EventKind {
    /** A plain log line with nothing more specific recognised. */
    LOG("log"),
    /** A line that reports a catalog code (an error code, a failure status, a hangup cause). */
    ERROR_CODE("error-code"),
    /** A SIP request (with its parsed message). */
    SIP_REQUEST("sip-request"),
    /** A SIP response (with its parsed message). */
    SIP_RESPONSE("sip-response"),
    /** An ICE, peer-connection or DTLS state change or failure. */
    ICE_STATE("ice-state"),
    /** A call or media-session lifecycle event (connected, failed, transfer, hangup…). */
    CALL_EVENT("call-event"),
    /** An outgoing or incoming HTTP/WebSocket/OCI request. */
    HTTP_REQUEST("http-request"),
    /** An HTTP/OCI response. */
    HTTP_RESPONSE("http-response"),
    /** A status report of a session, stream or call (WCS statuses, client states). */
    STATUS("status"),
    /** A record that could not be parsed; see {@link LogEvent#malformedReason()}. Never silently dropped. */
    MALFORMED("malformed");

    private final String id;

    EventKind(String id) {
        this.id = id;
    }

    /** The id used in outputs. */
    public String id() {
        return id;
    }

    /** The kind for an id. */
    public static Optional<EventKind> find(String id) {
        for (EventKind k : values()) {
            if (k.id.equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
