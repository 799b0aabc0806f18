package dev.rtcdiag.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.sip.SipDeviation;
import dev.rtcdiag.parsers.sip.SipMessage;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.spi.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading details of pasted input that the golden files do not show: odd versions, summaries, bare SDP, verdict lines. */
class RealPasteReadingTest {

    private static List<LogEvent> parse(String text) throws IOException {
        return VendorFormatsTest.parse(text.getBytes(StandardCharsets.UTF_8), ParserConfig.defaults());
    }

    @Test
    void aSipMessageOfAnotherVersionInsideALogIsStillSip() throws IOException {
        List<LogEvent> events = parse("some log line\nOPTIONS sip:t.watson@example.org SIP/7.0\r\nVia: SIP/7.0/UDP c.example.com;branch=z9hG4bKkdjuw\r\n"
                + "From: <sip:a@example.com>;tag=1\r\nTo: <sip:t.watson@example.org>\r\nCall-ID: v7@c\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n");
        LogEvent options = events.stream().filter(e -> e.kind() == EventKind.SIP_REQUEST).findFirst().orElseThrow();
        assertThat(options.position().line()).isEqualTo(2);
        assertThat(options.payload(SipMessage.class).orElseThrow().deviations()).extracting(SipDeviation::type)
                .contains(SipDeviation.Type.UNSUPPORTED_VERSION);
        // a version is digits: "SIP/x.y" in prose is not a start line
        assertThat(parse("he said FOO bar:baz SIP/x.y\n")).noneMatch(e -> e.kind() == EventKind.SIP_REQUEST);
    }

    @Test
    void aPacketListSummaryIsSipWithoutHeaders() throws IOException {
        List<LogEvent> events = parse(" 1 0.000000000   185.80.61.71 -> 185.80.61.72   SIP/SDP 1092 Request: INVITE sip:10@flexisip.example.com:5060 | \n"
                + " 2 0.001730230   185.80.61.72 -> 185.80.61.71   SIP 453 Status: 403 Domain forbidden | \n");
        assertThat(events).extracting(LogEvent::kind).containsExactly(EventKind.SIP_REQUEST, EventKind.SIP_RESPONSE);
        SipMessage r = events.get(1).payload(SipMessage.class).orElseThrow();
        assertThat(r.status().orElseThrow().value()).isEqualTo(403);
        assertThat(r.cseq().orElseThrow().method().name()).isEqualTo("INVITE"); // the request the other side sent last
        assertThat(events.get(1).attribute("headers")).contains("unknown");
        assertThat(events.get(0).key("call-id")).isEqualTo(events.get(1).key("call-id"));
    }

    @Test
    void anSdpPastedAloneGivesItsAddressesThroughEditorSpaces() throws IOException {
        List<LogEvent> events = parse("v = 0\no = x 0 0 IN IP4 **172.18.0.6**\ns = -\nc = IN IP4 172.18.0.6\nt = 0 0\nm = audio 20004 RTP / AVP 96\nthanks\n");
        assertThat(events).filteredOn(e -> e.attribute("sdp-bare").isPresent()).singleElement()
                .satisfies(e -> {
                    assertThat(e.attribute("sdp-bare")).contains("172.18.0.6");
                    assertThat(e.position().line()).isEqualTo(1);
                });
    }

    @Test
    void verdictLinesCarryTheirVerdictAndCode() throws IOException {
        LogEvent e = parse("2021-08-24 16:41:54.890282 [WARNING] sofia_reg.c:2823 Cannot locate any authentication credentials to complete an "
                + "authentication request for realm '\"lab.local\"'\n").get(0);
        assertThat(Verdict.of(e)).contains(Verdict.NO_CREDENTIALS);
        assertThat(e.code().orElseThrow().code()).isEqualTo("401");
        LogEvent reason = parse("Code: 480\nName: Failed\nReason: Temporarily Unavailable\n").get(2);
        assertThat(Verdict.of(reason)).contains(Verdict.STATUS);
        assertThat(reason.code().orElseThrow().code()).isEqualTo("480");
        // the phrase must be the status's own: "Code: 480 … Reason: Busy" says nothing reliable
        assertThat(parse("Code: 480\nReason: Something else\n")).noneMatch(x -> Verdict.of(x).isPresent());
    }

