package dev.rtcdiag.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.MalformedReason;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One header followed by 10,000 continuation lines of 60 KB (600 MB, produced on the fly, never held):
 * every format with entries and continuation lines (Webex app, VoxEngine, BroadWorks, WCS) keeps a bounded text, refuse the line that passes
 * maxRecordBytes with a typed LIMIT_EXCEEDED event, and read on.
 */
class HeldRecordLimitsTest {

    /** {@code header}, then {@code count} lines of {@code width} 'x', then {@code after}; generated as read. */
    private static InputStream generated(String header, int count, int width, String after) {
        byte[] head = (header + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] line = ("    " + "x".repeat(width) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = (after + "\n").getBytes(StandardCharsets.UTF_8);
        long total = head.length + (long) count * line.length + tail.length;
        return new InputStream() {
            long pos;

            @Override
            public int read() {
                byte[] b = new byte[1];
                return read(b, 0, 1) < 0 ? -1 : b[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= total) {
                    return -1;
                }
                int n = 0;
                while (n < len && pos < total) {
                    if (pos < head.length) {
                        b[off + n++] = head[(int) pos++];
                    } else if (pos < head.length + (long) count * line.length) {
                        b[off + n++] = line[(int) ((pos++ - head.length) % line.length)];
                    } else {
                        b[off + n++] = tail[(int) (pos++ - head.length - (long) count * line.length)];
                    }
                }
                return n;
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ~ ", value = {
        "webex.client ~ 2024-01-30T07:01:25.213Z <Info> [0x390] parser.rl:232 TP::Xml::Parser::parse:BWC:INTERNAL: Incomplete"
                + " ~ 2024-01-30T07:01:26.000Z <Info> [0x390] parser.rl:232 TP::Xml::Parser::parse:BWC:INTERNAL: next",
        "voximplant.session-log ~ 2026-05-13 06:05:12.101 Loading scenario bitrix_inbound ~ 2026-05-13 06:05:13.000 Session terminated",
        "broadworks.log ~ 2023.01.27 10:28:38:827 CET | Info       | Sip | Call Half Input Adapter 5 | 3104796"
                + " ~ 2023.01.27 10:28:39:000 CET | Info       | Sip | Call Half Input Adapter 5 | 3104797",
        "wcs.server-log ~ 08:01:02,114 INFO            RestClient - API-ASYNC-pool-8-thread-1 SEND REST OBJECT ==>"
                + " ~ 08:01:03,000 INFO            RestClient - API-ASYNC-pool-8-thread-1 next"})
    void aHeaderWithEndlessContinuationLinesStaysBounded(String format, String header, String next) throws IOException {
        ParserConfig config = ParserConfig.defaults().withMaxRecordBytes(1_000_000);
        List<LogEvent> events = new ArrayList<>();
        long maxRaw = 0;
        try (ParsedInput in = Parsers.discover().open(new InputFile("big.log", Path.of("big.log")),
                generated(header, 10_000, 60_000, next), config, format)) {
            while (in.hasNext()) {
                LogEvent e = in.next();
                maxRaw = Math.max(maxRaw, e.raw().length());
                if (events.size() < 100) {
                    events.add(e); // the 10,000 lines after the limit are plain lines: keep only the start
                }
            }
        }
        assertThat(events.get(0).raw().length()).isLessThanOrEqualTo(config.maxExcerptLength() + 1);
        // the limit closed the entry: the lines after it are plain lines, not 10,000 refusals
        assertThat(events.stream().filter(e -> e.malformedReason().isPresent())).hasSize(1);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.malformedReason()).contains(MalformedReason.LIMIT_EXCEEDED);
            assertThat(e.message()).contains("maxRecordBytes");
        });
        assertThat(maxRaw).isLessThanOrEqualTo(config.maxExcerptLength() + 1);
    }
}
