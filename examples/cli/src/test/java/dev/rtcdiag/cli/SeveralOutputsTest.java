package dev.rtcdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o FORMAT=FILE}, repeated: one pass writes every report a CI job publishes. */
class SeveralOutputsTest {

    private static final String LOG = "../logs/sip/asterisk-wrong-password.log";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void onePassWritesSarifJunitHtmlAndJsonToStandardOutput(@TempDir Path dir) throws Exception {
        Path sarif = dir.resolve("rtcdiag.sarif");
        Path junit = dir.resolve("rtcdiag-junit.xml");
        Path html = dir.resolve("report.html");
        Path issues = dir.resolve("issues.json");
        CliRunner r = CliRunner.run("diagnose", "-o", "sarif=" + sarif, "-o", "junit=" + junit, "-o", "html=" + html,
                "-o", "warnings-ng=" + issues, "-o", "json=-", LOG);
        assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(JSON.readTree(Files.readString(sarif)).at("/runs/0/results/0/ruleId").asText()).isEqualTo("sip.auth-failed");
        assertThat(Files.readString(junit)).startsWith("<?xml").contains("<failure type=\"sip.auth-failed\"");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("sip.auth-failed");
        assertThat(JSON.readTree(Files.readString(issues)).at("/issues/0/type").asText()).isEqualTo("sip.auth-failed");
        JsonNode stdout = JSON.readTree(r.out());
        assertThat(stdout.get("schema").asInt()).isEqualTo(1);
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers.filter(p -> p.getFileName().toString().endsWith(".part"))).as("no temporary files left").isEmpty();
        }
    }

    @Test
    void aPlainFileTakesItsFormatFromItsExtensionOrFromOutputFormat(@TempDir Path dir) throws Exception {
        Path sarif = dir.resolve("x.sarif");
        Path text = dir.resolve("notes=today.txt"); // '=' in a file name whose prefix is no format
        assertThat(CliRunner.run("diagnose", "-o", sarif.toString(), "-o", text.toString(), LOG).status()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"");
        assertThat(Files.readString(text)).contains("ERROR sip.auth-failed");
        Path forced = dir.resolve("forced.txt");
        assertThat(CliRunner.run("diagnose", "--output-format", "json", "-o", forced.toString(), LOG).status()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(JSON.readTree(Files.readString(forced)).get("schema").asInt()).isEqualTo(1);
    }

    @Test
    void twoReportsToOnePlaceAreAUsageError(@TempDir Path dir) {
        Path same = dir.resolve("r.json");
        CliRunner r = CliRunner.run("diagnose", "-o", "json=" + same, "-o", "warnings-ng=" + same, LOG);
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("already the target of another report");
        CliRunner stdout = CliRunner.run("diagnose", "-o", "json=-", "-o", "text=-", LOG);
        assertThat(stdout.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(stdout.err()).contains("standard output");
    }

    @Test
    void aReportThatCannotBeWrittenIsNamedAndTheOthersAreStillWritten(@TempDir Path dir) throws Exception {
        Path occupied = Files.createDirectories(dir.resolve("taken.sarif"));
        Files.writeString(occupied.resolve("inside"), "x");
        Path junit = dir.resolve("ok.xml");
        CliRunner r = CliRunner.run("diagnose", "-o", "sarif=" + occupied, "-o", "junit=" + junit, LOG);
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("cannot write the sarif report to " + occupied + ": ");
        assertThat(Files.readString(junit)).contains("<testsuites");
    }
}
