package dev.rtcdiag.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.core.Diagnoser;
import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Evidence;
import dev.rtcdiag.core.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Flink job and {@code Diagnoser} find the same: for every example case (the inputs of each
 * diagnosis golden file, diagnosed together), the same findings with the same evidence, notes,
 * confidence and severity. One mini cluster of two slots serves the class.
 */
class EquivalenceTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    static Stream<Arguments> examples() throws IOException {
        Path golden = Path.of("../core/src/test/resources/dev/rtcdiag/core/diagnosis");
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(golden)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".expected")).sorted().toList()) {
                String first = Files.readAllLines(p, StandardCharsets.UTF_8).get(0);
                Path dir = Path.of("../examples/logs").resolve(p.getParent().getFileName().toString());
                List<Path> inputs = Stream.of(first.substring("# inputs: ".length()).trim().split("\\s+")).map(dir::resolve).toList();
                out.add(Arguments.argumentSet(golden.relativize(p).toString(), inputs));
            }
        }
        assertThat(out).hasSizeGreaterThan(20);
        return out.stream();
    }

    static List<String> render(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(f.severity() + " " + f.causeId() + " " + String.format(Locale.ROOT, "%.2f", f.confidence()) + " " + f.session() + " " + f.first());
            for (Evidence e : f.evidence()) {
                out.add("  " + e.position() + " " + e.text() + " <- " + e.note());
            }
            f.notes().forEach(n -> out.add("  note " + n));
        }
        return out;
    }

    static List<String> sessions(Diagnosis d) {
        return d.sessions().stream().map(s -> s.key() + " " + s.system() + " " + s.outcome() + " " + s.events() + " " + s.closedEarly() + " " + s.start()
                + " " + s.end() + " " + s.source()).sorted().toList();
    }

    static List<String> inputs(Diagnosis d) {
        return d.inputs().stream().map(i -> i.path() + " " + i.format() + " " + i.lines() + " " + i.events() + " " + i.malformed() + " " + i.bytes()
                + " " + i.error()).sorted().toList();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void flinkFindsWhatDiagnoserFinds(List<Path> inputs) throws Exception {
        Diagnosis single = Diagnoser.builder().build().diagnose(inputs);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        Diagnosis flink = FlinkDiagnosis.diagnose(env, inputs.stream().map(Path::toString).toList());
        assertThat(render(flink.findings())).containsExactlyElementsOf(render(single.findings()));
        assertThat(sessions(flink)).as("sessions, in any order").containsExactlyElementsOf(sessions(single));
        assertThat(inputs(flink)).containsExactlyElementsOf(inputs(single));
        assertThat(flink.partialReason()).isEqualTo(single.partialReason());
    }

    /**
     * The bench corpus generator's output (SIPp traces, a pcap, BBB client logs, WCS and Bitrix
     * statistics, with injected failures), 4 MiB of it: the same findings, in the same order.
     */
    @org.junit.jupiter.api.Test
    void theGeneratedCorpusGivesTheSameFindings(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Process gen = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "../bench/src/main/java/dev/rtcdiag/bench/CorpusGenerator.java", dir.toString(), "4").redirectErrorStream(true)
                .redirectOutput(dir.resolve("generator.txt").toFile()).start();
        assertThat(gen.waitFor()).isZero();
        List<Path> inputs;
        try (Stream<Path> files = Files.list(dir)) {
            inputs = files.filter(p -> !p.getFileName().toString().equals("generator.txt")).sorted().toList();
        }
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(5);
        Diagnosis single = Diagnoser.builder().build().diagnose(inputs);
        assertThat(single.findings()).hasSizeGreaterThan(100);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        Diagnosis flink = FlinkDiagnosis.diagnose(env, inputs.stream().map(Path::toString).toList());
        assertThat(render(flink.findings())).containsExactlyElementsOf(render(single.findings()));
        assertThat(flink.sessionCount()).isEqualTo(single.sessionCount());
        assertThat(sessions(flink)).containsExactlyElementsOf(sessions(single));
        assertThat(inputs(flink)).containsExactlyElementsOf(inputs(single));
    }

    /** A group's state is bounded in bytes: past the bound its events are counted, not kept, and the result says so. */
    @org.junit.jupiter.api.Test
    void aGroupPastItsBytesIsCutAndSaysSo() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        Diagnosis d = FlinkDiagnosis.diagnose(env, List.of("../examples/logs/sip/sipp-busy.log"), 2_000);
        assertThat(d.partialReason()).startsWith("groups cut short: call-id=1-4711@192.0.2.20: ").contains("bytes a group may hold");
        Diagnosis whole = FlinkDiagnosis.diagnose(env, List.of("../examples/logs/sip/sipp-busy.log"));
        assertThat(whole.isPartial()).isFalse();
    }
}
