package dev.rtcdiag.catalog.sip;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The RFC 3398 mapping between SIP status codes and Q.850 (ISUP) cause values, in both directions.
 *
 * <ul>
 *   <li>{@link #toQ850(SipStatus)}: RFC 3398 section 8.2.6.1 (SIP response received by a gateway →
 *       ISUP REL cause). 487 and 488/606 have no fixed mapping in the RFC (488/606 go by the Warning
 *       header) and return empty.</li>
 *   <li>{@link #toSip(Q850Cause)}: RFC 3398 section 7.2.4.1 (ISUP cause → SIP response); causes the
 *       RFC does not list return empty (gateways commonly send 500 then, which is vendor practice,
 *       not the RFC).</li>
 * </ul>
 * Stacks disagree with the RFC in places (Asterisk maps 480 to 19, FreeSWITCH to 18); those
 * vendor mappings are data of their own ({@link FreeSwitchCause}).
 */
public final class SipQ850Mapping {

    private static final Map<Integer, Integer> SIP_TO_Q850 = Map.ofEntries(
            Map.entry(400, 41), Map.entry(401, 21), Map.entry(402, 21), Map.entry(403, 21),
            Map.entry(404, 1), Map.entry(405, 63), Map.entry(406, 79), Map.entry(407, 21),
            Map.entry(408, 102), Map.entry(410, 22), Map.entry(413, 127), Map.entry(414, 127),
            Map.entry(415, 79), Map.entry(416, 127), Map.entry(420, 127), Map.entry(421, 127),
            Map.entry(423, 127), Map.entry(480, 18), Map.entry(481, 41), Map.entry(482, 25),
            Map.entry(483, 25), Map.entry(484, 28), Map.entry(485, 1), Map.entry(486, 17),
            Map.entry(500, 41), Map.entry(501, 79), Map.entry(502, 38), Map.entry(503, 41),
            Map.entry(504, 102), Map.entry(505, 127), Map.entry(513, 127), Map.entry(600, 17),
            Map.entry(603, 21), Map.entry(604, 1));

    private SipQ850Mapping() {
    }

    /** The ISUP cause a gateway sends for a SIP response (RFC 3398 section 8.2.6.1). */
    public static Optional<Q850Cause> toQ850(SipStatus status) {
        Objects.requireNonNull(status, "status");
        Integer cause = SIP_TO_Q850.get(status.value());
        return cause == null ? Optional.empty() : Optional.of(Q850Cause.of(cause));
    }

    /** The SIP response a gateway sends for an ISUP cause (RFC 3398 section 7.2.4.1). */
    public static Optional<SipStatus> toSip(Q850Cause cause) {
        Objects.requireNonNull(cause, "cause");
        return cause.toSipStatus();
    }
}
