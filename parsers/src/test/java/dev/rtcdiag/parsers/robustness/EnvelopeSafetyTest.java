package dev.rtcdiag.parsers.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.spi.Envelope;
import dev.rtcdiag.parsers.spi.EnvelopeStack;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every envelope takes its artefact off the hostile 64 KiB lines of {@link HostileLines} within the
 * same bound: envelopes run on every line of an input, so each must be linear in the line (their
 * patterns are per-constant fields, which the reflective regex check does not see).
 */
class EnvelopeSafetyTest {

    @ParameterizedTest
    @EnumSource(Envelope.class)
    void unwrapsHostileLinesQuickly(Envelope e) {
        for (String line : HostileLines.HOSTILE) {
            for (String l : List.of(line, "b'" + line, "**" + line + "**", "#015#012" + line, "\u001B[" + line, line + " SIP/2.0")) {
                long start = System.nanoTime();
                e.unwrap(l);
                long ms = (System.nanoTime() - start) / 1_000_000;
                assertThat(ms).as("%s on a %d-char line starting %s", e, l.length(), l.substring(0, Math.min(20, l.length()))).isLessThan(500);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void detectionOverHostilePrefixLinesIsQuick() {
        long start = System.nanoTime();
        EnvelopeStack s = EnvelopeStack.detect(HostileLines.HOSTILE.stream().map(l -> l.substring(0, Math.min(l.length(), 8_192))).toList());
        s.unwrap(HostileLines.HOSTILE.get(0));
        assertThat((System.nanoTime() - start) / 1_000_000).as("detection over hostile prefix lines").isLessThan(2_000);
    }
}
