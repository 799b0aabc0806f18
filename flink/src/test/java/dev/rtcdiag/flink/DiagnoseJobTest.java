package dev.rtcdiag.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rtcdiag.core.Diagnoser;
import dev.rtcdiag.core.report.JsonReport;
import dev.rtcdiag.core.report.ReportOptions;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The job's command line: the flags of the CLI, a report any writer can make, the CLI's exit status and findings. */
class DiagnoseJobTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static List<String> causes(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("findings").forEach(f -> out.add(f.get("cause").asText() + " " + f.get("session").asText() + " " + f.get("evidence")));
        return out;
    }

    @Test
    void theJobWritesTheReportTheCliWouldWithItsExitStatus(@TempDir Path out) throws Exception {
        int status = new CommandLine(new DiagnoseJob()).execute("--input", "../examples/logs/sip", "--output", out.toString(),
                "--output-format", "json", "--parallelism", "2");
        assertThat(status).as("an error finding (sip.auth-failed) and --fail-on error").isEqualTo(1);
        StringWriter single = new StringWriter();
        JsonReport.write(Diagnoser.builder().build().diagnose(List.of(Path.of("../examples/logs/sip"))), single, ReportOptions.defaults());
        ObjectMapper json = new ObjectMapper();
        assertThat(causes(json.readTree(out.resolve("report.json").toFile()))).containsExactlyElementsOf(causes(json.readTree(single.toString())))
                .isNotEmpty();
    }

    @Test
    void anUnknownFormatOrInputIsAUsageError(@TempDir Path out) {
        assertThat(new CommandLine(new DiagnoseJob()).execute("--input", "../examples/logs/sip", "--output", out.toString(), "--output-format", "pdf"))
                .isEqualTo(2);
        assertThat(new CommandLine(new DiagnoseJob()).execute("--input", "no/such/dir", "--output", out.toString())).isEqualTo(2);
    }

    /** A URI goes through Flink's file systems (here file://; HDFS and S3 where the cluster has their plugins). */
    @Test
    void aUriIsReadThroughFlinksFileSystems(@TempDir Path out) throws Exception {
        String uri = Path.of("../examples/logs/sip").toAbsolutePath().normalize().toUri().toString();
        assertThat(uri).startsWith("file:/");
        int status = new CommandLine(new DiagnoseJob()).execute("--input", uri, "--output", out.toString(), "--parallelism", "2");
        assertThat(status).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        List<String> found = new ArrayList<>();
        report.get("findings").forEach(f -> found.add(f.get("cause").asText()));
        assertThat(found).contains("sip.auth-failed", "sip.callee-busy", "sip.forbidden");
        assertThat(report.get("findings").get(0).get("evidence").get(0).get("path").asText()).startsWith("file:/");
    }
}
