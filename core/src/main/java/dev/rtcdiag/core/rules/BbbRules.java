package dev.rtcdiag.core.rules;

import dev.rtcdiag.catalog.CodeSystem;
import dev.rtcdiag.catalog.webrtc.IceCandidateType;
import dev.rtcdiag.catalog.webrtc.IceConnectionState;
import dev.rtcdiag.catalog.webrtc.PeerConnectionState;
import dev.rtcdiag.parsers.attributes.CallAttributes;
import dev.rtcdiag.parsers.attributes.HttpAttributes;
import dev.rtcdiag.parsers.attributes.NetworkAttributes;
import dev.rtcdiag.parsers.attributes.SipAttributes;
import dev.rtcdiag.parsers.attributes.WebRtcAttributes;
import dev.rtcdiag.parsers.spi.CorrelationKeys;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SystemId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The {@code bbb.*} rules: BigBlueButton's client error codes (BigBlueButton troubleshooting, WebRTC errors (https://docs.bigbluebutton.org/support/troubleshooting), BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)) read
 * against the evidence around them (§6, §7). Discriminating rules compete in groups, so a session
 * gets the most specific explanation: {@code bbb.server-advertises-private-ip} and
 * {@code bbb.firefox-ice-lite} over {@code bbb.ice-blocked} (all in {@link WebRtcRules#ICE_GROUP});
 * {@code bbb.ice-candidates-missing} over {@code bbb.call-failed}; {@code bbb.sip-proxy-misconfigured}
 * over {@code bbb.websocket-blocked} when nginx shows {@code /ws} failing.
 */
public final class BbbRules {

    private static final String SEED = "BigBlueButton troubleshooting, WebRTC errors (https://docs.bigbluebutton.org/support/troubleshooting) (BigBlueButton audio/video error codes)";
    private static final String WS_GROUP = "bbb-websocket";
    private static final String CALL_GROUP = "bbb-call-failed";
    private static final String WEBCAM_GROUP = "bbb-webcam-media";

    /** The ICE failures of the audio bridges, webcams and screenshare (1007, SFU 1307, 1107) and the client's failed ICE states. */
    static final EventMatcher ICE_FAILURE = code("1007", "1307", "1107")
            .or(new EventMatcher("webcam ICE state failed", e -> e.kind() == EventKind.ICE_STATE
                    && (e.is(WebRtcAttributes.ICE_STATE, IceConnectionState.FAILED) || e.is(WebRtcAttributes.CONNECTION_STATE, PeerConnectionState.FAILED))
                    && e.get(CallAttributes.LOG_CODE).filter(c -> c.startsWith("video_provider")).isPresent()));

    private BbbRules() {
    }

    /** Every BigBlueButton rule. */
    public static List<Rule> all() {
        List<Rule> r = new ArrayList<>();
        r.add(bbb("bbb.websocket-dropped", 0.8, Condition.event(code("1001", "1301", "1101")),
                "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)")
                .boost(Condition.sequence(outcome("joined", "ice-connected"), code("1001", "1301", "1101")), 0.1, "the call was up before the WebSocket dropped")
                .boost(Condition.inContext(EventMatcher.has(HttpAttributes.NGINX)), 0.05, "nginx restarted on the server")
                .build());
        r.add(bbb("bbb.websocket-blocked", 0.7, Condition.event(code("1002", "1302", "1102")), "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)")
                .group(WS_GROUP)
                .boost(Condition.event(new EventMatcher("browser WebSocket close 1006 or handshake error",
                        e -> e.is(WebRtcAttributes.WEBSOCKET_CLOSE, 1006) || e.get(WebRtcAttributes.WEBSOCKET_ERROR).isPresent())),
                        0.1, "the browser reports the WebSocket failing")
                .build());
        r.add(bbb("bbb.sip-proxy-misconfigured", 0.9, Condition.custom("1002 and nginx failing /ws", BbbRules::sipProxy),
                "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)")
                .group(WS_GROUP)
                .boost(Condition.inContext(EventMatcher.is(CallAttributes.CHECK, "sip-proxy")), 0.05,
                        "bbb-conf --check warns about the SIP WebSocket proxy")
                .build());
        // the server's own evidence, with or without a client log: nginx could not connect to FreeSWITCH's WebSocket for /ws
        r.add(bbb("bbb.sip-proxy-misconfigured", 0.8, Condition.event(new EventMatcher("nginx could not connect upstream for /ws",
                        BbbRules::wsUpstreamConnectFailure)), "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton) failed for /ws)")
                .group(WS_GROUP).build());
        r.add(bbb("bbb.browser-unsupported", 0.8, Condition.event(code("1003")), "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)").build());
        r.add(bbb("bbb.call-failed", 0.7, Condition.event(code("1004")), "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)")
                .group(CALL_GROUP)
                .boost(Condition.event(EventMatcher.is(WebRtcAttributes.BROWSER, "safari")), 0.1, "the user's browser is Safari")
                .build());
        r.add(bbb("bbb.ice-candidates-missing", 0.9, Condition.custom("1004 cause=ICE error after ICE gathering > 5 s", BbbRules::candidatesMissing),
                "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)")
                .group(CALL_GROUP)
                .boost(Condition.event(new EventMatcher("FreeSWITCH hung up the leg with a failure cause",
                        e -> e.format().equals("freeswitch.log") && e.kind() == EventKind.ERROR_CODE)), 0.05, "FreeSWITCH rejected the call")
                .build());
        r.add(bbb("bbb.call-ended-unexpectedly", 0.75, Condition.event(code("1005", "1305", "1105")), "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)").build());
        r.add(bbb("bbb.call-timeout", 0.75, Condition.event(code("1006")), "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)").build());
        r.add(bbb("bbb.ice-blocked", 0.8, Condition.event(ICE_FAILURE), "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)")
                .group(WebRtcRules.ICE_GROUP)
                .boost(Condition.event(EventMatcher.is(WebRtcAttributes.CANDIDATE_TYPE, IceCandidateType.RELAY)), 0.05, "even a relay candidate was tried")
                .build());
        r.add(bbb("bbb.server-advertises-private-ip", 0.95, Condition.custom("ICE failure and a private server address",
                s -> privateServerAddress(s, ICE_FAILURE)), "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)")
                .group(WebRtcRules.ICE_GROUP).build());
        r.add(bbb("bbb.server-advertises-private-ip", 0.95, Condition.custom("1020 and a private server address",
                s -> privateServerAddress(s, code("1020"))), "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)")
                .group(WEBCAM_GROUP).build());
        r.add(bbb("bbb.firefox-ice-lite", 0.9, Condition.custom("Firefox ICE failure while others in the meeting succeed", BbbRules::firefoxIceLite),
                "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)")
                .group(WebRtcRules.ICE_GROUP).build());
        r.add(bbb("bbb.echo-transfer-failed", 0.8, Condition.event(code("1008")), "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)").build());
        r.add(bbb("bbb.stun-turn-info-failed", 0.75, Condition.event(code("1009").or(new EventMatcher("STUN/TURN info fetch failed",
                e -> e.get(CallAttributes.LOG_CODE).filter(c -> c.contains("fetchstunturninfo_error") || c.contains("stun-turn_fetch_failed")).isPresent()))),
                "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)").build());
        r.add(bbb("bbb.ice-timeout", 0.8, Condition.event(code("1010")), "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)").build());
        r.add(bbb("bbb.ice-closed", 0.7, Condition.event(code("1012")), "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)").build());
        r.add(bbb("bbb.media-unreachable", 0.8, Condition.event(code("1020").or(EventMatcher.is(CallAttributes.LOG_CODE, "video_provider_camera_share_timeout"))),
                "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)").group(WEBCAM_GROUP).build());
        r.add(bbb("bbb.media-stopped-flowing", 0.8, Condition.event(new EventMatcher("SFU MEDIA_NOT_FLOWING or play stop",
                e -> e.code().filter(c -> c.system() == CodeSystem.BBB && c.constantName().equals("MEDIA_NOT_FLOWING")).isPresent()
                        || e.is(CallAttributes.LOG_CODE, "video_provider_handle_play_stop"))),
                "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)").build());
        r.add(bbb("bbb.media-server-unavailable", 0.85, Condition.event(code("2000", "2001", "2003")), "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)").build());
        r.add(bbb("bbb.media-server-ice-failed", 0.75, Condition.event(code("2021", "2022")), "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)")
                .group(WebRtcRules.ICE_GROUP).build());
        r.add(bbb("bbb.device-permission-denied", 0.9, Condition.event(code("7", "8", "9", "1136")
                .or(EventMatcher.code(CodeSystem.WEBRTC, "NotAllowedError", "SecurityError"))), "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)").build());
        r.add(bbb("bbb.device-busy", 0.85, Condition.event(code("1138").or(EventMatcher.code(CodeSystem.WEBRTC, "NotReadableError"))),
                "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)").build());
        r.add(bbb("bbb.connection-unstable", 0.7, Condition.event(code("3001", "3002", "3003", "3004", "3005", "3006")),
                "BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)").build());
        return List.copyOf(r);
    }

    private static Rule.Builder bbb(String cause, double confidence, Condition when, String source) {
        return Rule.cause(cause).system(SystemId.BBB).confidence(confidence).when(when).source(SEED + "; " + source);
    }

    private static EventMatcher code(String... codes) {
        return EventMatcher.code(CodeSystem.BBB, codes);
    }

    private static EventMatcher outcome(String... values) {
        List<String> v = Arrays.asList(values);
        return new EventMatcher("outcome " + String.join("|", values), e -> e.get(CallAttributes.OUTCOME).filter(v::contains).isPresent());
    }

    private static Optional<LogEvent> first(List<LogEvent> events, Predicate<LogEvent> p) {
        return events.stream().filter(p).findFirst();
    }

    private static Optional<Match> sipProxy(SessionView s) {
        Optional<LogEvent> failure = first(s.events(), e -> code("1002", "1302").test(e) && !e.is(WebRtcAttributes.BRIDGE, "fullaudio"));
        if (failure.isEmpty()) {
            return Optional.empty();
        }
        Optional<LogEvent> nginx = first(s.context(), BbbRules::wsProxyFailure);
        return nginx.map(n -> new Match(List.of(failure.get(), n), List.of("", "nginx could not serve the SIP WebSocket /ws")));
    }

    /** An nginx error.log line: connecting (or talking) to the upstream of {@code /ws} failed. */
    static boolean wsUpstreamConnectFailure(LogEvent e) {
        String path = e.get(HttpAttributes.PATH).orElse("");
        String error = e.get(HttpAttributes.ERROR).orElse("");
        return e.kind() == EventKind.STATUS && (path.equals("/ws") || path.startsWith("/ws?"))
                && (error.contains("connect() failed") || error.contains("upstream timed out") || error.contains("no live upstreams"));
    }

    /** nginx answering /ws with 404 or 5xx, or failing to reach FreeSWITCH for it. */
    static boolean wsProxyFailure(LogEvent e) {
        String path = e.get(HttpAttributes.PATH).orElse("");
        if (!(path.equals("/ws") || path.startsWith("/ws?"))) {
            return false;
        }
        if (e.kind() == EventKind.HTTP_RESPONSE) {
            int status = e.get(HttpAttributes.STATUS).orElse(0);
            return status == 404 || status >= 500;
        }
        return e.kind() == EventKind.STATUS && e.get(HttpAttributes.ERROR).isPresent();
    }

    private static Optional<Match> candidatesMissing(SessionView s) {
        List<LogEvent> events = s.events();
        for (int i = 0; i < events.size(); i++) {
            LogEvent f = events.get(i);
            if (!code("1004").test(f) || !f.get(CallAttributes.CAUSE).map(c -> c.toLowerCase(Locale.ROOT).contains("ice error")).orElse(false)) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                double took = events.get(j).get(WebRtcAttributes.ICE_GATHERING_SECONDS).orElse(0.0);
                if (took > 5.0) {
                    return Optional.of(new Match(List.of(events.get(j), f),
                            List.of("ICE gathering took " + took + " s (BBB gives it 5 s)", "")));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Match> privateServerAddress(SessionView s, EventMatcher failure) {
        Optional<LogEvent> f = first(s.events(), failure::test);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        if (s.events().stream().anyMatch(e -> e.get(NetworkAttributes.CLIENT_ADDRESS).filter(Addresses::isPrivate).isPresent())) {
            return Optional.empty(); // a client on the server's own private network: a private address is right for it
        }
        List<LogEvent> evidence = new ArrayList<>(List.of(f.get()));
        List<String> notes = new ArrayList<>(List.of(""));
        List<LogEvent> all = new ArrayList<>(s.events());
        all.addAll(s.context());
        for (LogEvent e : all) {
            Optional<String> addr = privateAdvertised(e);
            if (addr.isPresent() && evidence.size() < 4) {
                evidence.add(e);
                notes.add("the server gives browsers " + addr.get() + ", a private address");
            }
        }
        return evidence.size() > 1 ? Optional.of(new Match(evidence, notes)) : Optional.empty();
    }

    /** The private address a server-side event shows the server advertising, if any. */
    static Optional<String> privateAdvertised(LogEvent e) {
        Optional<String> a = e.get(NetworkAttributes.SERVER_ADDRESS).filter(Addresses::isPrivate);
        if (a.isPresent()) {
            return a;
        }
        Optional<String> sdp = e.get(WebRtcAttributes.REMOTE_SDP_ADDRESSES);
        if (sdp.isEmpty()) {
            sdp = Sip.message(e).filter(m -> m.isResponse() && Sip.status(e).orElse(0) == 200).flatMap(m -> e.get(SipAttributes.SDP_ADDRESSES));
        }
        return sdp.filter(Addresses::allPrivate);
    }

    private static Optional<Match> firefoxIceLite(SessionView s) {
        EventMatcher failure = ICE_FAILURE.or(code("2022"));
        Optional<LogEvent> f = first(s.events(), e -> failure.test(e) && !e.is(WebRtcAttributes.BRIDGE, "sip"));
        if (f.isEmpty() || s.events().stream().noneMatch(e -> e.is(WebRtcAttributes.BROWSER, "firefox"))) {
            return Optional.empty();
        }
        String user = f.get().keys().getOrDefault(CorrelationKeys.USER, "");
        Optional<LogEvent> other = first(s.context(), e -> outcome("joined", "media-flowing", "ice-connected").test(e)
                && e.get(WebRtcAttributes.BROWSER).filter(b -> !b.equals("firefox")).isPresent()
                && !e.keys().getOrDefault(CorrelationKeys.USER, "").equals(user));
        return other.map(o -> new Match(List.of(f.get(), o), List.of("", "another user of the meeting, not on Firefox, connected")));
    }
}
