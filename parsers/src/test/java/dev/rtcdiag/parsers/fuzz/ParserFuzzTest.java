package dev.rtcdiag.parsers.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rtcdiag.parsers.InputFile;
import dev.rtcdiag.parsers.ParsedInput;
import dev.rtcdiag.parsers.Parsers;
import dev.rtcdiag.parsers.sip.SipMessage;
import dev.rtcdiag.parsers.sip.SipParser;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Jazzer fuzz targets. In the normal test run ({@code mvn verify}) each target runs once per input of
 * its committed regression corpus ({@code src/test/resources/dev/rtcdiag/parsers/fuzz/ParserFuzzTestInputs/<target>/});
 * with {@code JAZZER_FUZZ=1} it fuzzes (see docs/robustness.md for the command).
 */
class ParserFuzzTest {

    private static final Parsers PARSERS = Parsers.discover();
    private static final ParserConfig CONFIG = ParserConfig.defaults().withMaxLineLength(4096).withMaxSipMessageBytes(8192);

    /** The SIP parser never throws, never over-reads, and reports a consumed length inside the input. */
    @FuzzTest(maxDuration = "60s")
    void sipParser(byte[] data) {
        SipParser.Result r = SipParser.parse(data, 0, data.length, 8192);
        SipMessage m = r.message();
        assertThat(r.consumed()).isBetween(0, data.length);
        m.summary();
        m.sdp();
        m.vias().forEach(v -> v.rport());
        m.contacts().forEach(c -> c.uri().decodedUser());
    }

    /** Detection plus whichever parser it picks: never throws, positions never go backwards. */
    @FuzzTest(maxDuration = "60s")
    void detectAndParse(byte[] data) throws IOException {
        try (ParsedInput in = PARSERS.open(new InputFile("fuzz", null), new ByteArrayInputStream(data), CONFIG, null)) {
            long last = 0;
            while (in.hasNext()) {
                LogEvent e = in.next();
                assertThat(e.position().line()).isGreaterThanOrEqualTo(last);
                last = e.position().line();
            }
        }
    }

    /**
     * Every parser, forced (no detection): the input's first line names the format ({@code sip.pcap}),
     * the rest is its input. Naming it by id keeps each committed corpus input aimed at the same parser
     * when a format is added; an input whose first line names no format is detected instead.
     */
    @FuzzTest(maxDuration = "60s")
    void everyParser(byte[] data) throws IOException {
        int nl = 0;
        while (nl < data.length && nl < 64 && data[nl] != '\n') {
            nl++;
        }
        String id = new String(data, 0, nl, java.nio.charset.StandardCharsets.ISO_8859_1);
        boolean named = nl < data.length && PARSERS.providers().stream().anyMatch(p -> p.id().equals(id));
        byte[] rest = named ? java.util.Arrays.copyOfRange(data, nl + 1, data.length) : data;
        try (ParsedInput in = PARSERS.open(new InputFile("fuzz", null), new ByteArrayInputStream(rest), CONFIG, named ? id : null)) {
            long last = 0;
            while (in.hasNext()) {
                LogEvent e = in.next();
                assertThat(e.position().line()).isGreaterThanOrEqualTo(last);
                last = e.position().line();
            }
        }
    }
}
