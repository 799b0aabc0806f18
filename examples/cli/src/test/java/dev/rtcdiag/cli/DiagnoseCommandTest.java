package dev.rtcdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnoseCommandTest {

    @TempDir
    Path dir;

    /** The example logs shipped in examples/logs (the README's main command uses them). */
    static String example(String name) {
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4; i++, p = p.getParent()) {
            Path candidate = p.resolve("examples/logs").resolve(name);
            if (Files.exists(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("example log not found: " + name);
    }

    @Test
    void parsingThreadsLeaveAProcessorToTheCorrelatingThread() {
        assertThat(DiagnoseCommand.defaultThreads(1)).isEqualTo(1);
        assertThat(DiagnoseCommand.defaultThreads(2)).isEqualTo(1);
        assertThat(DiagnoseCommand.defaultThreads(4)).isEqualTo(3);
        assertThat(DiagnoseCommand.defaultThreads(64)).isEqualTo(8);
    }

    @Test
    void wrongPasswordIsAnErrorWithEvidenceAndExitOne() {
        CliRunner r = CliRunner.run("diagnose", example("sip/asterisk-wrong-password.log"));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("ERROR sip.auth-failed").contains("asterisk-wrong-password.log:15: SIP/2.0 401 Unauthorized")
                .contains("asterisk-wrong-password.log:26").doesNotContain("9d2c4e6f8a0b1c3d5e7f9a1b3c5d7e9f");
    }

    @Test
    void busyFlowOfRfc3665IsInfoAndExitZero() {
        CliRunner r = CliRunner.run("diagnose", ConformanceDir.require().resolve("rfc3665/3.9-unsuccessful-busy.txt").toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("INFO sip.callee-busy");
    }

    @Test
    void failOnDecidesTheExitStatus() {
        String busy = example("sip/sipp-busy.log");
        String wrong = example("sip/asterisk-wrong-password.log");
        assertThat(CliRunner.run("diagnose", "--fail-on", "never", wrong).status()).isZero();
        assertThat(CliRunner.run("diagnose", "--fail-on", "warning", busy).status()).isZero();
        assertThat(CliRunner.run("diagnose", "--fail-on", "warning", wrong).status()).isEqualTo(1);
    }

    @Test
    void jsonOutputFollowsTheContractAndGoesToAFileWithO() throws Exception {
        Path out = dir.resolve("report.json");
        CliRunner r = CliRunner.run("diagnose", "--output-format", "json", "-o", out.toString(), example("sip/asterisk-wrong-password.log"));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertThat(root.get("schema").asInt()).isEqualTo(1);
        assertThat(root.get("findings").get(0).get("cause").asText()).isEqualTo("sip.auth-failed");
        assertThat(root.get("findings").get(0).get("evidence").get(0).get("line").asInt()).isEqualTo(15);
        assertThat(root.get("inputs").get(0).get("format").asText()).isEqualTo("sip.asterisk");
    }

    @Test
    void persianReport() {
        CliRunner r = CliRunner.run("diagnose", "--lang", "fa", example("sip/sipp-busy.log"));
        assertThat(r.out()).contains("مقصد مشغول است").contains("شواهد");
    }

    @Test
    void secretsAreShownOnlyWithNoRedact() {
        String wrong = example("sip/asterisk-wrong-password.log");
        assertThat(CliRunner.run("diagnose", "--output-format", "json", wrong).out()).doesNotContain("9d2c4e6f8a0b1c3d5e7f9a1b3c5d7e9f");
        assertThat(CliRunner.run("events", wrong).out()).doesNotContain("9d2c4e6f8a0b1c3d5e7f9a1b3c5d7e9f").doesNotContain("7c3e1d0b9a8f");
    }

    @Test
    void unreadableInputIsExitTwoButTheOthersAreStillReported() {
        CliRunner r = CliRunner.run("diagnose", dir.resolve("nope.log").toString(), example("sip/sipp-busy.log"));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("nope.log");
        assertThat(r.out()).contains("sip.callee-busy");
    }

    @Test
    void unknownOutputFormatIsAUsageError() {
        assertThat(CliRunner.run("diagnose", "--output-format", "pdf", example("sip/sipp-busy.log")).status()).isEqualTo(2);
    }

    @Test
    void causesListsSearchesAndExplainsTheKnowledgeBase() throws Exception {
        CliRunner all = CliRunner.run("causes", "--system", "sip");
        assertThat(all.status()).isZero();
        assertThat(all.out()).contains("sip.auth-failed").contains("sip.callee-busy").doesNotContain("webrtc.");
        CliRunner search = CliRunner.run("causes", "--search", "مشغول", "--format", "json");
        JsonNode hits = new ObjectMapper().readTree(search.out());
        assertThat(hits.findValuesAsText("id")).contains("sip.callee-busy");
        CliRunner explain = CliRunner.run("explain", "cause", "sip.auth-failed", "--lang", "fa");
        assertThat(explain.status()).isZero();
        assertThat(explain.out()).contains("احراز هویت ناموفق");
        assertThat(CliRunner.run("explain", "cause", "sip.nope").status()).isEqualTo(2);
    }

    @Test
    void bigBlueButtonClientAndFreeSwitchLogsNameTheCausePerUserInPersian() {
        CliRunner r = CliRunner.run("diagnose", "--lang", "fa", example("bbb/html5-client.log"), example("bbb/freeswitch.log"));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("bbb.ice-candidates-missing").contains("user=w_oqxj3hbqzvmd")
                .contains("bbb.firefox-ice-lite").contains("user=w_x1y2z3a4b5c6")
                .contains("FreeSWITCH تماس را رد کرد")
                .contains("freeswitch.log:10").contains("html5-client.log:4");
    }

    @Test
    void bigBlueButtonTokensAreRedacted() {
        String out = CliRunner.run("diagnose", "--output-format", "json", example("bbb/websocket/html5-client.log"), example("bbb/websocket/nginx-error.log")).out();
        assertThat(out).contains("bbb.sip-proxy-misconfigured").doesNotContain("k7qzy2bbjdmxhtwl");
        assertThat(CliRunner.run("events", example("bbb/html5-client.log")).out()).doesNotContain("k7qzy2bbjdmxhtwl");
    }

    @Test
    void webexProvisioningConflictAndDeviceProfileInTurkish() {
        CliRunner ps = CliRunner.run("diagnose", "--lang", "tr", example("broadworks/pslog-provisioning.log"));
        assertThat(ps.status()).isEqualTo(1);
        assertThat(ps.out()).contains("webex.provisioning-user-exists").contains("pslog-provisioning.log:9")
                .contains("Sağlama çakışması (409)").doesNotContain("ayse.yilmaz@").doesNotContain("cHJvdmFkbWluOlMzY3JldFBhc3M=");
        CliRunner bwc = CliRunner.run("diagnose", example("webex/bwc-no-device-profile.log"));
        assertThat(bwc.out()).contains("webex.no-device-profile").contains("bwc-no-device-profile.log:4");
    }

    @Test
    void bitrixTransferAndStatisticsInRussian() {
        CliRunner t = CliRunner.run("diagnose", "--lang", "ru", example("bitrix/session-transfer-not-completed.log"));
        assertThat(t.status()).isEqualTo(1);
        assertThat(t.out()).contains("bitrix.transfer-not-completed").contains("Перевод звонка начат, но не завершён");
        CliRunner s = CliRunner.run("diagnose", "--output-format", "json", example("bitrix/statistics.json"));
        assertThat(s.out()).contains("bitrix.callee-busy").contains("bitrix.free-plan-limit").contains("bitrix.self-cancelled");
    }

    @Test
    void ciFormatsGoToFilesJenkinsReads() throws Exception {
        Path sarif = dir.resolve("r.sarif");
        Path ng = dir.resolve("issues.json");
        Path junit = dir.resolve("junit.xml");
        String log = example("sip/asterisk-wrong-password.log");
        assertThat(CliRunner.run("diagnose", "--output-format", "sarif", "-o", sarif.toString(), log).status()).isEqualTo(1);
        assertThat(CliRunner.run("diagnose", "--output-format", "warnings-ng", "-o", ng.toString(), log).status()).isEqualTo(1);
        assertThat(CliRunner.run("diagnose", "--output-format", "junit", "-o", junit.toString(), log).status()).isEqualTo(1);
        assertThat(java.nio.file.Files.readString(sarif)).contains("\"ruleId\" : \"sip.auth-failed\"");
        assertThat(java.nio.file.Files.readString(ng)).contains("\"type\" : \"sip.auth-failed\"").contains("\"severity\" : \"ERROR\"");
        assertThat(java.nio.file.Files.readString(junit)).contains("<failure type=\"sip.auth-failed\"");
    }

    @Test
    void helpSuggestionsAndCompletionComeFromPicocli() {
        CliRunner help = CliRunner.run("help", "diagnose");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: rtcdiag diagnose").contains("--output-format");
        CliRunner typo = CliRunner.run("diagnos", "x.log");
        assertThat(typo.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.err()).contains("Did you mean").contains("diagnose");
        CliRunner completion = CliRunner.run("generate-completion");
        assertThat(completion.status()).isZero();
        assertThat(completion.out()).contains("complete -F").contains("diagnose");
    }
}
