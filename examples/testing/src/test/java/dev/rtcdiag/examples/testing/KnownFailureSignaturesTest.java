package dev.rtcdiag.examples.testing;

import static dev.rtcdiag.core.assertj.RtcdiagAssertions.assertThat;

import dev.rtcdiag.core.Diagnoser;
import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a VoIP product team guards known failure signatures: each fixture log is a field case, and
 * the test pins the cause rtcdiag must keep finding (and the ones it must not).
 */
class KnownFailureSignaturesTest {

    private static final Diagnoser DIAGNOSER = Diagnoser.builder().build();

    private static Diagnosis diagnose(String... logs) {
        return DIAGNOSER.diagnose(List.of(logs).stream().map(l -> Path.of("../logs", l)).toList());
    }

    @Test
    void wrongExtensionPasswordIsAnAuthFailureNotAForbidden() {
        assertThat(diagnose("sip/asterisk-wrong-password.log"))
                .hasCause("sip.auth-failed")
                .doesNotHaveCause("sip.forbidden")
                .finding("sip.auth-failed").hasSeverity(Severity.ERROR).hasEvidenceAt("../logs/sip/asterisk-wrong-password.log", 40);
    }

    @Test
    void aBusyCalleeIsInformationOnly() {
        assertThat(diagnose("sip/sipp-busy.log")).hasOnlyCauses("sip.callee-busy").finding("sip.callee-busy").hasSeverity(Severity.INFO);
    }

    @Test
    void bigBlueButtonMeetingNamesEachFailingUser() {
        assertThat(diagnose("bbb/html5-client.log", "bbb/freeswitch.log"))
                .hasCauseInSession("bbb.ice-candidates-missing", "user=w_oqxj3hbqzvmd")
                .hasCauseInSession("bbb.firefox-ice-lite", "user=w_x1y2z3a4b5c6")
                .isComplete();
    }

    @Test
    void healthyLogsStayClean() {
        assertThat(diagnose("bitrix/session-healthy-inbound.log")).hasNoFindings();
        assertThat(diagnose("wcs/flashphoner-healthy.log")).hasNoFindings();
    }
}