    @Test
    void aBundleOfSeveralSourcesIsReadRegionByRegionWithPositionsInTheWholeInput() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            text.append("[Pipeline] step ").append(i).append(" of the job\n");
        }
        text.append("\n");
        int fsLine = 62;
        text.append("2024-03-05 10:21:07.813500 [NOTICE] sofia.c:8834 Hangup sofia/internal/1004@203.0.113.10 [CS_NEW] [USER_BUSY]\n");
        text.append("2024-03-05 10:21:07.813600 [DEBUG] switch_core_state_machine.c:636 (sofia/internal/1004@203.0.113.10) State DESTROY\n\n");
        int syslogLine = 65;
        text.append("Dec  6 08:54:53 bbb bbb-webrtc-sfu[123]: 2021-04-30T21:46:08.747Z - error: [mcs-freeswitch-esl-wrapper] "
                + "FreeSWITCH ESL connection received error ETIMEDOUT\n");
        List<Region> regions;
        List<LogEvent> events = new java.util.ArrayList<>();
        try (ParsedInput in = Parsers.discover().open(new InputFile("bundle.txt", java.nio.file.Path.of("bundle.txt")),
                new java.io.ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), ParserConfig.defaults(), null)) {
            in.forEachRemaining(events::add);
            regions = in.regions();
        }
        assertThat(regions).extracting(Region::line, Region::format)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "text"), org.assertj.core.groups.Tuple.tuple((long) fsLine, "freeswitch.log"),
                        org.assertj.core.groups.Tuple.tuple((long) syslogLine, "text"));
        assertThat(regions.get(2).envelopes().describe()).isEqualTo("syslog");
        LogEvent hangup = events.stream().filter(e -> e.attribute("hangup-cause").isPresent()).findFirst().orElseThrow();
        assertThat(hangup.position().line()).isEqualTo(fsLine);
        assertThat(hangup.format()).isEqualTo("freeswitch.log");
        assertThat(hangup.position().byteOffset()).isEqualTo(text.indexOf("2024-03-05 10:21:07.813500"));
        LogEvent esl = events.stream().filter(e -> Verdict.of(e).filter(Verdict.MEDIA_SERVER_UNREACHABLE::equals).isPresent()).findFirst().orElseThrow();
        assertThat(esl.position().line()).isEqualTo(syslogLine);
        // every line is accounted for, in order
        assertThat(events).extracting(e -> e.position().line()).isSorted();
    }

    @Test
    void aSipMessageBodyAfterItsBlankLineStaysInItsRegion() throws IOException {
        String fs = "2024-03-05 10:21:07.813500 [NOTICE] sofia.c:8834 Channel sofia/internal/1004@203.0.113.10 entering state [calling][0]\n"
                + "recv 1234 bytes from udp/[198.51.100.7]:5060 at 10:21:07.800000:\n" + "-".repeat(72) + "\n"
                + "INVITE sip:2001@203.0.113.10 SIP/2.0\nVia: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bKb1\nFrom: <sip:1004@203.0.113.10>;tag=1\n"
                + "To: <sip:2001@203.0.113.10>\nCall-ID: body1\nCSeq: 1 INVITE\nContent-Type: application/sdp\nContent-Length: 31\n\n"
                + "v=0\nc=IN IP4 198.51.100.7\nt=0 0\n" + "-".repeat(72) + "\n"
                + "2024-03-05 10:21:07.813700 [DEBUG] sofia.c:1 next\n";
        try (ParsedInput in = Parsers.discover().open(new InputFile("fs.log", java.nio.file.Path.of("fs.log")),
                new java.io.ByteArrayInputStream(fs.getBytes(StandardCharsets.UTF_8)), ParserConfig.defaults(), null)) {
            List<LogEvent> events = new java.util.ArrayList<>();
            in.forEachRemaining(events::add);
            assertThat(in.regions()).hasSize(1);
            assertThat(events).anySatisfy(e -> assertThat(e.payload(SipMessage.class).flatMap(SipMessage::sdp)).isPresent());
        }
    }

    @Test
    void alternatingBlocksMakeAtMostTheBoundedNumberOfRegionsAndLoseNoLine() throws IOException {
        StringBuilder text = new StringBuilder();
        int blocks = 3_000;
        for (int i = 0; i < blocks; i++) {
            text.append(switch (i % 3) {
                case 0 -> "2024-03-05 10:21:07.813500 [NOTICE] sofia.c:8834 line " + i + "\n";
                case 1 -> "Dec  6 08:54:53 host prog[1]: line " + i + "\n";
                default -> "2024/03/12 09:11:52 [error] 1049#1049: *1 line " + i + ", client: 203.0.113.45\n";
            }).append("\n");
        }
        try (ParsedInput in = Parsers.discover().open(new InputFile("mixed.log", java.nio.file.Path.of("mixed.log")),
                new java.io.ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), ParserConfig.defaults(), null)) {
            List<LogEvent> events = new java.util.ArrayList<>();
            in.forEachRemaining(events::add);
            assertThat(in.regions().size()).isBetween(2, 64);
            assertThat(events).extracting(e -> e.position().line()).doesNotHaveDuplicates().isSorted();
            assertThat(events.stream().filter(e -> e.message().contains("line ")).count()).isEqualTo(blocks);
        }
    }

    @Test
    void aHeaderATerminalWrappedAtItsWidthIsJoinedAgain() throws IOException {
        String via = "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-524287-1---0b2c6a5e1f3d4c2b;rport;received=203.0.113.7";
        String head = via.substring(0, 80);
        String tail = via.substring(80);
        String msg = "INVITE sip:2001@203.0.113.10 SIP/2.0\n" + head + "\n" + tail + "\nFrom: <sip:1@a>;tag=1\nTo: <sip:2@b>\n"
                + "Call-ID: wrap1\nCSeq: 1 INVITE\nContent-Length: 0\n\n";
        SipMessage m = parse("log start\n" + msg).stream().flatMap(e -> e.payload(SipMessage.class).stream()).findFirst().orElseThrow();
        assertThat(m.vias()).singleElement().satisfies(v -> assertThat(v.received()).contains("203.0.113.7"));
        assertThat(m.deviations()).isEmpty();
        // a line that is a header of its own is never joined, whatever the length before it
        String own = "INVITE sip:2001@203.0.113.10 SIP/2.0\n" + head + "\nFrom: <sip:1@a>;tag=1\nTo: <sip:2@b>\nCall-ID: wrap2\nCSeq: 1 INVITE\n"
                + "Content-Length: 0\n\n";
        SipMessage m2 = parse("log start\n" + own).stream().flatMap(e -> e.payload(SipMessage.class).stream()).findFirst().orElseThrow();
        assertThat(m2.from()).isPresent();
    }

    private static String message(String callId, String contentLength) {
        return "OPTIONS sip:a@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK" + callId + "\r\nFrom: <sip:b@example.com>;tag=1\r\n"
                + "To: <sip:a@example.com>\r\nCall-ID: " + callId + "\r\nCSeq: 1 OPTIONS\r\nContent-Length: " + contentLength + "\r\n\r\n";
    }

    @Test
    void aNegativeContentLengthSwallowsNothing() throws IOException {
        StringBuilder raw = new StringBuilder(message("bad", "-5"));
        for (int i = 0; i < 300; i++) {
            raw.append(message("m" + i, "0"));
        }
        List<LogEvent> events = parse(raw.toString());
        assertThat(events.stream().filter(e -> e.kind() == EventKind.SIP_REQUEST)).hasSize(301);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.malformedReason()).isPresent();
            assertThat(e.message()).contains("Content-Length is negative or not a number");
        });
    }

    @Test
    void bareStartLinesAreNotTooLong() throws IOException {
        String lines = "OPTIONS sip:a@example.com SIP/2.0\r\n".repeat(3_000);
        List<LogEvent> events = parse(lines);
        assertThat(events).noneMatch(e -> e.malformedReason().filter(r -> r == dev.rtcdiag.parsers.spi.MalformedReason.TOO_LONG).isPresent());
        assertThat(events.stream().filter(e -> e.kind() == EventKind.SIP_REQUEST)).hasSize(3_000);
    }
}
