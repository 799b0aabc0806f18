package dev.rtcdiag.core.assertj;

import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Finding;

/**
 * Entry point: {@code import static dev.rtcdiag.core.assertj.RtcdiagAssertions.assertThat;}. Needs
 * AssertJ on the test class path (rtcdiag-core declares it optional).
 */
public final class RtcdiagAssertions {

    private RtcdiagAssertions() {
    }

    /** Assertions on a diagnosis. */
    public static DiagnosisAssert assertThat(Diagnosis actual) {
        return new DiagnosisAssert(actual);
    }

    /** Assertions on one finding. */
    public static FindingAssert assertThat(Finding actual) {
        return new FindingAssert(actual);
    }
}
