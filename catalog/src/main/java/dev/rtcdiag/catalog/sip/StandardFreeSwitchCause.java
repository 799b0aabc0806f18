package dev.rtcdiag.catalog.sip;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The FreeSWITCH hangup causes (the complete {@code switch_call_cause_t}) with their numbers, the SIP
 * status FreeSWITCH sends when it rejects a call with the cause ({@code hangup_cause_to_sip} in
 * mod_sofia.c) and the SIP statuses it turns into the cause when received
 * ({@code sofia_glue_sip_cause_to_freeswitch}).
 *
 * <p>Values 1–127 are Q.850 causes; 142 and 487 and above are FreeSWITCH-internal (a CDR's
 * {@code hangup_cause_q850} reads 16 for them), and FreeSWITCH sends them in a BYE as
 * {@code Reason: SIP;cause=<number>} — so {@code SIP;cause=804} means MEDIA_TIMEOUT, not a SIP status.
 * The internal numbers 700–703 collide with pjsip's local 7xx statuses: always key a code by its system.
 */
public enum StandardFreeSwitchCause implements FreeSwitchCause {
    NONE(0, 480, true, new int[0]),
    UNALLOCATED_NUMBER(1, 404, false, new int[] {404}),
    NO_ROUTE_TRANSIT_NET(2, 404, false, new int[0]),
    NO_ROUTE_DESTINATION(3, 404, false, new int[] {485, 604}),
    CHANNEL_UNACCEPTABLE(6, 480, true, new int[0]),
    CALL_AWARDED_DELIVERED(7, 480, true, new int[0]),
    NORMAL_CLEARING(16, 480, true, new int[] {200}),
    USER_BUSY(17, 486, false, new int[] {486, 600}),
    NO_USER_RESPONSE(18, 408, false, new int[] {480}),
    NO_ANSWER(19, 480, false, new int[0]),
    SUBSCRIBER_ABSENT(20, 480, false, new int[0]),
    CALL_REJECTED(21, 603, false, new int[] {401, 402, 403, 407, 603, 608}),
    NUMBER_CHANGED(22, 410, false, new int[] {410}),
    REDIRECTION_TO_NEW_DESTINATION(23, 410, false, new int[0]),
    EXCHANGE_ROUTING_ERROR(25, 483, false, new int[] {482, 483}),
    DESTINATION_OUT_OF_ORDER(27, 502, false, new int[0]),
    INVALID_NUMBER_FORMAT(28, 484, false, new int[] {484}),
    FACILITY_REJECTED(29, 501, false, new int[0]),
    RESPONSE_TO_STATUS_ENQUIRY(30, 480, true, new int[0]),
    NORMAL_UNSPECIFIED(31, 480, false, new int[0]),
    NORMAL_CIRCUIT_CONGESTION(34, 503, false, new int[0]),
    NETWORK_OUT_OF_ORDER(38, 503, false, new int[] {502}),
    NORMAL_TEMPORARY_FAILURE(41, 503, false, new int[] {400, 481, 500, 503}),
    SWITCH_CONGESTION(42, 503, false, new int[0]),
    ACCESS_INFO_DISCARDED(43, 480, true, new int[0]),
    REQUESTED_CHAN_UNAVAIL(44, 503, false, new int[0]),
    PRE_EMPTED(45, 480, true, new int[0]),
    FACILITY_NOT_SUBSCRIBED(50, 480, true, new int[0]),
    OUTGOING_CALL_BARRED(52, 403, false, new int[0]),
    INCOMING_CALL_BARRED(54, 403, false, new int[0]),
    BEARERCAPABILITY_NOTAUTH(57, 403, false, new int[0]),
    BEARERCAPABILITY_NOTAVAIL(58, 503, false, new int[0]),
    SERVICE_UNAVAILABLE(63, 480, true, new int[] {405}),
    BEARERCAPABILITY_NOTIMPL(65, 488, false, new int[0]),
    CHAN_NOT_IMPLEMENTED(66, 480, true, new int[0]),
    FACILITY_NOT_IMPLEMENTED(69, 501, false, new int[0]),
    SERVICE_NOT_IMPLEMENTED(79, 501, false, new int[] {406, 415, 501}),
    INVALID_CALL_REFERENCE(81, 480, true, new int[0]),
    INCOMPATIBLE_DESTINATION(88, 488, false, new int[] {488, 606}),
    INVALID_MSG_UNSPECIFIED(95, 480, true, new int[0]),
    MANDATORY_IE_MISSING(96, 480, true, new int[0]),
    MESSAGE_TYPE_NONEXIST(97, 480, true, new int[0]),
    WRONG_MESSAGE(98, 480, true, new int[0]),
    IE_NONEXIST(99, 480, true, new int[0]),
    INVALID_IE_CONTENTS(100, 480, true, new int[0]),
    WRONG_CALL_STATE(101, 480, true, new int[0]),
    RECOVERY_ON_TIMER_EXPIRE(102, 504, false, new int[] {408, 504}),
    MANDATORY_IE_LENGTH_ERROR(103, 480, true, new int[0]),
    PROTOCOL_ERROR(111, 480, true, new int[0]),
    INTERWORKING(127, 480, true, new int[] {413, 414, 416, 420, 421, 423, 505, 513}),
    SUCCESS(142, 480, true, new int[0]),
    ORIGINATOR_CANCEL(487, 487, false, new int[] {487}),
    CRASH(700, 480, true, new int[0]),
    SYSTEM_SHUTDOWN(701, 480, true, new int[0]),
    LOSE_RACE(702, 480, true, new int[0]),
    MANAGER_REQUEST(703, 480, true, new int[0]),
    BLIND_TRANSFER(800, 480, true, new int[0]),
    ATTENDED_TRANSFER(801, 480, true, new int[0]),
    ALLOTTED_TIMEOUT(802, 480, true, new int[0]),
    USER_CHALLENGE(803, 480, true, new int[0]),
    MEDIA_TIMEOUT(804, 480, true, new int[0]),
    PICKED_OFF(805, 480, true, new int[0]),
    USER_NOT_REGISTERED(806, 480, true, new int[0]),
    PROGRESS_TIMEOUT(807, 480, true, new int[0]),
    INVALID_GATEWAY(808, 484, false, new int[0]),
    GATEWAY_DOWN(809, 503, false, new int[0]),
    INVALID_URL(810, 484, false, new int[0]),
    INVALID_PROFILE(811, 502, false, new int[0]),
    NO_PICKUP(812, 480, true, new int[0]),
    SRTP_READ_ERROR(813, 480, true, new int[0]),
    BOWOUT(814, 480, true, new int[0]),
    BUSY_EVERYWHERE(815, 600, false, new int[0]),
    DECLINE(816, 603, false, new int[0]),
    DOES_NOT_EXIST_ANYWHERE(817, 604, false, new int[0]),
    NOT_ACCEPTABLE(818, 606, false, new int[0]),
    UNWANTED(819, 607, false, new int[] {607}),
    NO_IDENTITY(820, 428, false, new int[] {428}),
    BAD_IDENTITY_INFO(821, 429, false, new int[] {429}),
    UNSUPPORTED_CERTIFICATE(822, 437, false, new int[] {437}),
    INVALID_IDENTITY(823, 438, false, new int[] {438}),
    STALE_DATE(824, 403, false, new int[0]),
    REJECT_ALL(825, 603, false, new int[0]);

