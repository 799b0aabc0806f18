package dev.rtcdiag.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.InputFile;
import dev.rtcdiag.parsers.ParsedInput;
import dev.rtcdiag.parsers.Parsers;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-ahead of {@link Lanes}: later inputs are parsed on the pool while an earlier one is consumed. */
class LanesTest {

    @TempDir
    Path dir;

    private final Parsers parsers = Parsers.discover();

    /** A SIPp trace of {@code calls} healthy calls starting {@code dayOffset} days after the first. */
    private Path trace(String name, int dayOffset, int calls) throws Exception {
        StringBuilder log = new StringBuilder();
        for (int c = 1; c <= calls; c++) {
            log.append(SipTrace.call(name + c + "@192.0.2.20").after(dayOffset * 86_400.0 + c).request("INVITE").response(100, "Trying")
                    .responseWithSdp(200, "OK", "0").answering("ACK").after(1).nextCSeq().request("BYE").response(200, "OK").text());
        }
        return Files.writeString(dir.resolve(name + "_messages.log"), log);
    }

    /** Bytes read so far of the open input named {@code p}, or -1 when it is not open. */
    private static long bytesRead(Lanes lanes, Path p) {
        return lanes.open().stream().filter(l -> l.file.path().equals(p)).map(Lanes.Lane::input)
                .mapToLong(in -> in == null ? 0 : in.bytesRead()).findFirst().orElse(-1);
    }

    /** Takes 20 batches (all of the first input, which is long enough) and says how much of {@code watched} was read by then. */
    private long whileTheFirstIsConsumed(List<Path> files, Path watched, long readAhead) throws Exception {
        List<InputFile> inputs = files.stream().map(p -> new InputFile(p.toString(), p)).toList();
        Lanes.Opener opener = f -> parsers.open(f, ParserConfig.defaults(), null);
        java.util.concurrent.ExecutorService pool = Lanes.pool(2);
        try (Lanes lanes = new Lanes(inputs, opener, pool, readAhead, Lanes.BATCH)) {
            for (int i = 0; i < 20; i++) {
                Lanes.Batch b = lanes.next();
                assertThat(b.lane().file.path()).isEqualTo(files.get(0)); // the earlier day is consumed first
                Thread.sleep(20); // a consumer busy correlating: the pool parses meanwhile (not a timing assertion)
            }
            return bytesRead(lanes, watched);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLaterInputIsParsedAheadWithinTheBudget() throws Exception {
        Path early = trace("a", 0, 1500);
        Path late = trace("b", 1, 200); // about 1,400 events: several batches
        assertThat(whileTheFirstIsConsumed(List.of(early, late), late, 64L << 20)).isEqualTo(Files.size(late));
    }

    @Test
    void withoutBudgetOnlyTheMinimumIsParsedAhead() throws Exception {
        Path early = trace("a", 0, 1500);
        Path late = trace("b", 1, 200);
        long read = whileTheFirstIsConsumed(List.of(early, late), late, 0);
        assertThat(read).isPositive().isLessThan(Files.size(late));
    }
}
