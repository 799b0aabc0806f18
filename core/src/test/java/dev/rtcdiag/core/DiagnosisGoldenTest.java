package dev.rtcdiag.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Diagnosis-level golden files: each {@code diagnosis/<system>/<case>.expected} names its inputs (in
 * {@code examples/logs/<system>/}) on its first line and lists the findings the diagnosis of those
 * inputs together must give: severity, cause, confidence, session, then each evidence line with its
 * position and note. One parameterised test runs them all; {@code -Dgolden.update=true} rewrites them.
 * Two more tests keep the files honest: every example log is an input of some case, and every cause an
 * example README claims is found by the diagnosis it names.
 */
class DiagnosisGoldenTest {

    static final Path EXAMPLES = Path.of("../examples/logs");
    private static final String INPUTS = "# inputs: ";

    static Path root() throws URISyntaxException {
        return Path.of(DiagnosisGoldenTest.class.getResource("diagnosis/README.md").toURI()).getParent();
    }

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        List<Arguments> all = new ArrayList<>();
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.getFileName().toString().endsWith(".expected")).sorted()
                    .forEach(p -> all.add(Arguments.argumentSet(root.relativize(p).toString(), p)));
        }
        return all.stream();
    }

    static List<Path> inputsOf(Path expected) throws IOException {
        String first = Files.readAllLines(expected, StandardCharsets.UTF_8).get(0);
        assertThat(first).as("%s names its inputs", expected.getFileName()).startsWith(INPUTS);
        Path dir = EXAMPLES.resolve(expected.getParent().getFileName().toString());
        return Stream.of(first.substring(INPUTS.length()).trim().split("\\s+")).map(dir::resolve).toList();
    }

    /** The findings as the golden files write them. */
    static List<String> render(Diagnosis d, Path dir) {
        List<String> out = new ArrayList<>();
        if (d.isPartial()) {
            out.add("partial: " + d.partialReason());
        }
        for (Finding f : d.findings()) {
            out.add(f.severity().id() + " " + f.causeId() + " " + String.format(Locale.ROOT, "%.2f", f.confidence()) + " " + f.session());
            for (Evidence e : f.evidence()) {
                String text = e.text().length() > 160 ? e.text().substring(0, 160) + "…" : e.text();
                out.add("  " + relative(e.position().source(), dir) + ":" + e.position().line() + "  " + text + (e.note().isEmpty() ? "" : "   ← " + e.note()));
            }
            for (String n : f.notes()) {
                out.add("  note: " + n);
            }
        }
        for (var u : d.unlisted().entrySet()) {
            out.add("unlisted " + u.getKey() + " " + u.getValue());
        }
        return out;
    }

    private static String relative(String source, Path dir) {
        String prefix = dir.toString() + "/";
        return source.startsWith(prefix) ? source.substring(prefix.length()) : source;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void diagnosesToTheExpectedFindings(Path expected) throws IOException, URISyntaxException {
        List<Path> inputs = inputsOf(expected);
        Diagnosis d = Diagnoser.builder().build().diagnose(inputs);
        List<String> actual = new ArrayList<>();
        actual.add(Files.readAllLines(expected, StandardCharsets.UTF_8).get(0));
        actual.addAll(render(d, inputs.get(0).getParent()));
        if (Boolean.getBoolean("golden.update")) {
            Path source = Path.of("src/test/resources/dev/rtcdiag/core/diagnosis").resolve(root().relativize(expected));
            Files.write(source, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).containsExactlyElementsOf(Files.readAllLines(expected, StandardCharsets.UTF_8));
    }

    @Test
    void everyExampleLogIsAnInputOfSomeCase() throws IOException, URISyntaxException {
        Set<Path> covered = new TreeSet<>();
        for (Arguments a : cases().toList()) {
            inputsOf((Path) a.get()[0]).forEach(p -> covered.add(p.normalize()));
        }
        Set<Path> logs;
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            logs = files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md")).map(Path::normalize)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(logs).hasSizeGreaterThan(20);
        assertThat(covered).containsAll(logs);
    }

    /** A README row: {@code | `a.log` + `b.log` | what | `cause.id` … |}; text in parentheses is commentary, not a claim. */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*(`[^|]+)\\|[^|]*\\|([^|]*)\\|\\s*$");
    private static final Pattern TICKED = Pattern.compile("`([^`]+)`");

    static Stream<Arguments> readmeClaims() throws IOException {
        List<Arguments> all = new ArrayList<>();
        KnowledgeBase kb = KnowledgeBase.standard();
        try (Stream<Path> readmes = Files.walk(EXAMPLES)) {
            for (Path readme : readmes.filter(p -> p.getFileName().toString().equals("README.md")).sorted().toList()) {
                for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
                    Matcher m = ROW.matcher(line);
                    if (!m.matches()) {
                        continue;
                    }
                    List<Path> inputs = new ArrayList<>();
                    Matcher files = TICKED.matcher(m.group(1));
                    while (files.find()) {
                        inputs.add(readme.getParent().resolve(files.group(1)));
                    }
                    String claim = m.group(2).replaceAll("\\([^)]*\\)", "");
                    List<String> causes = new ArrayList<>();
                    Matcher ids = TICKED.matcher(claim);
                    while (ids.find()) {
                        if (kb.find(ids.group(1)).isPresent()) {
                            causes.add(ids.group(1));
                        }
                    }
                    boolean nothing = claim.strip().equals("nothing");
                    all.add(Arguments.argumentSet(readme.getParent().getFileName() + ": " + m.group(1).strip(), inputs, causes, nothing));
                }
            }
        }
        assertThat(all).hasSizeGreaterThan(20);
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("readmeClaims")
    void theExampleReadmesClaimWhatIsFound(List<Path> inputs, List<String> causes, boolean nothing) {
        assertThat(inputs).allSatisfy(p -> assertThat(p).exists());
        Diagnosis d = Diagnoser.builder().build().diagnose(inputs);
        Set<String> found = d.findings().stream().map(Finding::causeId).collect(Collectors.toSet());
        if (nothing) {
            assertThat(found).as("the README says this log shows nothing").isEmpty();
        } else {
            assertThat(found).containsAll(causes);
            assertThat(causes.isEmpty() ? d.findings() : causes).as("a row claims something").isNotEmpty();
        }
    }
}
