package dev.rtcdiag.catalog.sip;

import java.util.Optional;

/**
 * The SIP status codes the catalog lists: all 75 codes of the IANA "Response Codes" registry
 * (https://www.iana.org/assignments/sip-parameters, 50 from RFC 3261 section 21 and 25 from later
 * RFCs) and the non-registered codes that real stacks put in logs (RFC 2543 leftovers, pjsip 7xx,
 * sofia-sip 687/9xx). {@link #isRegistered()} tells the two apart.
 *
 * <p>Constant names follow the IANA phrase in upper snake case. Where two phrases collide, the 6xx
 * code gets the qualified name ({@code 606 SESSION_NOT_ACCEPTABLE}, as in JAIN-SIP).
 */
public enum StandardSipStatus implements SipStatus {
    TRYING(100, "Trying", "RFC 3261 (IANA SIP Response Codes)", true),
    DIALOG_ESTABLISHMENT(101, "Dialog Establishment", "not registered; listed in RFC 3261 §21 (some vendor tables)", false),
    RINGING(180, "Ringing", "RFC 3261 (IANA SIP Response Codes)", true),
    CALL_IS_BEING_FORWARDED(181, "Call Is Being Forwarded", "RFC 3261 (IANA SIP Response Codes)", true),
    QUEUED(182, "Queued", "RFC 3261 (IANA SIP Response Codes)", true),
    SESSION_PROGRESS(183, "Session Progress", "RFC 3261 (IANA SIP Response Codes)", true),
    EARLY_DIALOG_TERMINATED(199, "Early Dialog Terminated", "RFC 6228 (IANA SIP Response Codes)", true),
    OK(200, "OK", "RFC 3261 (IANA SIP Response Codes)", true),
    ACCEPTED(202, "Accepted (Deprecated)", "RFC 6665 (IANA SIP Response Codes)", true),
    NO_NOTIFICATION(204, "No Notification", "RFC 5839 (IANA SIP Response Codes)", true),
    MULTIPLE_CHOICES(300, "Multiple Choices", "RFC 3261 (IANA SIP Response Codes)", true),
    MOVED_PERMANENTLY(301, "Moved Permanently", "RFC 3261 (IANA SIP Response Codes)", true),
    MOVED_TEMPORARILY(302, "Moved Temporarily", "RFC 3261 (IANA SIP Response Codes)", true),
    USE_PROXY(305, "Use Proxy", "RFC 3261 (IANA SIP Response Codes)", true),
    ALTERNATIVE_SERVICE(380, "Alternative Service", "RFC 3261 (IANA SIP Response Codes)", true),
    BAD_REQUEST(400, "Bad Request", "RFC 3261 (IANA SIP Response Codes)", true),
    UNAUTHORIZED(401, "Unauthorized", "RFC 3261 (IANA SIP Response Codes)", true),
    PAYMENT_REQUIRED(402, "Payment Required", "RFC 3261 (IANA SIP Response Codes)", true),
    FORBIDDEN(403, "Forbidden", "RFC 3261 (IANA SIP Response Codes)", true),
    NOT_FOUND(404, "Not Found", "RFC 3261 (IANA SIP Response Codes)", true),
    METHOD_NOT_ALLOWED(405, "Method Not Allowed", "RFC 3261 (IANA SIP Response Codes)", true),
    NOT_ACCEPTABLE(406, "Not Acceptable", "RFC 3261 (IANA SIP Response Codes)", true),
    PROXY_AUTHENTICATION_REQUIRED(407, "Proxy Authentication Required", "RFC 3261 (IANA SIP Response Codes)", true),
    REQUEST_TIMEOUT(408, "Request Timeout", "RFC 3261 (IANA SIP Response Codes)", true),
    CONFLICT(409, "Conflict", "RFC 2543 (removed by RFC 3261); pjsip, sofia-sip and Asterisk still know it", false),
    GONE(410, "Gone", "RFC 3261 (IANA SIP Response Codes)", true),
    LENGTH_REQUIRED(411, "Length Required", "RFC 2543 (removed by RFC 3261); pjsip, sofia-sip and Asterisk still know it", false),
    CONDITIONAL_REQUEST_FAILED(412, "Conditional Request Failed", "RFC 3903 (IANA SIP Response Codes)", true),
    REQUEST_ENTITY_TOO_LARGE(413, "Request Entity Too Large", "RFC 3261 (IANA SIP Response Codes)", true),
    REQUEST_URI_TOO_LONG(414, "Request-URI Too Long", "RFC 3261 (IANA SIP Response Codes)", true),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type", "RFC 3261 (IANA SIP Response Codes)", true),
    UNSUPPORTED_URI_SCHEME(416, "Unsupported URI Scheme", "RFC 3261 (IANA SIP Response Codes)", true),
    UNKNOWN_RESOURCE_PRIORITY(417, "Unknown Resource-Priority", "RFC 4412 (IANA SIP Response Codes)", true),
    BAD_EXTENSION(420, "Bad Extension", "RFC 3261 (IANA SIP Response Codes)", true),
    EXTENSION_REQUIRED(421, "Extension Required", "RFC 3261 (IANA SIP Response Codes)", true),
    SESSION_INTERVAL_TOO_SMALL(422, "Session Interval Too Small", "RFC 4028 (IANA SIP Response Codes)", true),
    INTERVAL_TOO_BRIEF(423, "Interval Too Brief", "RFC 3261 (IANA SIP Response Codes)", true),
    BAD_LOCATION_INFORMATION(424, "Bad Location Information", "RFC 6442 (IANA SIP Response Codes)", true),
    BAD_ALERT_MESSAGE(425, "Bad Alert Message", "RFC 8876 (IANA SIP Response Codes)", true),
    USE_IDENTITY_HEADER(428, "Use Identity Header", "RFC 8224 (IANA SIP Response Codes)", true),
    PROVIDE_REFERRER_IDENTITY(429, "Provide Referrer Identity", "RFC 3892 (IANA SIP Response Codes)", true),
    FLOW_FAILED(430, "Flow Failed", "RFC 5626 (IANA SIP Response Codes)", true),
    ANONYMITY_DISALLOWED(433, "Anonymity Disallowed", "RFC 5079 (IANA SIP Response Codes)", true),
    BAD_IDENTITY_INFO(436, "Bad Identity Info", "RFC 8224 (IANA SIP Response Codes)", true),
    UNSUPPORTED_CREDENTIAL(437, "Unsupported Credential", "RFC 8224 (IANA SIP Response Codes)", true),
    INVALID_IDENTITY_HEADER(438, "Invalid Identity Header", "RFC 8224 (IANA SIP Response Codes)", true),
    FIRST_HOP_LACKS_OUTBOUND_SUPPORT(439, "First Hop Lacks Outbound Support", "RFC 5626 (IANA SIP Response Codes)", true),
    MAX_BREADTH_EXCEEDED(440, "Max-Breadth Exceeded", "RFC 5393 (IANA SIP Response Codes)", true),
    BAD_INFO_PACKAGE(469, "Bad Info Package", "RFC 6086 (IANA SIP Response Codes)", true),
    CONSENT_NEEDED(470, "Consent Needed", "RFC 5360 (IANA SIP Response Codes)", true),
    TEMPORARILY_UNAVAILABLE(480, "Temporarily Unavailable", "RFC 3261 (IANA SIP Response Codes)", true),
    CALL_TRANSACTION_DOES_NOT_EXIST(481, "Call/Transaction Does Not Exist", "RFC 3261 (IANA SIP Response Codes)", true),
    LOOP_DETECTED(482, "Loop Detected", "RFC 3261 (IANA SIP Response Codes)", true),
    TOO_MANY_HOPS(483, "Too Many Hops", "RFC 3261 (IANA SIP Response Codes)", true),
    ADDRESS_INCOMPLETE(484, "Address Incomplete", "RFC 3261 (IANA SIP Response Codes)", true),
    AMBIGUOUS(485, "Ambiguous", "RFC 3261 (IANA SIP Response Codes)", true),
    BUSY_HERE(486, "Busy Here", "RFC 3261 (IANA SIP Response Codes)", true),
    REQUEST_TERMINATED(487, "Request Terminated", "RFC 3261 (IANA SIP Response Codes)", true),
    NOT_ACCEPTABLE_HERE(488, "Not Acceptable Here", "RFC 3261 (IANA SIP Response Codes)", true),
    BAD_EVENT(489, "Bad Event", "RFC 6665 (IANA SIP Response Codes)", true),
    REQUEST_UPDATED(490, "Request Updated", "never registered (old draft); pjsip and sofia-sip tables", false),
    REQUEST_PENDING(491, "Request Pending", "RFC 3261 (IANA SIP Response Codes)", true),
    UNDECIPHERABLE(493, "Undecipherable", "RFC 3261 (IANA SIP Response Codes)", true),
    SECURITY_AGREEMENT_REQUIRED(494, "Security Agreement Required", "RFC 3329 (IANA SIP Response Codes)", true),
    SERVER_INTERNAL_ERROR(500, "Server Internal Error", "RFC 3261 (IANA SIP Response Codes)", true),
    NOT_IMPLEMENTED(501, "Not Implemented", "RFC 3261 (IANA SIP Response Codes)", true),
    BAD_GATEWAY(502, "Bad Gateway", "RFC 3261 (IANA SIP Response Codes)", true),
    SERVICE_UNAVAILABLE(503, "Service Unavailable", "RFC 3261 (IANA SIP Response Codes)", true),
    SERVER_TIMEOUT(504, "Server Time-out", "RFC 3261 (IANA SIP Response Codes)", true),
    VERSION_NOT_SUPPORTED(505, "Version Not Supported", "RFC 3261 (IANA SIP Response Codes)", true),
    MESSAGE_TOO_LARGE(513, "Message Too Large", "RFC 3261 (IANA SIP Response Codes)", true),
    PUSH_NOTIFICATION_SERVICE_NOT_SUPPORTED(555, "Push Notification Service Not Supported", "RFC 8599 (IANA SIP Response Codes)", true),
    PRECONDITION_FAILURE(580, "Precondition Failure", "RFC 3312 (IANA SIP Response Codes)", true),
    BUSY_EVERYWHERE(600, "Busy Everywhere", "RFC 3261 (IANA SIP Response Codes)", true),
    DECLINE(603, "Decline", "RFC 3261 (IANA SIP Response Codes)", true),
    DOES_NOT_EXIST_ANYWHERE(604, "Does Not Exist Anywhere", "RFC 3261 (IANA SIP Response Codes)", true),
    SESSION_NOT_ACCEPTABLE(606, "Not Acceptable", "RFC 3261 (IANA SIP Response Codes)", true),
    UNWANTED(607, "Unwanted", "RFC 8197 (IANA SIP Response Codes)", true),
    REJECTED(608, "Rejected", "RFC 8688 (IANA SIP Response Codes)", true),
    DIALOG_TERMINATED(687, "Dialog Terminated", "sofia-sip internal status (libsofia-sip-ua/sip/sip_status.c)", false),
    NO_RESPONSE_FROM_DESTINATION_SERVER(701, "No response from destination server", "pjsip local transport error (pjsip/src/pjsip/sip_msg.c)", false),
    UNABLE_TO_RESOLVE_DESTINATION_SERVER(702, "Unable to resolve destination server", "pjsip local transport error (pjsip/src/pjsip/sip_msg.c)", false),
    ERROR_SENDING_MESSAGE_TO_DESTINATION_SERVER(703, "Error sending message to destination server", "pjsip local transport error (pjsip/src/pjsip/sip_msg.c)", false),
    INTERNAL_ERROR_LOCAL(900, "Internal error", "sofia-sip nua local client error (nua_client.c)", false),
    NO_MATCHING_CHALLENGE(904, "No matching challenge", "sofia-sip nua local client error (nua_client.c)", false);

    /**
     * The statuses indexed by code (the largest is a pjsip local code past 699): every SIP response is looked
     * up, and boxing the code for a hash map took 1.4 % of a diagnosis's samples (JFR, bench corpus; none now).
     */
    private static final StandardSipStatus[] BY_CODE;

    static {
        BY_CODE = new StandardSipStatus[java.util.Arrays.stream(values()).mapToInt(s -> s.value).max().orElse(0) + 1];
        for (StandardSipStatus s : values()) {
            BY_CODE[s.value] = s;
        }
    }

    private final int value;
    private final String reasonPhrase;
    private final String source;
    private final boolean registered;

    StandardSipStatus(int value, String reasonPhrase, String source, boolean registered) {
        this.value = value;
        this.reasonPhrase = reasonPhrase;
        this.source = source;
        this.registered = registered;
    }

    static Optional<StandardSipStatus> lookup(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
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
    public boolean isRegistered() {
        return registered;
    }

    @Override
    public boolean isLocal() {
        return value == 687 || statusClass() == SipStatusClass.LOCAL;
    }

    @Override
    public SipStatus treatedAs() {
        return this;
    }

    @Override
    public String constantName() {
        return name();
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public boolean isKnown() {
        return true;
    }
}
