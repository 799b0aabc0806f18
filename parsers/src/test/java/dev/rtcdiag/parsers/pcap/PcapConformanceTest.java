package dev.rtcdiag.parsers.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.InputFile;
import dev.rtcdiag.parsers.ParsedInput;
import dev.rtcdiag.parsers.Parsers;
import dev.rtcdiag.parsers.sip.SipMessage;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.testing.Conformance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real captures of the conformance data yield every SIP message tshark sees, in the same frames. */
class PcapConformanceTest {

    /** SIP messages per capture, counted with tshark -Y sip (see tshark-sip.tsv). */
    private static final Map<String, Integer> EXPECTED_COUNTS = Map.of(
            "pkts-sipp.pcap", 30,
            "pkts-cancel.pcap", 7,
            "pkts-sip_rtp.pcap", 6,
            "pkts-fragmented_tcp_sip.pcap", 6,
            "sngrep-aaa.pcap", 81);

    static List<LogEvent> events(String file) throws IOException {
        Path path = Conformance.file("pcap/" + file);
        List<LogEvent> events = new ArrayList<>();
        try (ParsedInput in = Parsers.discover().open(new InputFile(file, path), ParserConfig.defaults().withStrict(true), null)) {
            assertThat(in.format()).isEqualTo("sip.pcap");
            in.forEachRemaining(events::add);
        }
        return events;
    }

    /** Rows of tshark-sip.tsv for one file: frame, Call-ID, method or status. */
    static List<String> tshark(String file) throws IOException {
        try (InputStream in = PcapConformanceTest.class.getResourceAsStream("tshark-sip.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith(file + "\t"))
                    .map(l -> l.substring(file.length() + 1))
                    .toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pkts-sipp.pcap", "pkts-cancel.pcap", "pkts-sip_rtp.pcap", "pkts-fragmented_tcp_sip.pcap", "sngrep-aaa.pcap"})
    void everySipMessageTsharkSeesInTheSameFrame(String file) throws IOException {
        List<LogEvent> sip = events(file).stream()
                .filter(e -> e.kind() == EventKind.SIP_REQUEST || e.kind() == EventKind.SIP_RESPONSE).toList();
        assertThat(sip).hasSize(EXPECTED_COUNTS.get(file));
        List<String> ours = sip.stream().map(e -> {
            SipMessage m = e.payload(SipMessage.class).orElseThrow();
            String what = m.method().map(Object::toString).orElseGet(() -> m.status().orElseThrow().code());
            return e.position().line() + "\t" + m.callId().orElse("") + "\t" + what;
        }).collect(Collectors.toList());
        assertThat(ours).containsExactlyElementsOf(tshark(file));
    }

    @Test
    void fragmentedTcpInviteIsReassembledFromThreeSegments() throws IOException {
        LogEvent invite = events("pkts-fragmented_tcp_sip.pcap").get(0);
        SipMessage m = invite.payload(SipMessage.class).orElseThrow();
        assertThat(m.method().orElseThrow().name()).isEqualTo("INVITE");
        assertThat(m.isValid()).isTrue();
        assertThat(m.body()).hasSize(m.contentLength().orElseThrow());
        // tshark reports a 5155-byte reassembled PDU: most of it is headers, all of which must be there.
        int headerBytes = m.headers().stream().mapToInt(h -> h.name().length() + h.value().length() + 4).sum() + m.startLine().length() + 2;
        assertThat(headerBytes + 2 + m.body().length).isBetween(5100, 5155);
        assertThat(invite.attribute("transport")).contains("TCP");
        assertThat(invite.attribute("src")).contains("10.192.243.79:41190");
        assertThat(invite.position().line()).isEqualTo(8);
    }

    @Test
    void packetTimesAddressesAndSummary() throws IOException {
        List<LogEvent> events = events("pkts-sip_rtp.pcap");
        LogEvent first = events.get(0);
        assertThat(first.time().exactInstant()).isPresent();
        assertThat(first.time().iso()).hasValueSatisfying(t -> assertThat(t).startsWith("20").endsWith("Z"));
        assertThat(first.attribute("transport")).contains("UDP");
        LogEvent summary = events.get(events.size() - 1);
        assertThat(summary.kind()).isEqualTo(EventKind.LOG);
        assertThat(summary.attribute("packets")).contains("507");
        assertThat(summary.attribute("sip-messages")).contains("6");
        assertThat(summary.attribute("other-packets")).contains("501");
    }

    @Test
    void realWorldRegistrationFailuresKeepTheirStatus() throws IOException {
        List<String> statuses = events("sngrep-aaa.pcap").stream()
                .map(e -> e.attribute("status").orElse("")).filter(s -> !s.isEmpty()).distinct().sorted().toList();
        assertThat(statuses).contains("401", "403", "407", "408", "480", "183", "200");
    }
}
