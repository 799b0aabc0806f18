package dev.rtcdiag.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Progress reports: one at the end of each input at least, with sizes that add up. Inputs are merged
 * in time order and a log without dates (this WCS log prints only times of day) goes first, so the
 * second input here ends before the first.
 */
class ProgressTest {

    @Test
    void eachInputEndsWithAReportOfAllItsBytes() throws Exception {
        Path a = Path.of("../examples/logs/sip/sipp-busy.log");
        Path b = Path.of("../examples/logs/wcs/dtls-error.log");
        List<Progress> seen = new ArrayList<>();
        Diagnoser.builder().progress(seen::add).build().diagnose(List.of(a, b));
        long total = Files.size(a) + Files.size(b);
        Progress last = seen.get(seen.size() - 1);
        assertThat(last.input()).isEqualTo(a.toString());
        assertThat(last.inputIndex()).isEqualTo(1);
        assertThat(last.inputCount()).isEqualTo(2);
        assertThat(last.totalBytes()).isEqualTo(total);
        assertThat(last.bytesDone() + last.bytesRead()).isEqualTo(total);
        long sizeB = Files.size(b);
        assertThat(seen).anyMatch(p -> p.inputIndex() == 2 && p.bytesRead() == sizeB);
    }
}
