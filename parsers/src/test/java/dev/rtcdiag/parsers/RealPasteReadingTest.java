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
}
