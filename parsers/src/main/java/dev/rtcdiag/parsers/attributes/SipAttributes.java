package dev.rtcdiag.parsers.attributes;

import dev.rtcdiag.parsers.spi.AttributeKey;

/** Facts of one SIP message, besides the parsed {@code SipMessage} payload. */
public final class SipAttributes {

    /** The response status. */
    public static final AttributeKey<Integer> STATUS = AttributeKey.integer("status");

    /** The request method, or the CSeq method of a response. */
    public static final AttributeKey<String> METHOD = AttributeKey.text("method");

    /** The CSeq number. */
    public static final AttributeKey<String> CSEQ = AttributeKey.text("cseq");

    /** The CSeq method. */
    public static final AttributeKey<String> CSEQ_METHOD = AttributeKey.text("cseq-method");

    /** The top Via branch. */
    public static final AttributeKey<String> BRANCH = AttributeKey.text("branch");

    /** The From URI. */
    public static final AttributeKey<String> FROM = AttributeKey.text("from");

    /** The To URI. */
    public static final AttributeKey<String> TO = AttributeKey.text("to");

    /** The From tag. */
    public static final AttributeKey<String> FROM_TAG = AttributeKey.text("from-tag");

    /** The To tag. */
    public static final AttributeKey<String> TO_TAG = AttributeKey.text("to-tag");

    /** How many Via headers the message carries. */
    public static final AttributeKey<Integer> VIA_COUNT = AttributeKey.integer("via-count");

    /** The top Via's sent-by host. */
    public static final AttributeKey<String> VIA_HOST = AttributeKey.text("via-host");

    /** The top Via's {@code received} parameter. */
    public static final AttributeKey<String> VIA_RECEIVED = AttributeKey.text("via-received");

    /** The response's reason phrase. */
    public static final AttributeKey<String> REASON_PHRASE = AttributeKey.text("reason-phrase");

    /** Retry-After, in seconds. */
    public static final AttributeKey<Integer> RETRY_AFTER = AttributeKey.integer("retry-after");

    /** The connection addresses of the SDP body, comma-separated. */
    public static final AttributeKey<String> SDP_ADDRESSES = AttributeKey.text("sdp-addresses");

    /** The connection address of an SDP body logged without its message. */
    public static final AttributeKey<String> SDP_BARE = AttributeKey.text("sdp-bare");

    /** The codecs the SDP offers. */
    public static final AttributeKey<String> CODECS = AttributeKey.text("codecs");

    /** The authentication scheme a challenge or credentials use. */
    public static final AttributeKey<String> AUTH = AttributeKey.text("auth");

    /** Whether the message is well-formed (RFC 3261). */
    public static final AttributeKey<Boolean> VALID = AttributeKey.flag("valid");

    /** What is wrong with it, when it is not. */
    public static final AttributeKey<String> DEVIATIONS = AttributeKey.text("deviations");

    /** {@code unknown} when only the start line of a packet list is known. */
    public static final AttributeKey<String> HEADERS = AttributeKey.text("headers");

    /** How the log framed the message. */
    public static final AttributeKey<String> FRAMING = AttributeKey.text("framing");

    /** A Reason header or failure reason. */
    public static final AttributeKey<String> REASON = AttributeKey.text("reason");

    /** The Reason header a call ended with. */
    public static final AttributeKey<String> REASON_HEADER = AttributeKey.text("reason-header");

    /** A vendor's X-Reason header ({@code SIP_PAYMENT_REQUIRED}). */
    public static final AttributeKey<String> X_REASON = AttributeKey.text("x-reason");

    /** The SIP Call-ID of a call that a non-SIP log describes. */
    public static final AttributeKey<String> CALL_ID = AttributeKey.text("sip-call-id");

    /** The SIP status that a non-SIP log reports for a call. */
    public static final AttributeKey<Integer> CODE = AttributeKey.integer("sip-code");

    /** A FreeSWITCH or Asterisk hangup cause. */
    public static final AttributeKey<String> HANGUP_CAUSE = AttributeKey.text("hangup-cause");

    /** A FreeSWITCH channel state. */
    public static final AttributeKey<String> CHANNEL_STATE = AttributeKey.text("channel-state");

    /** The caller id name. */
    public static final AttributeKey<String> CALLER_ID_NAME = AttributeKey.text("caller-id-name");

    /** The packet number in a packet list. */
    public static final AttributeKey<String> PACKET = AttributeKey.text("packet");

    private SipAttributes() {
    }
}