    private static final Map<String, StandardFreeSwitchCause> BY_NAME = new HashMap<>();
    private static final Map<Integer, StandardFreeSwitchCause> BY_VALUE = new HashMap<>();

    static {
        for (StandardFreeSwitchCause c : values()) {
            BY_NAME.put(c.name(), c);
            BY_VALUE.put(c.value, c);
        }
    }

    private final int value;
    private final int sipSent;
    private final boolean sipSentByDefault;
    private final int[] sipReceived;

    StandardFreeSwitchCause(int value, int sipSent, boolean sipSentByDefault, int[] sipReceived) {
        this.value = value;
        this.sipSent = sipSent;
        this.sipSentByDefault = sipSentByDefault;
        this.sipReceived = sipReceived;
    }

    static Optional<StandardFreeSwitchCause> lookupName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static Optional<StandardFreeSwitchCause> lookupValue(int value) {
        return Optional.ofNullable(BY_VALUE.get(value));
    }

    @Override
    public int value() {
        return value;
    }

    @Override
    public String causeName() {
        return name();
    }

    /** The SIP status FreeSWITCH sends when it rejects an unanswered call with this cause. */
    public SipStatus sipSent() {
        return SipStatus.of(sipSent);
    }

    /** Whether {@link #sipSent()} is only the 480 fall-through of {@code hangup_cause_to_sip}. */
    public boolean isSipSentByDefault() {
        return sipSentByDefault;
    }

    /**
     * The SIP statuses FreeSWITCH maps to this cause when it receives them; every status not listed
     * for any cause becomes {@link #NORMAL_UNSPECIFIED}.
     */
    public int[] sipReceived() {
        return Arrays.copyOf(sipReceived, sipReceived.length);
    }

    /** The cause FreeSWITCH derives from a received SIP status. */
    public static StandardFreeSwitchCause fromReceivedSip(int status) {
        for (StandardFreeSwitchCause c : values()) {
            for (int s : c.sipReceived) {
                if (s == status) {
                    return c;
                }
            }
        }
        return NORMAL_UNSPECIFIED;
    }

    @Override
    public String constantName() {
        return name();
    }

    @Override
    public String source() {
        return "FreeSWITCH switch_types.h, mod_sofia.c hangup_cause_to_sip, sofia_glue.c";
    }

    @Override
    public boolean isKnown() {
        return true;
    }
}
