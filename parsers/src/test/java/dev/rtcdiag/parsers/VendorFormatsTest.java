package dev.rtcdiag.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Details of the vendor formats the golden files do not show: decoding, zones, splitting, joins. */
class VendorFormatsTest {

    static List<LogEvent> parse(byte[] bytes, ParserConfig config) throws IOException {
        List<LogEvent> out = new ArrayList<>();
        try (ParsedInput in = Parsers.discover().open(new InputFile("test", java.nio.file.Path.of("test")), new ByteArrayInputStream(bytes), config, null)) {
            in.forEachRemaining(out::add);
        }
        return out;
    }

    static byte[] golden(String path) throws IOException {
        try (InputStream in = VendorFormatsTest.class.getResourceAsStream("golden/" + path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void broadWorksLatin1BytesAreDecoded() throws IOException {
        List<LogEvent> events = parse(golden("broadworks.log/xslog-latin1-register.log"), ParserConfig.defaults());
        assertThat(events).filteredOn(e -> e.kind().id().equals("sip-request")).first()
                .satisfies(e -> assertThat(e.raw()).contains("From:\"Jürgen Müller\"<sip:+902125550101@as.acme.example.com>"));
    }

    @Test
    void broadWorksZonesComeFromTheConfigurableTable() throws IOException {
        String edt = "2024.05.14 10:02:11:204 EDT | Info       | OCI-P | BCCT Worker #3\n";
        assertThat(parse(edt.getBytes(StandardCharsets.ISO_8859_1), ParserConfig.defaults()).get(0).time().exactInstant())
                .contains(Instant.parse("2024-05-14T14:02:11.204Z"));
        String gmt = "2024.05.14 11:20:03:551 GMT+03:00 | Info       | ProvisioningAdapter | Worker\n";
        assertThat(parse(gmt.getBytes(StandardCharsets.ISO_8859_1), ParserConfig.defaults()).get(0).time().exactInstant())
                .contains(Instant.parse("2024-05-14T08:20:03.551Z"));
        // IST is ambiguous (India, Israel, Ireland): unknown by default, so the time is local and says so
        String ist = "2024.05.14 10:00:00:000 IST | Info       | OCI-P | BCCT Worker #3\n";
        LogEvent unknown = parse(ist.getBytes(StandardCharsets.ISO_8859_1), ParserConfig.defaults()).get(0);
        assertThat(unknown.time().zoneKnown()).isFalse();
        LogEvent mapped = parse(ist.getBytes(StandardCharsets.ISO_8859_1),
                ParserConfig.defaults().withZoneAbbreviations(Map.of("IST", ZoneOffset.ofHoursMinutes(5, 30)))).get(0);
        assertThat(mapped.time().exactInstant()).contains(Instant.parse("2024-05-14T04:30:00Z"));
    }

    @Test
    void webexEntriesPastedOnOneLineAreSplitAndContinuationsJoinTheirEntry() throws IOException {
        List<LogEvent> events = parse(golden("webex.client/desktop-2024-and-pastes.log"), ParserConfig.defaults());
        assertThat(events).filteredOn(e -> e.position().line() == 4).hasSize(2);
        LogEvent last = events.get(events.size() - 1);
        assertThat(last.lineCount()).isEqualTo(2);
        assertThat(last.raw()).contains("continuation of the previous entry");
        assertThat(events).filteredOn(e -> e.position().line() == 3).first()
                .satisfies(e -> assertThat(e.attribute("device-type")).contains("Business Communicator - PC"));
    }

    @Test
    void bbbClientRecordsUndoNginxEscapesIntoUtf8() throws IOException {
        List<LogEvent> events = parse(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../examples/logs/bbb/html5-client.log")),
                ParserConfig.defaults());
        assertThat(events).anyMatch(e -> e.attribute("fullname").filter("سارا"::equals).isPresent());
        assertThat(events).noneMatch(LogEvent::isMalformed);
    }

    @Test
    void deeplyNestedAndHugeBbbRecordsAreMalformedNotFatal() throws IOException {
        String deep = "203.0.113.45 [2024-03-12T14:03:11+00:00] " + "[".repeat(20_000) + "{\\x22name\\x22:\\x22clientLogger\\x22}" + "]".repeat(20_000) + "\n";
        String huge = "203.0.113.45 [2024-03-12T14:03:12+00:00] [{\\x22name\\x22:\\x22clientLogger\\x22,\\x22msg\\x22:\\x22" + "x".repeat(60_000)
                + "\\x22,\\x22userInfo\\x22:{\\x22meetingId\\x22:\\x22m\\x22,\\x22requesterUserId\\x22:\\x22w_a\\x22}}]\n";
        String ok = "203.0.113.45 [2024-03-12T14:03:13+00:00] [{\\x22name\\x22:\\x22clientLogger\\x22,\\x22msg\\x22:\\x22Audio Joined\\x22,\\x22logCode\\x22:\\x22audio_joined\\x22}]\n";
        List<LogEvent> events = parse((deep + huge + ok).getBytes(StandardCharsets.US_ASCII),
                ParserConfig.defaults().withMaxLineLength(200_000));
        assertThat(events).filteredOn(e -> e.position().line() == 1).singleElement().satisfies(e -> assertThat(e.isMalformed()).isTrue());
        assertThat(events).filteredOn(e -> e.position().line() == 2).singleElement().satisfies(e -> assertThat(e.isMalformed()).isFalse());
        assertThat(events).filteredOn(e -> e.position().line() == 3).singleElement().satisfies(e -> assertThat(e.message()).isEqualTo("Audio Joined"));
    }

    @Test
    void aStatisticsRowIsReadFieldByFieldWithBoundedValues() throws IOException {
        StringBuilder row = new StringBuilder("{\"result\":[{\"CALL_ID\":\"c1\",\"CALL_FAILED_CODE\":\"486\",\"CALL_DURATION\":\"0\"");
        for (int i = 0; i < 5_000; i++) {
            row.append(",\"F").append(i).append("\":\"").append("x".repeat(1_000)).append('"');
        }
        row.append(",\"NESTED\":{\"a\":[1,2,{\"b\":\"c\"}]},\"HUGE\":\"").append("y".repeat(2_000_000)).append("\"}]}");
        List<LogEvent> events = parse(row.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), ParserConfig.defaults().withMaxExcerptLength(4096));
        LogEvent e = events.stream().filter(x -> x.attribute("call-failed-code").isPresent() || x.code().isPresent()).findFirst().orElseThrow();
        assertThat(e.raw().length()).isLessThanOrEqualTo(4096 + 1);
        assertThat(e.attributes().values()).allSatisfy(v -> assertThat(v.length()).isLessThanOrEqualTo(4 * 4096));
        assertThat(events).noneMatch(LogEvent::isMalformed);
    }
}
