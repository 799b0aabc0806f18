package dev.rtcdiag.core.rules;

import dev.rtcdiag.core.Symptom;
import dev.rtcdiag.parsers.attributes.CallAttributes;
import dev.rtcdiag.parsers.attributes.WebRtcAttributes;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SystemId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code wcs.*} rules: Flashphoner WCS documentation, troubleshooting (https://docs.flashphoner.com) (Flashphoner WCS troubleshooting: read the call flow — WebSocket
 * to 8443, SDP, ICE/DTLS/SRTP, SIP) against the status info strings and logs of
 * Flashphoner WCS documentation (https://docs.flashphoner.com)–4.8. Every failed stream or call competes in one group, so the
 * specific explanation wins; a failure no rule explains (an unknown {@code Failed by …} text)
 * still gets {@code wcs.needs-capture}: read the call flow from captures.
 */
public final class WcsRules {

    private static final String SEED = "Flashphoner WCS documentation, troubleshooting (https://docs.flashphoner.com) (Flashphoner WCS troubleshooting)";
    private static final String SRC = "Flashphoner WCS documentation (https://docs.flashphoner.com)";
    private static final String GROUP = "wcs-failure";

    private WcsRules() {
    }

    /** Every WCS rule. */
    public static List<Rule> all() {
        List<Rule> r = new ArrayList<>();
        r.add(info("wcs.media-ports-blocked", 0.85, "Failed by ICE timeout", "Failed by ICE error").build());
        r.add(info("wcs.dtls-failed", 0.85, "Failed by DTLS error", "Failed by DTLS fingerprint error").build());
        r.add(Rule.cause("wcs.dtls-failed").system(SystemId.WCS).group(GROUP).confidence(0.8)
                .when(Condition.event(EventMatcher.has(WebRtcAttributes.DTLS_ALERT)))
                .symptom(Symptom.pattern("wcs", "DTLS_ALERT")).source(SEED + "; Flashphoner WCS documentation (https://docs.flashphoner.com)").build());
        r.add(info("wcs.ice-keepalive-lost", 0.85, "Failed by ICE keep alive").build());
        r.add(info("wcs.media-timeout", 0.85, "Failed by RTP activity").build());
        r.add(info("wcs.no-common-codecs", 0.9, "No common codecs", "Transcoding required, but disabled").build());
        r.add(info("wcs.ports-exhausted", 0.85, "Failed to add stream to proxy").build());
        r.add(info("wcs.sip-request-timeout", 0.9, "Failed by request timeout").build());
        r.add(Rule.cause("wcs.sip-call-failed").system(SystemId.WCS).group(GROUP).confidence(0.7)
                .when(Condition.event(new EventMatcher("CallStatusEvent FAILED",
                        e -> e.is(CallAttributes.REST_EVENT, "CallStatusEvent") && e.get(CallAttributes.STATUS).filter("FAILED"::equalsIgnoreCase).isPresent())))
                .source(SEED + "; Flashphoner WCS documentation (https://docs.flashphoner.com) B").build());
        r.add(Rule.cause("wcs.websocket-unreachable").system(SystemId.WCS).group(GROUP).confidence(0.85)
                .when(Condition.custom("the session failed before it was established, the WebSocket timed out, or a capture shows the TCP/TLS "
                        + "connection to the WebSocket port never answered", WcsRules::websocketFailed))
                .symptom(Symptom.pattern("wcs", "SESSION_FAILED_BEFORE_ESTABLISHED"))
                .source(SEED + " (WebSocket to 8443); Flashphoner WCS documentation (https://docs.flashphoner.com)").build());
        r.add(Rule.cause("wcs.needs-capture").system(SystemId.WCS).group(GROUP).confidence(0.4)
                .when(Condition.event(new EventMatcher("a failed stream or call",
                        e -> e.get(CallAttributes.STATUS).filter("FAILED"::equalsIgnoreCase).isPresent()
                                || e.code().filter(c -> c instanceof dev.rtcdiag.catalog.vendor.wcs.WcsStatusInfo w && w.isFailure()).isPresent())))
                .source(SEED + " (read the call flow from captures)").build());
        return List.copyOf(r);
    }

    private static Rule.Builder info(String cause, double confidence, String... texts) {
        List<String> wanted = new ArrayList<>();
        for (String t : texts) {
            wanted.add(t.toLowerCase(Locale.ROOT));
        }
        return Rule.cause(cause).system(SystemId.WCS).group(GROUP).confidence(confidence)
                .when(Condition.event(new EventMatcher("status info " + String.join(" / ", texts),
                        e -> e.get(CallAttributes.INFO).map(i -> wanted.contains(i.strip().toLowerCase(Locale.ROOT))).orElse(false))))
                .source(SEED + "; " + SRC);
    }

    private static Optional<Match> websocketFailed(SessionView s) {
        boolean established = false;
        for (LogEvent e : s.events()) {
            if (e.get(WebRtcAttributes.WS_CONNECTION).filter(c -> c.equals("no-answer") || c.equals("no-handshake")).isPresent()) {
                return Optional.of(Match.of(List.of(e))); // from a capture: the WebSocket step itself failed
            }
            String status = e.get(CallAttributes.SESSION_STATUS).or(() -> e.get(CallAttributes.REST_EVENT).filter("ConnectionStatusEvent"::equals)
                    .flatMap(x -> e.get(CallAttributes.STATUS))).orElse("");
            if (status.equalsIgnoreCase("ESTABLISHED")) {
                established = true;
            }
            if (e.is(WebRtcAttributes.WEBSOCKET, "failed") || (!established && status.equalsIgnoreCase("FAILED"))) {
                return Optional.of(Match.of(List.of(e)));
            }
        }
        return Optional.empty();
    }
}
