package dev.rtcdiag.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.core.report.RedactedDiagnosis;
import dev.rtcdiag.core.report.ReportOptions;
import dev.rtcdiag.core.report.ReportWriter;
import dev.rtcdiag.parsers.spi.EventTime;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SourcePosition;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The secrets corpus ({@link SecretShapesTest#shapes()}) through every installed writer: each shape is put in every
 * text slot a report can show (session key, evidence text and note, finding note, time-line label and
 * endpoints, input error, partial reason), and no output of any writer contains the secret, in plain,
 * JSON-escaped or HTML/XML-escaped form. Without redaction the same outputs do contain it, which proves
 * the slots are rendered at all.
 */
class SecretsThroughEveryWriterTest {

    /** Every installed writer, as users choose them: a new writer is checked the moment it is registered. */
    static final Map<String, ReportWriter> WRITERS = new LinkedHashMap<>();

    static {
        ReportWriter.installed().forEach(w -> WRITERS.put(w.id(), w));
    }

    @Test
    void theBuiltInWritersAreInstalled() {
        assertThat(WRITERS).containsKeys("text", "json", "html", "sarif", "warnings-ng", "junit");
        assertThat(ReportWriter.find("WARNINGS_NG")).containsSame(WRITERS.get("warnings-ng"));
        assertThat(ReportWriter.find("pdf")).isEmpty();
    }

    static Diagnosis carrying(String line) {
        SourcePosition at = new SourcePosition("bundle/server.log", 7, 120);
        EventTime t = EventTime.absolute(Instant.parse("2024-03-05T10:00:00Z"), "2024-03-05T10:00:00Z");
        Cause cause = KnowledgeBase.standard().get("sip.auth-failed");
        Finding f = new Finding(cause, 0.9, Symptom.pattern("sip", "AUTH"), line, t,
                List.of(new Evidence(at, line, line)), List.of(line));
        SessionSummary s = new SessionSummary(line, "sip", "failed", t, t, 3, false, "bundle/server.log",
                List.of(new TimelineEntry(t, at, "sip-request", line, "10.0.0.1:5060", "10.0.0.2:5060"),
                        new TimelineEntry(t, at, "sip-response", line, line, "10.0.0.1:5060")));
        InputStats ok = new InputStats("bundle/server.log", "raw-sip", 10, 3, 0, 900, "");
        InputStats bad = new InputStats("bundle/other.log", "", 0, 0, 0, 0, "cannot read: " + line);
        return new Diagnosis(List.of(f), List.of(s), List.of(ok, bad), "cancelled after " + line, 1, java.util.Map.of());
    }

    static Stream<String[]> shapes() {
        return SecretShapesTest.shapes().stream();
    }

    static List<String> forms(String secret) {
        String json = secret.replace("\\", "\\\\").replace("\"", "\\\"");
        String html = secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        String xml = html.replace("'", "&apos;");
        String numeric = html.replace("'", "&#39;").replace("\"", "&#34;");
        return List.of(secret, json, html, xml, numeric);
    }

    static String render(String writer, Diagnosis d, ReportOptions o) throws IOException {
        StringWriter out = new StringWriter();
        WRITERS.get(writer).write(RedactedDiagnosis.of(d, o.redactor()), out, o);
        return out.toString();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("shapes")
    void noWriterShowsTheSecret(String line, String secret) throws IOException {
        Diagnosis d = carrying(line);
        StringBuilder unredacted = new StringBuilder();
        for (String writer : WRITERS.keySet()) {
            String out = render(writer, d, ReportOptions.defaults());
            for (String form : forms(secret)) {
                assertThat(out).as("%s output for %s", writer, line).doesNotContain(form);
            }
            unredacted.append(render(writer, d, new ReportOptions(Language.EN, Redactor.none(), "test")));
        }
        assertThat(forms(secret)).as("without redaction the secret is shown").anyMatch(form -> unredacted.toString().contains(form));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("shapes")
    void aJsonLineHoldsNoSecret(String line, String secret) {
        String json = dev.rtcdiag.core.report.JsonReport.line(carrying(line).findings().get(0), ReportOptions.defaults());
        for (String form : forms(secret)) {
            assertThat(json).doesNotContain(form);
        }
        assertThat(json).doesNotContain("\n").startsWith("{\"cause\":\"sip.auth-failed\"");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("shapes")
    void anEventViewHoldsNoSecret(String line, String secret) {
        LogEvent e = LogEvent.builder(new SourcePosition("x.log", 1, 0), "raw-sip").message(line).raw(line)
                .key("call-id", line).attribute("reason", line).payload(new Object()).build();
        LogEvent view = Redactor.standard().redact(e);
        assertThat(view.message()).doesNotContain(secret);
        assertThat(view.raw()).doesNotContain(secret);
        assertThat(view.keys().values()).noneMatch(v -> v.contains(secret));
        assertThat(view.attributes().values()).noneMatch(v -> v.contains(secret));
        assertThat(view.payload(Object.class)).as("the parsed payload keeps the raw message: dropped").isEmpty();
        assertThat(Redactor.none().redact(e)).isSameAs(e);
    }

    @Test
    void labelsAreShortenedAfterRedactingNeverBefore() {
        String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjdXQtaGVyZSJ9.c2lnbmF0dXJlLXZhbHVl";
        String label = "INVITE sip:conf@example.com;x=" + "a".repeat(RedactedDiagnosis.MAX_LABEL_CHARS - 40) + " " + jwt + " SIP/2.0";
        assertThat(label.indexOf(jwt)).as("the token straddles the display cut").isLessThan(RedactedDiagnosis.MAX_LABEL_CHARS)
                .isGreaterThan(RedactedDiagnosis.MAX_LABEL_CHARS - jwt.length());
        RedactedDiagnosis view = RedactedDiagnosis.of(carrying(label), Redactor.standard());
        String shown = view.diagnosis().sessions().get(0).timeline().get(0).label();
        assertThat(shown).doesNotContain("eyJhbGci").contains(Redactor.MASK.substring(0, 5));
        assertThat(shown.length()).isLessThanOrEqualTo(RedactedDiagnosis.MAX_LABEL_CHARS + 1);
    }

    @Test
    void theEngineKeepsLongLabelsWholeTokensOnly() {
        String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln";
        String label = "x".repeat(4090) + " " + jwt;
        assertThat(Engine.keptLabel(label)).doesNotContain("eyJ").endsWith(" …");
        assertThat(Engine.keptLabel("short " + jwt)).isEqualTo("short " + jwt);
    }

    /** One place redacts: no writer calls the redactor itself, so none can forget a call either. */
    @Test
    void writersNeverCallTheRedactor() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/rtcdiag/core/report"))) {
            List<Path> writers = files.filter(p -> p.toString().endsWith(".java") && !p.getFileName().toString().equals("RedactedDiagnosis.java")).toList();
            assertThat(writers).hasSizeGreaterThan(4);
            for (Path p : writers) {
                String src = Files.readString(p);
                assertThat(src.replace("RedactedDiagnosis.of(d, o.redactor())", "")).as(p.toString()).doesNotContain(".redact(").doesNotContain("redactor()");
            }
        }
    }
}
