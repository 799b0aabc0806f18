package dev.rtcdiag.core.rules;

import dev.rtcdiag.catalog.CodeSystem;
import dev.rtcdiag.catalog.webrtc.IceCandidateType;
import dev.rtcdiag.catalog.webrtc.IceConnectionState;
import dev.rtcdiag.parsers.attributes.WebRtcAttributes;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.LogEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The generic {@code webrtc.*} rules (IANA SIP registry; RFC 3261): ICE failure reported by
 * any product's log when no product rule explains it, TURN credentials rejected, TURN unreachable.
 * They apply to sessions of any system; product rules (BigBlueButton, WCS) join the
 * {@code "ice-failure"} group with higher confidence and win over {@code webrtc.ice-failed}.
 */
public final class WebRtcRules {

    /** The competition group product-specific ICE rules must join. */
    public static final String ICE_GROUP = "ice-failure";

    private static final String SOURCE = "RFC 8445 (ICE), RFC 8656 (TURN), RFC 6455 §7.4";

    private WebRtcRules() {
    }

    /** Every generic WebRTC rule. */
    public static List<Rule> all() {
        return List.of(
                Rule.cause("webrtc.ice-failed").group(ICE_GROUP).confidence(0.6)
                        .when(Condition.event(iceState(IceConnectionState.FAILED)))
                        .boost(Condition.event(iceState(IceConnectionState.CHECKING)), 0.1, "ICE went from checking to failed: no candidate pair ever worked")
                        .symptom(dev.rtcdiag.core.Symptom.pattern("webrtc", "ICE_STATE_FAILED"))
                        .source(SOURCE).build(),
                Rule.cause("webrtc.turn-auth-failed").confidence(0.8)
                        .when(Condition.event(EventMatcher.code(CodeSystem.STUN, "401", "438", "441").and(turnUrl())))
                        .source(SOURCE + "; RFC 8656").build(),
                Rule.cause("webrtc.turn-unreachable").confidence(0.7)
                        .when(Condition.custom("icecandidateerror 701 for every TURN URL and no relay candidate", WebRtcRules::allTurnUnreachable))
                        .source(SOURCE).build());
    }

    /** An ICE or peer-connection state event with the given state. */
    public static EventMatcher iceState(IceConnectionState state) {
        return new EventMatcher("ICE state " + state.token(), e -> e.kind() == EventKind.ICE_STATE && e.is(WebRtcAttributes.ICE_STATE, state));
    }

    private static EventMatcher turnUrl() {
        return new EventMatcher("on a TURN server", e -> e.get(WebRtcAttributes.ICE_SERVER_URL).map(u -> u.toLowerCase(java.util.Locale.ROOT).startsWith("turn")).orElse(false));
    }

    private static Optional<Match> allTurnUnreachable(SessionView s) {
        Set<String> turnUrls = new TreeSet<>();
        Set<String> unreachable = new TreeSet<>();
        List<LogEvent> evidence = new ArrayList<>();
        boolean relay = false;
        for (LogEvent e : s.events()) {
            String url = e.get(WebRtcAttributes.ICE_SERVER_URL).orElse("");
            if (url.toLowerCase(java.util.Locale.ROOT).startsWith("turn")) {
                turnUrls.add(url);
                if (e.code().filter(c -> c.system() == CodeSystem.WEBRTC && c.code().equals("701")).isPresent()) {
                    unreachable.add(url);
                    evidence.add(e);
                }
            }
            if (e.is(WebRtcAttributes.CANDIDATE_TYPE, IceCandidateType.RELAY)) {
                relay = true;
            }
        }
        if (!relay && !unreachable.isEmpty() && unreachable.equals(turnUrls)) {
            return Optional.of(Match.of(evidence));
        }
        return Optional.empty();
    }
}
