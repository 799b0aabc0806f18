package dev.rtcdiag.catalog.sip;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ITU-T Q.850 cause values (Table 1, with the Q.850 Add.1/Amd.1 values and the ETSI/Q.931 values
 * that FreeSWITCH and Asterisk use), with the names FreeSWITCH and Asterisk print and the SIP status
 * that RFC 3398 section 7.2.4.1 maps each ISUP cause to.
 *
 * <p>Constant names are the FreeSWITCH names where FreeSWITCH has one (they are what logs show),
 * otherwise the Asterisk name, otherwise the Q.850 text; 8, 9, 26 and 103 use the Q.850 meaning
 * because the stack names are misleading there (see {@link #freeswitchName()}).
 * Texts: Kamailio {@code ss7ops/isup_parsed.c} and Wireshark {@code packet-q931.c}; names: FreeSWITCH
 * {@code switch_types.h}, Asterisk {@code causes.h}.
 */
public enum StandardQ850Cause implements Q850Cause {
    UNALLOCATED_NUMBER(1, "Unallocated (unassigned) number", "UNALLOCATED_NUMBER", "UNALLOCATED", 404),
    NO_ROUTE_TRANSIT_NET(2, "No route to specified transit network", "NO_ROUTE_TRANSIT_NET", "NO_ROUTE_TRANSIT_NET", 404),
    NO_ROUTE_DESTINATION(3, "No route to destination", "NO_ROUTE_DESTINATION", "NO_ROUTE_DESTINATION", 404),
    SEND_SPECIAL_INFORMATION_TONE(4, "Send special information tone", "", "", 0),
    MISDIALLED_TRUNK_PREFIX(5, "Misdialled trunk prefix", "", "MISDIALLED_TRUNK_PREFIX", 0),
    CHANNEL_UNACCEPTABLE(6, "Channel unacceptable", "CHANNEL_UNACCEPTABLE", "CHANNEL_UNACCEPTABLE", 0),
    CALL_AWARDED_DELIVERED(7, "Call awarded and being delivered in an established channel", "CALL_AWARDED_DELIVERED", "CALL_AWARDED_DELIVERED", 0),
    PREEMPTION(8, "Preemption", "", "PRE_EMPTED", 0),
    PREEMPTION_CIRCUIT_RESERVED(9, "Preemption - circuit reserved for reuse", "", "", 0),
    NUMBER_PORTED_NOT_HERE(14, "QoR: ported number (Q.850 Add.1)", "", "NUMBER_PORTED_NOT_HERE", 0),
    NORMAL_CLEARING(16, "Normal call clearing", "NORMAL_CLEARING", "NORMAL_CLEARING", 0),
    USER_BUSY(17, "User busy", "USER_BUSY", "USER_BUSY", 486),
    NO_USER_RESPONSE(18, "No user responding", "NO_USER_RESPONSE", "NO_USER_RESPONSE", 408),
    NO_ANSWER(19, "No answer from user (user alerted)", "NO_ANSWER", "NO_ANSWER", 480),
    SUBSCRIBER_ABSENT(20, "Subscriber absent", "SUBSCRIBER_ABSENT", "SUBSCRIBER_ABSENT", 480),
    CALL_REJECTED(21, "Call rejected", "CALL_REJECTED", "CALL_REJECTED", 403),
    NUMBER_CHANGED(22, "Number changed", "NUMBER_CHANGED", "NUMBER_CHANGED", 410),
    REDIRECTION_TO_NEW_DESTINATION(23, "Redirection to new destination", "REDIRECTION_TO_NEW_DESTINATION", "REDIRECTED_TO_NEW_DESTINATION", 410),
    CALL_REJECTED_DUE_TO_FEATURE_AT_THE_DESTINATION(24, "Call rejected due to feature at the destination (Amd.1; Kamailio text says 'failure')", "", "", 0),
    EXCHANGE_ROUTING_ERROR(25, "Exchange routing error", "EXCHANGE_ROUTING_ERROR", "", 0),
    NON_SELECTED_USER_CLEARING(26, "Non-selected user clearing", "", "ANSWERED_ELSEWHERE", 404),
    DESTINATION_OUT_OF_ORDER(27, "Destination out of order", "DESTINATION_OUT_OF_ORDER", "DESTINATION_OUT_OF_ORDER", 502),
    INVALID_NUMBER_FORMAT(28, "Invalid number format (address incomplete)", "INVALID_NUMBER_FORMAT", "INVALID_NUMBER_FORMAT", 484),
    FACILITY_REJECTED(29, "Facility rejected", "FACILITY_REJECTED", "FACILITY_REJECTED", 501),
    RESPONSE_TO_STATUS_ENQUIRY(30, "Response to STATUS ENQUIRY", "RESPONSE_TO_STATUS_ENQUIRY", "RESPONSE_TO_STATUS_ENQUIRY", 0),
    NORMAL_UNSPECIFIED(31, "Normal, unspecified", "NORMAL_UNSPECIFIED", "NORMAL_UNSPECIFIED", 480),
    NORMAL_CIRCUIT_CONGESTION(34, "No circuit/channel available", "NORMAL_CIRCUIT_CONGESTION", "NORMAL_CIRCUIT_CONGESTION", 503),
    NETWORK_OUT_OF_ORDER(38, "Network out of order", "NETWORK_OUT_OF_ORDER", "NETWORK_OUT_OF_ORDER", 503),
    PERMANENT_FRAME_MODE_CONNECTION_OUT_OF_SERVICE(39, "Permanent frame mode connection out of service", "", "", 0),
    PERMANENT_FRAME_MODE_CONNECTION_OPERATIONAL(40, "Permanent frame mode connection operational", "", "", 0),
    NORMAL_TEMPORARY_FAILURE(41, "Temporary failure", "NORMAL_TEMPORARY_FAILURE", "NORMAL_TEMPORARY_FAILURE", 503),
    SWITCH_CONGESTION(42, "Switching equipment congestion", "SWITCH_CONGESTION", "SWITCH_CONGESTION", 503),
    ACCESS_INFO_DISCARDED(43, "Access information discarded", "ACCESS_INFO_DISCARDED", "ACCESS_INFO_DISCARDED", 0),
    REQUESTED_CHAN_UNAVAIL(44, "Requested circuit/channel not available", "REQUESTED_CHAN_UNAVAIL", "REQUESTED_CHAN_UNAVAIL", 0),
    PRE_EMPTED(45, "(not in Q.850 Table 1; FreeSWITCH PRE_EMPTED)", "PRE_EMPTED", "", 0),
    PRECEDENCE_CALL_BLOCKED(46, "Precedence call blocked", "", "", 0),
    RESOURCE_UNAVAILABLE_UNSPECIFIED(47, "Resource unavailable, unspecified", "", "", 503),
    QUALITY_OF_SERVICE_NOT_AVAILABLE(49, "Quality of service not available", "", "", 0),
    FACILITY_NOT_SUBSCRIBED(50, "Requested facility not subscribed", "FACILITY_NOT_SUBSCRIBED", "FACILITY_NOT_SUBSCRIBED", 0),
    OUTGOING_CALL_BARRED(52, "Outgoing calls barred (ETSI/Q.931 value, not in Q.850 Table 1)", "OUTGOING_CALL_BARRED", "OUTGOING_CALL_BARRED", 0),
    OUTGOING_CALLS_BARRED_WITHIN_CUG(53, "Outgoing calls barred within CUG", "", "", 0),
    INCOMING_CALL_BARRED(54, "Incoming calls barred (ETSI/Q.931 value, not in Q.850 Table 1)", "INCOMING_CALL_BARRED", "INCOMING_CALL_BARRED", 0),
    INCOMING_CALLS_BARRED_WITHIN_CUG(55, "Incoming calls barred within CUG", "", "", 403),
    BEARERCAPABILITY_NOTAUTH(57, "Bearer capability not authorized", "BEARERCAPABILITY_NOTAUTH", "BEARERCAPABILITY_NOTAUTH", 403),
    BEARERCAPABILITY_NOTAVAIL(58, "Bearer capability not presently available", "BEARERCAPABILITY_NOTAVAIL", "BEARERCAPABILITY_NOTAVAIL", 503),
    INCONSISTENCY_IN_DESIGNATED_OUTGOING_ACCESS_INFORMATION_AND_SUBSCRIBER_CLASS(62, "Inconsistency in designated outgoing access information and subscriber class", "", "", 0),
    SERVICE_UNAVAILABLE(63, "Service or option not available, unspecified", "SERVICE_UNAVAILABLE", "", 0),
    BEARERCAPABILITY_NOTIMPL(65, "Bearer capability not implemented", "BEARERCAPABILITY_NOTIMPL", "BEARERCAPABILITY_NOTIMPL", 488),
    CHAN_NOT_IMPLEMENTED(66, "Channel type not implemented", "CHAN_NOT_IMPLEMENTED", "CHAN_NOT_IMPLEMENTED", 0),
    FACILITY_NOT_IMPLEMENTED(69, "Requested facility not implemented", "FACILITY_NOT_IMPLEMENTED", "FACILITY_NOT_IMPLEMENTED", 0),
    ONLY_RESTRICTED_DIGITAL_INFORMATION_BEARER_CAPABILITY_IS_AVAILABLE(70, "Only restricted digital information bearer capability is available", "", "", 488),
    SERVICE_NOT_IMPLEMENTED(79, "Service or option not implemented, unspecified", "SERVICE_NOT_IMPLEMENTED", "", 501),
    INVALID_CALL_REFERENCE(81, "Invalid call reference value", "INVALID_CALL_REFERENCE", "INVALID_CALL_REFERENCE", 0),
    IDENTIFIED_CHANNEL_DOES_NOT_EXIST(82, "Identified channel does not exist", "", "", 0),
    A_SUSPENDED_CALL_EXISTS_BUT_THIS_CALL_IDENTITY_DOES_NOT(83, "A suspended call exists, but this call identity does not", "", "", 0),
    CALL_IDENTITY_IN_USE(84, "Call identity in use", "", "", 0),
    NO_CALL_SUSPENDED(85, "No call suspended", "", "", 0),
    CALL_HAVING_THE_REQUESTED_CALL_IDENTITY_HAS_BEEN_CLEARED(86, "Call having the requested call identity has been cleared", "", "", 0),
    USER_NOT_MEMBER_OF_CUG(87, "User not member of CUG", "", "", 403),
    INCOMPATIBLE_DESTINATION(88, "Incompatible destination", "INCOMPATIBLE_DESTINATION", "INCOMPATIBLE_DESTINATION", 503),
    NON_EXISTENT_CUG(90, "Non-existent CUG", "", "", 0),
    INVALID_TRANSIT_NETWORK_SELECTION(91, "Invalid transit network selection", "", "", 0),
    INVALID_MSG_UNSPECIFIED(95, "Invalid message, unspecified", "INVALID_MSG_UNSPECIFIED", "INVALID_MSG_UNSPECIFIED", 0),
    MANDATORY_IE_MISSING(96, "Mandatory information element is missing", "MANDATORY_IE_MISSING", "MANDATORY_IE_MISSING", 0),
    MESSAGE_TYPE_NONEXIST(97, "Message type non-existent or not implemented", "MESSAGE_TYPE_NONEXIST", "MESSAGE_TYPE_NONEXIST", 0),
    WRONG_MESSAGE(98, "Message not compatible with call state or message type non-existent or not implemented", "WRONG_MESSAGE", "WRONG_MESSAGE", 0),
    IE_NONEXIST(99, "Information element / parameter non-existent or not implemented", "IE_NONEXIST", "IE_NONEXIST", 0),
    INVALID_IE_CONTENTS(100, "Invalid information element contents", "INVALID_IE_CONTENTS", "INVALID_IE_CONTENTS", 0),
    WRONG_CALL_STATE(101, "Message not compatible with call state", "WRONG_CALL_STATE", "WRONG_CALL_STATE", 0),
    RECOVERY_ON_TIMER_EXPIRE(102, "Recovery on timer expiry", "RECOVERY_ON_TIMER_EXPIRE", "RECOVERY_ON_TIMER_EXPIRE", 504),
    PARAMETER_NOT_IMPLEMENTED_PASSED_ON(103, "Parameter non-existent or not implemented, passed on", "MANDATORY_IE_LENGTH_ERROR", "MANDATORY_IE_LENGTH_ERROR", 0),
    MESSAGE_WITH_UNRECOGNIZED_PARAMETER_DISCARDED(110, "Message with unrecognized parameter, discarded", "", "", 0),
    PROTOCOL_ERROR(111, "Protocol error, unspecified", "PROTOCOL_ERROR", "PROTOCOL_ERROR", 500),
    INTERWORKING(127, "Interworking, unspecified", "INTERWORKING", "INTERWORKING", 500);

    private static final Map<Integer, StandardQ850Cause> BY_VALUE = new HashMap<>();
    private static final Map<String, StandardQ850Cause> BY_NAME = new HashMap<>();

    static {
        for (StandardQ850Cause c : values()) {
            BY_VALUE.put(c.value, c);
            BY_NAME.put(c.name(), c);
            if (!c.freeswitchName.isEmpty()) {
                BY_NAME.putIfAbsent(c.freeswitchName, c);
            }
            if (!c.asteriskName.isEmpty()) {
                BY_NAME.putIfAbsent(c.asteriskName, c);
            }
        }
    }

    private final int value;
    private final String text;
    private final String freeswitchName;
    private final String asteriskName;
    private final int isupToSip;

    StandardQ850Cause(int value, String text, String freeswitchName, String asteriskName, int isupToSip) {
        this.value = value;
        this.text = text;
        this.freeswitchName = freeswitchName;
        this.asteriskName = asteriskName;
        this.isupToSip = isupToSip;
    }

    static Optional<StandardQ850Cause> lookup(int value) {
        return Optional.ofNullable(BY_VALUE.get(value));
    }

    static Optional<StandardQ850Cause> lookupName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    @Override
    public int value() {
        return value;
    }

    @Override
    public String text() {
        return text;
    }

    /** The FreeSWITCH name ({@code switch_call_cause_t}), or empty when FreeSWITCH has none. */
    public String freeswitchName() {
        return freeswitchName;
    }

    /** The Asterisk name ({@code AST_CAUSE_*} without the prefix), or empty when Asterisk has none. */
    public String asteriskName() {
        return asteriskName;
    }

    @Override
    public Optional<SipStatus> toSipStatus() {
        return isupToSip == 0 ? Optional.empty() : Optional.of(SipStatus.of(isupToSip));
    }

    @Override
    public String constantName() {
        return name();
    }

    @Override
    public String source() {
        return "ITU-T Q.850 Table 1; SIP mapping RFC 3398 §7.2.4.1";
    }

    @Override
    public boolean isKnown() {
        return true;
    }
}
