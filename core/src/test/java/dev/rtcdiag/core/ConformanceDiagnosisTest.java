package dev.rtcdiag.core;

import static dev.rtcdiag.core.assertj.RtcdiagAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden diagnoses of the third-party flows and captures in testdata/conformance: exactly these causes, nothing else. */
class ConformanceDiagnosisTest {

    static Path conformance() {
        return SharedDirs.conformance();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("rfc3665/2.1-successful-new-registration.txt", List.of()),
                Arguments.of("rfc3665/2.2-update-of-contact-list.txt", List.of()),
                Arguments.of("rfc3665/2.3-request-for-current-contact-list.txt", List.of()),
                Arguments.of("rfc3665/2.4-cancellation-of-registration.txt", List.of()),
                Arguments.of("rfc3665/2.5-unsuccessful-registration.txt", List.of("sip.auth-failed")),
                Arguments.of("rfc3665/3.1-successful-session-establishment.txt", List.of()),
                Arguments.of("rfc3665/3.2-session-establishment-through-two-proxies.txt", List.of()),
                Arguments.of("rfc3665/3.3-session-with-multiple-proxy-authentication.txt", List.of()),
                Arguments.of("rfc3665/3.4-successful-session-with-proxy-failure.txt", List.of("sip.no-response")),
                Arguments.of("rfc3665/3.5-session-through-a-sip-alg.txt", List.of()),
                Arguments.of("rfc3665/3.6-session-via-redirect-and-proxy-servers-with-sdp-in-ack.txt", List.of("sip.redirected")),
                Arguments.of("rfc3665/3.7-session-with-re-invite-ip-address-change.txt", List.of()),
                Arguments.of("rfc3665/3.8-unsuccessful-no-answer.txt", List.of("sip.cancelled")),
                Arguments.of("rfc3665/3.9-unsuccessful-busy.txt", List.of("sip.callee-busy")),
                Arguments.of("rfc3665/3.10-unsuccessful-no-response-from-user-agent.txt", List.of("sip.no-response", "sip.callee-unavailable")),
                Arguments.of("rfc3665/3.11-unsuccessful-temporarily-unavailable.txt", List.of("sip.callee-unavailable")),
                Arguments.of("rfc3665/rfc3261-24.1-registration.txt", List.of()),
                Arguments.of("rfc3665/rfc3261-24.2-session-setup.txt", List.of()),
                Arguments.of("pcap/pkts-sipp.pcap", List.of()),
                Arguments.of("pcap/pkts-sip_rtp.pcap", List.of()),
                Arguments.of("pcap/pkts-fragmented_tcp_sip.pcap", List.of()),
                Arguments.of("pcap/pkts-cancel.pcap", List.of("sip.cancelled")),
                Arguments.of("pcap/sngrep-aaa.pcap", List.of("sip.auth-failed", "sip.request-timeout", "sip.callee-unavailable", "sip.private-address-in-sdp")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void diagnosesToExactlyTheExpectedCauses(String file, List<String> causes) {
        Diagnosis d = Diagnoser.builder().build().diagnose(List.of(SharedDirs.conformanceFile(file)));
        assertThat(d).isComplete().hasOnlyCauses(causes.toArray(String[]::new));
    }

    @Test
    void wrongPasswordRegistrationNamesItsEvidenceLines() {
        Path file = conformance().resolve("rfc3665/2.5-unsuccessful-registration.txt");
        Diagnosis d = Diagnoser.builder().build().diagnose(List.of(file));
        assertThat(d).finding("sip.auth-failed")
                .hasEvidenceContaining("SIP/2.0 401 Unauthorized")
                .hasEvidenceContaining("REGISTER sips:ss2.biloxi.example.com SIP/2.0");
        org.assertj.core.api.Assertions.assertThat(d.findings().get(0).evidence()).hasSize(3)
                .allSatisfy(e -> org.assertj.core.api.Assertions.assertThat(e.position().source()).endsWith("2.5-unsuccessful-registration.txt"));
    }

    @Test
    void busyFlowIsAnInfoFinding() {
        Diagnosis d = Diagnoser.builder().build().diagnose(List.of(conformance().resolve("rfc3665/3.9-unsuccessful-busy.txt")));
        assertThat(d).finding("sip.callee-busy").hasSeverity(Severity.INFO).hasSymptomCode("486");
        org.assertj.core.api.Assertions.assertThat(d.hasFindingsAtLeast(Severity.WARNING)).isFalse();
    }

    @Test
    void realCaptureNamesTheSessionsOfItsAuthFailures() {
        Diagnosis d = Diagnoser.builder().build().diagnose(List.of(SharedDirs.conformanceFile("pcap/sngrep-aaa.pcap")));
        assertThat(d).hasCauseInSession("sip.auth-failed", "85216695-42dcdb1d@192.168.1.2")
                .hasCauseInSession("sip.auth-failed", "24487391-449bf2a0@192.168.1.2")
                .hasCauseInSession("sip.auth-failed", "578222729-4665d775")
                .hasCauseInSession("sip.request-timeout", "105090259-446faf7a")
                .hasCauseInSession("sip.callee-unavailable", "11894297-4432a9f8");
        org.assertj.core.api.Assertions.assertThat(d.sessions()).extracting(SessionSummary::key).anyMatch(k -> k.contains("29858147"));
        org.assertj.core.api.Assertions.assertThat(d.findings()).extracting(Finding::session)
                .noneMatch(k -> k.contains("29858147")); // 401 then 200: a session, but no finding
    }
}
