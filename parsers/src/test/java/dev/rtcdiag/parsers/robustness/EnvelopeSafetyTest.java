package dev.rtcdiag.parsers.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.spi.Envelope;
import dev.rtcdiag.parsers.spi.EnvelopeStack;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every envelope takes its artefact off the hostile 64 KiB lines of {@link HostileLines} and only takes
 * off: envelopes run on every line of an input. That their patterns do work linear in the line is
 * asserted by counted reads, not by a clock, in core's {@code RegexLinearityTest}, which probes every
 * envelope constant's own patterns.
 */
class EnvelopeSafetyTest {

    @ParameterizedTest
    @EnumSource(Envelope.class)
    void unwrapsHostileLinesByTakingOffOnly(Envelope e) {
        boolean unwrappedAny = false;
        for (String line : HostileLines.HOSTILE) {
            for (String l : List.of(line, "b'" + line, "**" + line + "**", "#015#012" + line, "\u001B[" + line, line + " SIP/2.0")) {
                String unwrapped = e.unwrap(l); // null: the line does not carry this envelope
                if (unwrapped != null) {
                    assertThat(unwrapped.length()).as("%s on a %d-char line starting %s may only take text off", e, l.length(),
                            l.substring(0, Math.min(20, l.length()))).isLessThanOrEqualTo(l.length());
                    unwrappedAny = true;
                }
            }
        }
        if (e == Envelope.RSYSLOG_ESCAPES || e == Envelope.MARKDOWN_EMPHASIS || e == Envelope.ANSI) {
            assertThat(unwrappedAny).as("%s takes its artefact off the lines made to carry it", e).isTrue();
        }
    }

    @org.junit.jupiter.api.Test
    void detectionOverHostilePrefixLinesGivesAStackThatOnlyTakesOff() {
        EnvelopeStack s = EnvelopeStack.detect(HostileLines.HOSTILE.stream().map(l -> l.substring(0, Math.min(l.length(), 8_192))).toList());
        String line = HostileLines.HOSTILE.get(0);
        // an unwrapped line may split in several (escaped line ends undone), but text is only taken off
        assertThat(s.unwrap(line).stream().mapToInt(String::length).sum()).isLessThanOrEqualTo(line.length());
    }
}
