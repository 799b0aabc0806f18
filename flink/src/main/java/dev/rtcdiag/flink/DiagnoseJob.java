package dev.rtcdiag.flink;

import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Redactor;
import dev.rtcdiag.core.Severity;
import dev.rtcdiag.core.report.RedactedDiagnosis;
import dev.rtcdiag.core.report.ReportOptions;
import dev.rtcdiag.core.report.ReportWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar rtcdiag-flink.jar --input DIR --output DIR} (or {@code --kafka HOST:PORT --topic T}): the
 * diagnosis of {@code rtcdiag diagnose}, run as a Flink job (a local mini cluster under {@code java -jar}, the cluster under {@code flink run}).
 * The flags follow the CLI's names. Exit status as the CLI's: 0, 1 for findings at or above
 * {@code --fail-on}, 2 for a usage error or an input that cannot be read.
 */
@Command(name = "rtcdiag-flink", mixinStandardHelpOptions = true,
        description = "Diagnoses log archives on Apache Flink (BATCH mode) with the findings of rtcdiag diagnose.")
public final class DiagnoseJob implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "PATH", description = "A log file, a directory of them, or a URI (hdfs://, s3://, file://); repeatable.")
    List<String> inputs = List.of();

    @Option(names = "--kafka", paramLabel = "HOST:PORT", description = "Read logs from Kafka instead (STREAMING mode): the bootstrap servers.")
    String kafka;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "With --kafka: the topic (record key: the source; value: a block of its log).")
    String topic;

    @Option(names = "--follow", description = "With --kafka: read on without end, writing each finding as a line of JSON under --output as it is made.")
    boolean follow;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Where the report is written (report.<format>).")
    Path output;

    @Option(names = "--output-format", defaultValue = "json", paramLabel = "FORMAT", description = "Any installed report writer (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--lang", defaultValue = "en", description = "en, fa, ru or tr.")
    String lang;

    @Option(names = "--fail-on", defaultValue = "error", description = "error, warning or never.")
    String failOn;

    @Option(names = "--parallelism", description = "Parallel tasks (default: the environment's).")
    Integer parallelism;

    /** Runs the job and exits with its status. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new DiagnoseJob()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        ReportWriter writer = ReportWriter.find(format).orElse(null);
        if (writer == null) {
            System.err.println("rtcdiag-flink: unknown output format '" + format + "'");
            return 2;
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        if (parallelism != null) {
            env.setParallelism(parallelism);
        }
        if ((kafka == null) == inputs.isEmpty() || (kafka != null && topic == null)) {
            System.err.println("rtcdiag-flink: give --input PATH… or --kafka HOST:PORT --topic TOPIC");
            return 2;
        }
        if (follow) {
            if (kafka == null) {
                System.err.println("rtcdiag-flink: --follow reads a Kafka topic: give --kafka and --topic");
                return 2;
            }
            KafkaInput.follow(env, kafka, topic, output, Language.find(lang).orElse(Language.EN));
            env.execute("rtcdiag follow " + topic);
            return 0;
        }
        Diagnosis d;
        try {
            d = kafka != null ? KafkaInput.runBounded(env, kafka, topic) : FlinkDiagnosis.diagnose(env, inputs);
        } catch (IllegalArgumentException e) {
            System.err.println("rtcdiag-flink: " + e.getMessage());
            return 2;
        }
        ReportOptions options = new ReportOptions(Language.find(lang).orElse(Language.EN), Redactor.standard(), "flink");
        Files.createDirectories(output);
        Path report = output.resolve("report." + writer.id());
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            writer.write(RedactedDiagnosis.of(d, options.redactor()), out, options);
        }
        System.out.println(d.findingCount() + " findings in " + d.sessionCount() + " sessions; report written to " + report);
        if (d.inputs().stream().anyMatch(i -> !i.readable())) {
            return 2;
        }
        return switch (failOn) {
            case "never" -> 0;
            case "warning" -> d.hasFindingsAtLeast(Severity.WARNING) ? 1 : 0;
            default -> d.hasFindingsAtLeast(Severity.ERROR) ? 1 : 0;
        };
    }
}
