package dev.rtcdiag.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.core.Diagnoser;
import dev.rtcdiag.core.Diagnosis;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML page without a browser: escaping, the ladder's columns and arrows, redaction (the browser test is in examples/cli). */
class HtmlReportTest {

    static String html(Diagnosis d) throws Exception {
        StringWriter w = new StringWriter();
        HtmlReport.write(d, w, ReportOptions.defaults());
        return w.toString();
    }

    @Test
    void logTextIsEscapedEverywhere() throws Exception {
        String line = "[17:45:51:0523] ERROR: clientLogger: Audio error - errorCode=1007, cause=<script>x()</script>\"><img src=x onerror=y()>\n";
        Diagnosis d = Diagnoser.builder().keepTimelines(50).build()
                .diagnose(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "console.txt");
        String page = html(d);
        assertThat(page).contains("&lt;script&gt;x()&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=y()&gt;")
                .doesNotContain("<script").doesNotContain("<img").contains("default-src 'none'");
    }

    @Test
    void aSipDialogIsALadderWithOneColumnPerEndpoint() throws Exception {
        Diagnosis d = Diagnoser.builder().keepTimelines(50).build().diagnose(List.of(Path.of("../examples/logs/sip/asterisk-wrong-password.log")));
        String page = html(d);
        assertThat(page).contains("<svg class=\"ladder\"").contains(">198.51.100.23:40216<title>").contains(">this host<title>");
        assertThat(page.split("<line class=\"a\"", -1)).hasSize(3); // REGISTER, REGISTER
        assertThat(page.split("<line class=\"e\"", -1)).as("error responses are red").hasSize(3); // 401, 401
        assertThat(page).doesNotContain("response=\"9d2c4e6f8a0b1c3d5e7f9a1b3c5d7e9f\"");
    }

    @Test
    void withoutTimelinesThereIsNoLadderAndNothingIsKept() throws Exception {
        Diagnosis d = Diagnoser.builder().build().diagnose(List.of(Path.of("../examples/logs/sip/asterisk-wrong-password.log")));
        assertThat(d.sessions()).allMatch(s -> s.timeline().isEmpty());
        assertThat(html(d)).doesNotContain("<svg");
    }

    /** Time lines of several files merge by instant; an entry without a time stays after the one before it. */
    @org.junit.jupiter.api.Test
    void timeLinesMergeByInstantAndKeepUntimedEntriesInPlace() {
        java.util.function.BiFunction<Integer, String, dev.rtcdiag.core.TimelineEntry> at = (second, label) -> new dev.rtcdiag.core.TimelineEntry(
                second == null ? dev.rtcdiag.parsers.spi.EventTime.NONE
                        : dev.rtcdiag.parsers.spi.EventTime.absolute(java.time.Instant.ofEpochSecond(1_700_000_000L + second), "t"),
                new dev.rtcdiag.parsers.spi.SourcePosition(label.startsWith("server") ? "server.log" : "client.log", 1, 0), "log", label, "", "");
        java.util.List<dev.rtcdiag.core.TimelineEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) { // long enough for TimSort to check its comparator's contract
            entries.add(at.apply(i % 7 == 0 ? null : 300 - i, "client " + i));
        }
        entries.add(at.apply(5, "server a"));
        entries.add(at.apply(null, "server b"));
        java.util.List<dev.rtcdiag.core.TimelineEntry> merged = HtmlReport.merged(entries);
        assertThat(merged).hasSize(entries.size());
        int a = merged.indexOf(entries.get(200));
        assertThat(merged.get(a + 1)).isSameAs(entries.get(201));
        java.time.Instant previous = java.time.Instant.MIN;
        for (dev.rtcdiag.core.TimelineEntry t : merged) {
            if (t.time().isPresent()) {
                assertThat(t.time().instant()).isAfterOrEqualTo(previous);
                previous = t.time().instant();
            }
        }
    }
}
