package dev.rtcdiag.parsers.spi;

/**
 * Names of the correlation keys parsers put in {@link LogEvent#keys()}. The core groups events into
 * calls and sessions by these keys and joins logs that share a value. Vendor parsers may add keys of
 * their own ({@code "wcs.media-session"}); these are the shared ones.
 */
public final class CorrelationKeys {
    /** SIP Call-ID (compact form {@code i:} normalised). */
    public static final String CALL_ID = "call-id";
    /** A product's session identifier (Voximplant session id, WCS WebSocket session, BBB clientSessionNumber). */
    public static final String SESSION = "session";
    /** A meeting or conference identifier (BBB meetingId). */
    public static final String MEETING = "meeting";
    /** A user identifier (BBB userId, BroadWorks user id, Bitrix user). */
    public static final String USER = "user";
    /** A call identifier that is not a SIP Call-ID (Bitrix CALL_ID, Voximplant call id, BroadWorks callhalf). */
    public static final String CALL = "call";
    /** A media stream or media session (WCS mediaSessionId, stream name). */
    public static final String MEDIA = "media";
    /** A request tracking id (Webex Tracking ID, OCI sessionId). */
    public static final String TRACKING = "tracking";

    private CorrelationKeys() {
    }
}
