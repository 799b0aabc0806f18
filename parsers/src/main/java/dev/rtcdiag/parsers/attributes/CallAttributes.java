package dev.rtcdiag.parsers.attributes;

import dev.rtcdiag.parsers.spi.AttributeKey;

/** A call or session as a whole: how it ended, what the product says of it. */
public final class CallAttributes {

    /** How the call or session ended, in the product's words. */
    public static final AttributeKey<String> OUTCOME = AttributeKey.text("outcome");

    /** How long it lasted, as written. */
    public static final AttributeKey<String> DURATION = AttributeKey.text("duration");

    /** How long a transaction took, in milliseconds. */
    public static final AttributeKey<Integer> DURATION_MS = AttributeKey.integer("duration-ms");

    /** A product event ({@code Call.Failed}). */
    public static final AttributeKey<String> EVENT = AttributeKey.text("event");

    /** How a session ended. */
    public static final AttributeKey<String> SESSION_END = AttributeKey.text("session-end");

    /** A failure code as the product reports it. */
    public static final AttributeKey<String> FAILED_CODE = AttributeKey.text("failed-code");

    /** A command the application ran. */
    public static final AttributeKey<String> COMMAND = AttributeKey.text("command");

    /** An error of the portal. */
    public static final AttributeKey<String> PORTAL_ERROR = AttributeKey.text("portal-error");

    /** A product's internal error code. */
    public static final AttributeKey<String> INTERNAL_CODE = AttributeKey.text("internal-code");

    /** An error code as the client writes it. */
    public static final AttributeKey<String> ERROR_CODE = AttributeKey.text("error-code");

    /** An error name as the client writes it. */
    public static final AttributeKey<String> ERROR_NAME = AttributeKey.text("error-name");

    /** An error text. */
    public static final AttributeKey<String> ERROR_TEXT = AttributeKey.text("error-text");

    /** The cause a client gives for an error. */
    public static final AttributeKey<String> CAUSE = AttributeKey.text("cause");

    /** A known failure signature recognised in the text ({@code device-profile-not-found}). */
    public static final AttributeKey<String> SIGNATURE = AttributeKey.text("signature");

    /** A status's detail ({@code Failed by ICE timeout}). */
    public static final AttributeKey<String> INFO = AttributeKey.text("info");

    /** A stream or session name. */
    public static final AttributeKey<String> NAME = AttributeKey.text("name");

    /** A stream or session type. */
    public static final AttributeKey<String> TYPE = AttributeKey.text("type");

    /** How many times the client logged the same thing. */
    public static final AttributeKey<Integer> COUNT = AttributeKey.integer("count");

    /** The client's log code ({@code video_provider_…}). */
    public static final AttributeKey<String> LOG_CODE = AttributeKey.text("log-code");

    /** What a server check warns about ({@code sip-proxy}). */
    public static final AttributeKey<String> CHECK = AttributeKey.text("check");

    /** The setting a check names. */
    public static final AttributeKey<String> SETTING = AttributeKey.text("setting");

    /** The setting's value. */
    public static final AttributeKey<String> VALUE = AttributeKey.text("value");

    /** A device type a client could not find. */
    public static final AttributeKey<String> DEVICE_TYPE = AttributeKey.text("device-type");

    /** An OCI request type. */
    public static final AttributeKey<String> OCI_REQUEST = AttributeKey.text("oci-request");

    /** An OCI transaction. */
    public static final AttributeKey<String> OCI_TRANSACTION = AttributeKey.text("oci-transaction");

    /** The media provider ({@code WebRTC}). */
    public static final AttributeKey<String> MEDIA_PROVIDER = AttributeKey.text("media-provider");

    /** A REST hook event ({@code CallStatusEvent}). */
    public static final AttributeKey<String> REST_EVENT = AttributeKey.text("rest-event");

    /** Why a call failed, in the product's words. */
    public static final AttributeKey<String> REASON = AttributeKey.text("reason");

    /** A product status word ({@code FAILED}). */
    public static final AttributeKey<String> STATUS = AttributeKey.text("status");

    /** A client session's status. */
    public static final AttributeKey<String> SESSION_STATUS = AttributeKey.text("session-status");

    /** The user's role in a meeting. */
    public static final AttributeKey<String> ROLE = AttributeKey.text("role");

    /** A camera stream id. */
    public static final AttributeKey<String> CAMERA_ID = AttributeKey.text("camera-id");

    /** The client's session number. */
    public static final AttributeKey<String> CLIENT_SESSION = AttributeKey.text("client-session");

    /** The user's display name. */
    public static final AttributeKey<String> FULL_NAME = AttributeKey.text("fullname");

    /** A call rating the user gave. */
    public static final AttributeKey<String> RATING = AttributeKey.text("rating");

    /** A comment the user wrote. */
    public static final AttributeKey<String> COMMENT = AttributeKey.text("comment");

    /** The portal's number a call used. */
    public static final AttributeKey<String> PORTAL_NUMBER = AttributeKey.text("portal-number");

    /** A statistics row's failure code. */
    public static final AttributeKey<String> CALL_FAILED_CODE = AttributeKey.text("call-failed-code");

    /** A statistics row's failure reason. */
    public static final AttributeKey<String> CALL_FAILED_REASON = AttributeKey.text("call-failed-reason");

    /** A statistics row's call type. */
    public static final AttributeKey<String> CALL_TYPE = AttributeKey.text("call-type");

    /** The URL of a call's log. */
    public static final AttributeKey<String> CALL_LOG = AttributeKey.text("call-log");

    private CallAttributes() {
    }
}
