package dev.rtcdiag.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.core.Diagnoser;
import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Finding;
import dev.rtcdiag.core.Severity;
import edu.hm.hafner.analysis.FileReaderFactory;
import edu.hm.hafner.analysis.FingerprintGenerator;
import edu.hm.hafner.analysis.FullTextFingerprint;
import edu.hm.hafner.analysis.Issue;
import edu.hm.hafner.analysis.Report;
import edu.hm.hafner.analysis.parser.JsonParser;
import edu.hm.hafner.analysis.parser.violations.SarifAdapter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CI formats read by the libraries their consumers use, not by our own reading of them: Warnings
 * NG's {@code analysis-model} (its SARIF adapter over violations-lib, its native JSON parser and its
 * fingerprint generator) and Maven's {@code surefire-report-parser}, which Jenkins-like JUnit readers
 * mirror. Every finding must arrive whole: file, line, severity, category, a short message and a
 * stable fingerprint; every failing session as one failed testcase with consistent counts.
 */
class CiConsumersTest {

    @TempDir Path dir;

    static Stream<Path> examplesWithFindings() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path log : CiReportsTest.examples().toList()) {
            if (!Diagnoser.builder().build().diagnose(List.of(log)).findings().isEmpty()) {
                out.add(log);
            }
        }
        return out.stream();
    }

    private Path write(Diagnosis d, String name, String format) throws IOException {
        Path file = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(CiReportsTest.render(d, format));
        }
        return file;
    }

    private static edu.hm.hafner.analysis.Severity expected(Severity s) {
        return switch (s) {
            case ERROR -> edu.hm.hafner.analysis.Severity.ERROR;
            case WARNING -> edu.hm.hafner.analysis.Severity.WARNING_NORMAL;
            case INFO -> edu.hm.hafner.analysis.Severity.WARNING_LOW;
        };
    }

    @ParameterizedTest
    @MethodSource("examplesWithFindings")
    void warningsNgReadsEverySarifFindingWhole(Path log) throws Exception {
        Diagnosis d = Diagnoser.builder().build().diagnose(List.of(log));
        Report report = new SarifAdapter().parse(new FileReaderFactory(write(d, "r.sarif", "sarif")));
        assertThat(report.size()).as("issues read from the SARIF of %s", log).isEqualTo(d.findings().size());

        Map<String, List<Finding>> byCause = d.findings().stream().collect(Collectors.groupingBy(Finding::causeId));
        for (Issue issue : report) {
            List<Finding> candidates = byCause.get(issue.getType());
            assertThat(candidates).as("a finding for rule %s", issue.getType()).isNotNull();
            Finding f = candidates.stream().filter(c -> c.evidence().get(0).position().line() == issue.getLineStart()).findFirst().orElseThrow();
            assertThat(Path.of(issue.getFileName()).getFileName()).isEqualTo(Path.of(f.evidence().get(0).position().source()).getFileName());
            assertThat(issue.getCategory()).isEqualTo(f.cause().system());
            // violations-lib maps SARIF "error" to its ERROR, which analysis-model reports as WARNING_HIGH
            assertThat(issue.getSeverity()).isEqualTo(f.severity() == Severity.ERROR ? edu.hm.hafner.analysis.Severity.WARNING_HIGH : expected(f.severity()));
            // violations-lib builds the message from the rule (id, short description, help) and our message; each
            // part must arrive once, in its own paragraph, with no evidence text glued to it
            String title = f.cause().title(dev.rtcdiag.catalog.Language.EN);
            String remedy = f.cause().remedy(dev.rtcdiag.catalog.Language.EN);
            List<String> paragraphs = List.of(issue.getMessage().split("\n\n"));
            assertThat(paragraphs).as("message of %s", f.causeId()).containsOnlyOnce(title).contains(f.causeId());
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).endsWith(remedy));
            assertThat(issue.getMessage()).doesNotContain(f.evidence().get(f.evidence().size() - 1).text().strip());
        }

        // Warnings NG fingerprints a SARIF issue from the log lines around it (partialFingerprints are not read)
        new FingerprintGenerator().run(new FullTextFingerprint(), report, StandardCharsets.UTF_8);
        List<String> first = report.stream().map(Issue::getFingerprint).sorted().toList();
        assertThat(first).allSatisfy(fp -> assertThat(fp).isNotEqualTo("-").isNotBlank());
        Report again = new SarifAdapter().parse(new FileReaderFactory(write(Diagnoser.builder().build().diagnose(List.of(log)), "again.sarif", "sarif")));
        new FingerprintGenerator().run(new FullTextFingerprint(), again, StandardCharsets.UTF_8);
        assertThat(again.stream().map(Issue::getFingerprint).sorted().toList()).isEqualTo(first);
    }

    @ParameterizedTest
    @MethodSource("examplesWithFindings")
    void warningsNgReadsTheNativeFormatWithOurFingerprints(Path log) throws Exception {
        Diagnosis d = Diagnoser.builder().build().diagnose(List.of(log));
        Report report = new JsonParser().parse(new FileReaderFactory(write(d, "issues.json", "warnings-ng")));
        assertThat(report.size()).isEqualTo(d.findings().size());
        ReportOptions o = ReportOptions.defaults();
        // the writers fingerprint the redacted view, as they render it
        Map<String, Finding> byFingerprint = RedactedDiagnosis.of(d, o.redactor()).diagnosis().findings().stream()
                .collect(Collectors.toMap(f -> CiReports.fingerprint(f, o), Function.identity()));
        assertThat(byFingerprint).as("fingerprints are distinct within a run").hasSize(d.findings().size());
        for (Issue issue : report) {
            Finding f = byFingerprint.get(issue.getFingerprint());
            assertThat(f).as("finding for fingerprint %s", issue.getFingerprint()).isNotNull();
            assertThat(issue.getType()).isEqualTo(f.causeId());
            assertThat(issue.getCategory()).isEqualTo(f.cause().system());
            assertThat(issue.getSeverity()).isEqualTo(expected(f.severity()));
            assertThat(issue.getLineStart()).isEqualTo(f.evidence().get(0).position().line());
            assertThat(issue.getMessage()).isEqualTo(f.cause().title(dev.rtcdiag.catalog.Language.EN));
            assertThat(issue.getDescription()).contains(f.cause().helpUri());
        }
    }

    @ParameterizedTest
    @MethodSource("examplesWithFindings")
    void surefiresReaderCountsOneFailurePerFailingSession(Path log) throws Exception {
        Diagnosis d = Diagnoser.builder().build().diagnose(List.of(log));
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(write(d, "junit.xml", "junit").toString());
        long failingSessions = d.findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::session).distinct().count();
        List<ReportTestCase> cases = suites.stream().flatMap(s -> s.getTestCases().stream()).toList();
        assertThat(cases).hasSize(d.sessions().size());
        assertThat(cases.stream().filter(ReportTestCase::hasFailure).count()).isEqualTo(failingSessions);
        assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfFailures).sum()).isEqualTo((int) failingSessions);
        assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfTests).sum()).isEqualTo(cases.size());
        Set<String> failingKeys = new HashSet<>();
        d.findings().stream().filter(f -> f.severity() != Severity.INFO).forEach(f -> failingKeys.add(f.session()));
        for (ReportTestCase c : cases) {
            assertThat(c.hasFailure()).as("testcase %s", c.getName()).isEqualTo(failingKeys.contains(c.getName()));
            if (c.hasFailure()) {
                assertThat(c.getFailureMessage()).isNotBlank();
                assertThat(c.getFailureType()).matches("[a-z0-9]+\\.[a-z0-9-]+");
            }
        }
    }

    /** Two sessions failing with the same line text in one file are two issues, not one. */
    @Test
    void sameTextInTwoSessionsGivesTwoFingerprints() throws Exception {
        String log = dev.rtcdiag.core.SipTraceAccess.twoSessionsSameFailure();
        Diagnosis d = Diagnoser.builder().build().diagnose(new java.io.ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), "two.log");
        assertThat(d.findings()).hasSizeGreaterThanOrEqualTo(2);
        ReportOptions o = ReportOptions.defaults();
        assertThat(d.findings().stream().map(f -> CiReports.fingerprint(f, o)).distinct().count()).isEqualTo(d.findings().size());
        Report report = new SarifAdapter().parse(new FileReaderFactory(write(d, "two.sarif", "sarif")));
        assertThat(report.size()).isEqualTo(d.findings().size());
    }
}
