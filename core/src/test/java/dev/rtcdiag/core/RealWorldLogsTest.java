package dev.rtcdiag.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real third-party log of {@code ../shared/realworld} (public issue threads, published captures),
 * read in place, against what its thread concluded ({@code INDEX.tsv}):
 * <ul>
 *   <li>a cause id row: every named cause is found, with its evidence in that file;</li>
 *   <li>{@code healthy}: no warning or error;</li>
 *   <li>{@code unknown}: the run completes, and nothing the thread's note rules out is claimed
 *       ({@code realworld/ruled-out.tsv}, one line per row, read from the notes).</li>
 * </ul>
 * The file is read as it was pasted: no format is forced, detection and the envelope layer decide.
 */
class RealWorldLogsTest {

    static Path realworld() {
        return SharedDirs.find("realworld");
    }

    static Stream<Arguments> rows() throws IOException {
        Map<String, String> ruledOut = resource("ruled-out.tsv");
        Map<String, String> reading = resource("reading.tsv");
        List<Arguments> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(realworld().resolve("INDEX.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.add(Arguments.of(f[0], f[3], ruledOut.getOrDefault(f[0], ""), reading.getOrDefault(f[0], "?")));
        }
        return out.stream();
    }

    /** A test resource of {@code file<TAB>rest} lines: file to the rest of its line. */
    private static Map<String, String> resource(String name) throws IOException {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = RealWorldLogsTest.class.getResourceAsStream("/realworld/" + name)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int tab = line.indexOf('\t');
                    m.put(line.substring(0, tab), line.substring(tab + 1).strip());
                }
            }
        }
        return m;
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("rows")
    void diagnosesWhatTheThreadConcluded(String file, String expected, String ruledOut, String reading) {
        Path path = realworld().resolve(file);
        Diagnosis d = Diagnoser.builder().build().diagnose(List.of(path));
        assertThat(d.inputs()).allSatisfy(i -> assertThat(i.readable()).as(i.error()).isTrue());
        InputStats in = d.inputs().get(0);
        assertThat((in.format() + "\t" + String.join(",", in.envelopes())).strip()).as("format and envelopes (reading.tsv)").isEqualTo(reading);
        Set<String> found = d.findings().stream().map(Finding::causeId).collect(Collectors.toSet());
        String report = d.findings().stream().map(x -> x.severity().id() + " " + x.causeId() + " " + x.evidence())
                .collect(Collectors.joining("\n"));
        switch (expected) {
            case "healthy" -> assertThat(d.hasFindingsAtLeast(Severity.WARNING)).as("healthy, but:\n" + report).isFalse();
            case "unknown" -> {
            }
            default -> {
                for (String cause : expected.split(",")) {
                    assertThat(found).as("expected %s in %s; found:%n%s", cause, file, report).contains(cause.strip());
                    Finding f = d.findings().stream().filter(x -> x.causeId().equals(cause.strip())).findFirst().orElseThrow();
                    assertThat(f.evidence()).isNotEmpty()
                            .allSatisfy(e -> assertThat(e.position().source()).endsWith(path.getFileName().toString()));
                }
            }
        }
        for (String rule : ruledOut.isEmpty() ? new String[0] : ruledOut.split(",")) {
            switch (rule.strip()) {
                case "any" -> assertThat(d.findings()).as("the note rules out any finding:\n" + report).isEmpty();
                case "warning+" -> assertThat(d.hasFindingsAtLeast(Severity.WARNING)).as("the note rules out a failure:\n" + report).isFalse();
                default -> assertThat(found).as("the note rules out %s:%n%s", rule, report).doesNotContain(rule.strip());
            }
        }
    }
}
