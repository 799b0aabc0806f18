package dev.rtcdiag.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.Inputs;
import dev.rtcdiag.parsers.spi.EventTime;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The library's entry points: paths as paths, inputs a command line listed, standard time types, one canonical Diagnosis. */
class DiagnoserApiTest {

    private static final Path WRONG_PASSWORD = Path.of("../examples/logs/sip/asterisk-wrong-password.log");
    private static final Path BUSY = Path.of("../examples/logs/sip/sipp-busy.log");

    private static List<String> causes(Diagnosis d) {
        return d.findings().stream().map(Finding::causeId).toList();
    }

    @Test
    @SuppressWarnings("deprecation")
    void everyEntryPointGivesTheSameDiagnosis() {
        Diagnoser diagnoser = Diagnoser.builder().build();
        Diagnosis varargs = diagnoser.diagnose(WRONG_PASSWORD, BUSY);
        assertThat(causes(varargs)).containsExactlyInAnyOrder("sip.auth-failed", "sip.callee-busy");
        assertThat(causes(diagnoser.diagnose(List.of(WRONG_PASSWORD, BUSY)))).isEqualTo(causes(varargs));
        assertThat(causes(diagnoser.diagnose(Inputs.expand(List.of(WRONG_PASSWORD.toString(), BUSY.toString()), Inputs.Selection.DEFAULT))))
                .isEqualTo(causes(varargs));
        assertThat(causes(diagnoser.diagnoseArguments(List.of(WRONG_PASSWORD.toString(), BUSY.toString())))).isEqualTo(causes(varargs));
    }

    @Test
    void aPathNamedDashIsAFileNotStandardInput() {
        Diagnosis d = Diagnoser.builder().build().diagnose(Path.of("-"));
        assertThat(d.inputs()).singleElement().satisfies(i -> assertThat(i.error()).contains("no such file"));
    }

    @Test
    void timesAreStandardTypesThatSayWhatWasAssumed() {
        Finding f = Diagnoser.builder().build().diagnose(WRONG_PASSWORD).finding("sip.auth-failed").orElseThrow();
        assertThat(f.firstDateTime()).contains(OffsetDateTime.of(2024, 3, 5, 9, 58, 12, 0, ZoneOffset.UTC));
        assertThat(f.first().precision()).isEqualTo(EventTime.Precision.LOCAL);
        Finding wcs = Diagnoser.builder().build().diagnose(Path.of("../examples/logs/wcs/websdk-client.log")).findings().get(0);
        assertThat(wcs.firstDateTime()).isEmpty();
        assertThat(wcs.first().timeOfDay()).hasValueSatisfying(t -> assertThat(t.toString()).startsWith("10:12:31"));
        assertThat(wcs.first().precision()).isEqualTo(EventTime.Precision.TIME_OF_DAY);
    }

    @Test
    void theCanonicalConstructorCarriesCountsAndUnlisted() {
        Diagnosis d = new Diagnosis(List.of(), List.of(), List.of(), "", 7, Map.of("sip.callee-busy", 3L));
        assertThat(d.sessionCount()).isEqualTo(7);
        assertThat(d.findingCount()).isEqualTo(3);
    }
}
