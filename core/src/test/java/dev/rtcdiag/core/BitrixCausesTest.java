package dev.rtcdiag.core;

import static dev.rtcdiag.core.assertj.RtcdiagAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every {@code bitrix.*} cause with a log signature (spec/causes.md) from VoxEngine session logs,
 * statistics exports and desktop logs (the example logs, reconstructed after
 * research/bitrix-voximplant.md), each with a near miss.
 */
class BitrixCausesTest {

    static final Path EXAMPLES = Path.of("../examples/logs/bitrix");

    static Diagnosis diagnose(String text, String name) {
        return Diagnoser.builder().build().diagnose(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    }

    static String example(String name) throws IOException {
        return Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void referWithoutTransferCompleteIsATransferNotCompleted() throws IOException {
        String log = example("session-transfer-not-completed.log");
        assertThat(diagnose(log, "session.log")).hasOnlyCauses("bitrix.transfer-not-completed")
                .finding("bitrix.transfer-not-completed").hasEvidenceContaining("REFER sip:74959876543");
        // near miss: the transfer completed
        String completed = log.replace("2026-05-13 06:07:02.118 Sent event",
                "2026-05-13 06:06:34.902 TransferComplete FROM_CALL_ID=5FA0EDE8C24FAAE7.1778652312.21372297 TO_CALL_ID=transfer.6641f0a2c3b9e\n"
                        + "2026-05-13 06:07:02.118 Sent event");
        assertThat(diagnose(completed, "session.log")).hasNoFindings();
    }

    @Test
    void healthyInboundCallAndADigestChallengeInATraceAreNotFailures() throws IOException {
        assertThat(diagnose(example("session-healthy-inbound.log"), "session.log")).hasNoFindings();
        String outbound = Files.readString(Path.of("../parsers/src/test/resources/dev/rtcdiag/parsers/golden/voximplant.session-log/voximplant-trace.log"),
                StandardCharsets.UTF_8);
        assertThat(diagnose(outbound, "outbound.log")).hasNoFindings();
    }

    @Test
    void statisticsExportGivesOneFindingPerFailedCall() {
        Diagnosis d = Diagnoser.builder().build().diagnose(List.of(EXAMPLES.resolve("statistics.json")));
        assertThat(d).hasOnlyCauses("bitrix.self-cancelled", "bitrix.callee-busy", "bitrix.wrong-number", "bitrix.route-unavailable",
                "bitrix.free-plan-limit").hasCauseInSession("bitrix.callee-busy", "session=3841550003");
        org.assertj.core.api.Assertions.assertThat(d.findings()).hasSize(5);
        assertThat(d).finding("bitrix.self-cancelled").hasSeverity(Severity.INFO);
        Diagnosis csv = Diagnoser.builder().build().diagnose(List.of(EXAMPLES.resolve("statistics.csv")));
        assertThat(csv).hasOnlyCauses("bitrix.no-answer", "bitrix.insufficient-balance", "bitrix.blacklisted");
    }

    @Test
    void paymentCodesAreToldApart() throws IOException {
        assertThat(diagnose(example("phone.anna.petrova@acme.example.com.log"), "phone.log")).hasOnlyCauses("bitrix.sip-connector-unpaid");
        assertThat(diagnose("Outgoing call | +74951230009\nCall failed | 402 | Payment Required\n", "phone.log")).hasOnlyCauses("bitrix.insufficient-balance");
        assertThat(diagnose("Outgoing call | +74951230009\nCall failed | 380 | SIP license\n", "phone.log")).hasOnlyCauses("bitrix.sip-connector-unpaid");
    }

    @Test
    void callFailedEventsInTheSessionLog() throws IOException {
        String failed = example("session-healthy-inbound.log").replace(
                "2026-05-13 06:05:12.610 Sent event to JS onPhoneEvent with params [{name = Call.FirstAudioPacketReceived",
                "2026-05-13 06:05:12.600 Sent event to JS onPhoneEvent with params [{name = Call.Failed ; id = X.1 ; code = 486 ; reason = Busy Here ; headers = {} ; } ;  ]\n"
                        + "2026-05-13 06:05:12.610 Sent event to JS onPhoneEvent with params [{name = Call.FirstAudioPacketReceived");
        assertThat(diagnose(failed, "session.log")).hasCause("bitrix.callee-busy");
    }

    @Test
    void connectedWithoutAnyAudioIsNoMedia() throws IOException {
        String noAudio = example("session-healthy-inbound.log").lines()
                .filter(l -> !l.contains("Call.FirstAudioPacketReceived")).reduce("", (a, b) -> a + b + "\n");
        assertThat(diagnose(noAudio, "session.log")).hasOnlyCauses("bitrix.no-media");
    }

    @Test
    void audioLostWhileVideoContinuesSuspectsTheHeadset() throws IOException {
        assertThat(diagnose(example("17.video.log"), "17.video.log")).hasOnlyCauses("bitrix.audio-device-suspected");
        // near miss: the whole call dropped (no video after the audio)
        String dropped = example("17.video.log").lines().filter(l -> !l.contains("fps")).reduce("", (a, b) -> a + b + "\n");
        assertThat(diagnose(dropped, "17.video.log")).hasNoFindings();
    }

    @Test
    void portalErrors() {
        assertThat(diagnose("2026-05-13 06:05:12.150 Sent event to JS onPhoneEvent with params [{name = Application.Started ; sessionId = 1 ; } ;  ]\n"
                + "2026-05-13 06:05:13.002 Portal answered: Request is not authorized\n", "session.log")).hasOnlyCauses("bitrix.portal-unreachable");
    }
}
