package dev.rtcdiag.core.rules;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.sip.Q850Cause;
import dev.rtcdiag.catalog.sip.SipStatus;
import dev.rtcdiag.catalog.sip.StandardFreeSwitchCause;
import dev.rtcdiag.parsers.sip.ReasonValue;
import dev.rtcdiag.parsers.sip.SipMessage;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.Verdict;
import java.util.Optional;

/**
 * Reads what a server or client said outright ({@link Verdict} events, and the Q.850 {@code Reason}
 * header of RFC 3326 on a BYE, CANCEL or failure response) as the SIP status it stands for, so that one
 * table of status → cause ({@link SipRules}) serves responses on the wire and verdicts alike.
 *
 * <ul>
 *   <li>a stack's own status line: that status;</li>
 *   <li>a FreeSWITCH hangup cause: the status FreeSWITCH sends for it ({@code hangup_cause_to_sip}),
 *       except where that is only its 480 fall-through; {@code RECOVERY_ON_TIMER_EXPIRE} is the 408 it
 *       stands for (a SIP timer ran out), not the 504 it is sent as, and
 *       {@code USER_NOT_REGISTERED} the 480 its name says;</li>
 *   <li>a Q.850 cause: its RFC 3398 §7.2.4.1 status;</li>
 *   <li>no credentials for a challenge: 401; an unknown account, endpoint or extension: 404.</li>
 * </ul>
 * Verdicts with a cause of their own ({@link Verdict#MEDIA_TIMEOUT}, {@link Verdict#CONNECTION_FAILED},
 * {@link Verdict#CREDENTIALS_REJECTED}) stand for no status. {@code Reason: SIP;cause=N} on a BYE is not
 * read as a status: it is the sender's own account of why it hung up, and a web page's script error
 * shows up there as well as a real media mismatch (JsSIP sends {@code SIP;cause=488} for both).
 */
public final class Verdicts {

    private Verdicts() {
    }

    /** The status a verdict event or a Q.850 Reason header stands for. */
    public static Optional<Integer> status(LogEvent e) {
        Optional<Verdict> v = Verdict.of(e);
        if (v.isPresent()) {
            CatalogCode code = e.code().orElse(null);
            return switch (v.get()) {
                case STATUS -> code instanceof SipStatus s ? Optional.of(s.value()) : Optional.empty();
                case NO_CREDENTIALS -> Optional.of(401);
                case NOT_FOUND -> Optional.of(404);
                case HANGUP_CAUSE -> hangup(code);
                default -> Optional.empty();
            };
        }
        return Sip.message(e).flatMap(Verdicts::q850Reason).flatMap(Q850Cause::toSipStatus).map(SipStatus::value)
                .filter(s -> s >= 400);
    }

    private static Optional<Integer> hangup(CatalogCode code) {
        if (code instanceof StandardFreeSwitchCause c) {
            if (c == StandardFreeSwitchCause.RECOVERY_ON_TIMER_EXPIRE) {
                return Optional.of(408);
            }
            if (c == StandardFreeSwitchCause.USER_NOT_REGISTERED) {
                return Optional.of(480); // the callee has no registration: what 480 means, not only FreeSWITCH's fall-through
            }
            return c.isSipSentByDefault() ? Optional.empty() : Optional.of(c.sipSent().value());
        }
        if (code instanceof Q850Cause q) {
            return q.toSipStatus().map(SipStatus::value);
        }
        return Optional.empty();
    }

    /** The Q.850 cause of a message's {@code Reason} header, when it has one. */
    public static Optional<Q850Cause> q850Reason(SipMessage m) {
        for (ReasonValue r : m.reasons()) {
            if (r.code().orElse(null) instanceof Q850Cause q) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** Media stopped during the call: a media-timeout verdict, or FreeSWITCH's {@code Reason: SIP;cause=804;text="MEDIA_TIMEOUT"}. */
    public static EventMatcher mediaTimeout() {
        return new EventMatcher("a media (RTP) timeout", e -> Verdict.of(e).filter(Verdict.MEDIA_TIMEOUT::equals).isPresent()
                || Sip.message(e).map(m -> m.reasons().stream().anyMatch(r -> r.code().orElse(null) instanceof StandardFreeSwitchCause c
                        && c == StandardFreeSwitchCause.MEDIA_TIMEOUT)).orElse(false));
    }

    /** A verdict of this kind. */
    public static EventMatcher is(Verdict v) {
        return new EventMatcher("the log says: " + v.id(), e -> Verdict.of(e).filter(v::equals).isPresent());
    }

    /** A verdict or Q.850 Reason that stands for one of the statuses. */
    public static EventMatcher standsFor(int... codes) {
        return new EventMatcher("a verdict standing for " + java.util.Arrays.toString(codes), e -> {
            Optional<Integer> s = status(e);
            if (s.isEmpty()) {
                return false;
            }
            for (int c : codes) {
                if (c == s.get()) {
                    return true;
                }
            }
            return false;
        });
    }
}
