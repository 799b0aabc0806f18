package dev.rtcdiag.parsers.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.InputFile;
import dev.rtcdiag.parsers.ParsedInput;
import dev.rtcdiag.parsers.Parsers;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.testing.SyntheticSipTrace;
import java.io.IOException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Parses a large synthetic SIP trace (1 GiB by default; {@code -Drtcdiag.memory.bytes=N} to change)
 * streamed from a generator, in a JVM started with {@code -Xmx64m} (the {@code memory} surefire
 * execution). If memory grew with the input this would fail with OutOfMemoryError long before the end.
 */
@Tag("memory")
class LargeInputMemoryTest {

    @Test
    void oneGigabyteSipTraceParsesUnder64MegabytesOfHeap() throws IOException {
        long bytes = Long.getLong("rtcdiag.memory.bytes", 1L << 30);
        long maxHeap = Runtime.getRuntime().maxMemory();
        assertThat(maxHeap).as("this test must run with -Xmx64m").isLessThanOrEqualTo(80L << 20);
        SyntheticSipTrace trace = new SyntheticSipTrace(bytes);
        long sip = 0;
        long malformed = 0;
        try (ParsedInput in = Parsers.discover().open(new InputFile("synthetic.log", null), trace, ParserConfig.defaults(), null)) {
            assertThat(in.format()).isEqualTo("sip.sipp-trace");
            while (in.hasNext()) {
                LogEvent e = in.next();
                if (e.kind() == EventKind.SIP_REQUEST || e.kind() == EventKind.SIP_RESPONSE) {
                    sip++;
                } else if (e.isMalformed()) {
                    malformed++;
                }
            }
        }
        assertThat(malformed).isZero();
        assertThat(sip).isEqualTo(trace.calls() * SyntheticSipTrace.MESSAGES_PER_CALL);
        assertThat(sip).isGreaterThan(bytes / 1000);
    }
}
