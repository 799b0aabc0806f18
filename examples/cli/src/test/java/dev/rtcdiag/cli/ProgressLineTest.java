package dev.rtcdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.core.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line: what it says, when it is drawn, and that it stays quiet when it should. */
class ProgressLineTest {

    @Test
    void saysFilesBytesRateAndEta() {
        Progress p = new Progress("a.log", 2, 5, 50L << 20, 100L << 20, 100L << 20, 1L << 30, 2_000_000_000L);
        assertThat(ProgressLine.line(p)).isEqualTo("rtcdiag: file 2/5, 150.0 MiB / 1.0 GiB, 75.0 MiB/s, ETA 11 s");
        assertThat(ProgressLine.line(new Progress("-", 1, 1, 2048, -1, 0, -1, 2_000_000_000L))).isEqualTo("rtcdiag: file 1/1, 2.0 KiB, 1.0 KiB/s");
    }

    @Test
    void drawsOnlyWhenEnabledAfterASecondAndAtMostFourTimesASecond() {
        StringWriter w = new StringWriter();
        ProgressLine on = new ProgressLine(new PrintWriter(w), true);
        on.accept(new Progress("a", 1, 1, 1, 10, 0, 10, 500_000_000L));
        assertThat(w.toString()).isEmpty();
        on.accept(new Progress("a", 1, 1, 5, 10, 0, 10, 1_100_000_000L));
        on.accept(new Progress("a", 1, 1, 6, 10, 0, 10, 1_200_000_000L));
        assertThat(w.toString().split("\r", -1)).hasSize(2);
        on.clear();
        assertThat(w.toString()).endsWith("\r\u001B[K");
        StringWriter quiet = new StringWriter();
        ProgressLine off = new ProgressLine(new PrintWriter(quiet), false);
        off.accept(new Progress("a", 1, 1, 5, 10, 0, 10, 9_000_000_000L));
        off.clear();
        assertThat(quiet.toString()).isEmpty();
    }

    @Test
    void stderrOfTheTestRunIsNotATerminal() {
        assertThat(ProgressLine.stderrIsTerminal()).isFalse();
    }
}
