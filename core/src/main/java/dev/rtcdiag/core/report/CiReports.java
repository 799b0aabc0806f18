package dev.rtcdiag.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Evidence;
import dev.rtcdiag.core.Finding;
import dev.rtcdiag.core.InputStats;
import dev.rtcdiag.core.SessionSummary;
import dev.rtcdiag.core.Severity;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CI formats of docs/cli.md: SARIF 2.1.0 ({@link #sarif}), Warnings Next Generation native JSON
 * ({@link #warningsNg}) and JUnit XML ({@link #junit}). Writers render a {@link RedactedDiagnosis}, so every text is already redacted; the
 * fingerprint of a finding is stable across builds (cause, file name, redacted first evidence text;
 * not the line number, which moves when a log grows), so Jenkins can tell new issues from fixed ones.
 */
public final class CiReports {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String INFO_URI = "https://github.com/rtcdiag/rtcdiag";

    private CiReports() {
    }

    /** SARIF 2.1.0: one rule per cause found, one result per finding, evidence as locations. */
    public static void sarif(Diagnosis d, Writer out, ReportOptions o) throws IOException {
        sarif(RedactedDiagnosis.of(d, o.redactor()), out, o);
    }

    /** Writes an already redacted diagnosis (the CLI redacts once for every output it writes); does not close {@code out}. */
    public static void sarif(RedactedDiagnosis view, Writer out, ReportOptions o) throws IOException {
        Diagnosis d = view.diagnosis();
        Map<String, Finding> rules = new LinkedHashMap<>();
        d.findings().forEach(f -> rules.putIfAbsent(f.causeId(), f));
        List<String> ruleIds = new ArrayList<>(rules.keySet());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "rtcdiag");
            g.writeStringField("version", o.toolVersion());
            g.writeStringField("informationUri", INFO_URI);
            g.writeArrayFieldStart("rules");
            for (Finding f : rules.values()) {
                g.writeStartObject();
                g.writeStringField("id", f.causeId());
                text(g, "shortDescription", f.cause().title(o.language()));
                text(g, "fullDescription", f.cause().explanation(o.language()));
                // help is the remedy alone: consumers show it under the title (violations-lib: "For additional help see: …")
                text(g, "help", f.cause().remedy(o.language()));
                if (!f.cause().helpUri().isEmpty()) {
                    g.writeStringField("helpUri", f.cause().helpUri());
                }
                g.writeObjectFieldStart("defaultConfiguration");
                g.writeStringField("level", level(f.severity()));
                g.writeEndObject();
                // "category" is where SARIF consumers (Warnings NG through violations-lib) take a rule's category from
                g.writeObjectFieldStart("properties");
                g.writeStringField("category", f.cause().system());
                g.writeArrayFieldStart("tags");
                g.writeString(f.cause().system());
                g.writeEndArray();
                g.writeStringField("source", f.cause().source());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (Finding f : d.findings()) {
                g.writeStartObject();
                g.writeStringField("ruleId", f.causeId());
                g.writeNumberField("ruleIndex", ruleIds.indexOf(f.causeId()));
                g.writeStringField("level", level(f.severity()));
                // SARIF §3.11.7: a message's first sentence says what was found; details belong to the rule's
                // descriptions and help, which consumers show beside it, and to the properties
                text(g, "message", message(f, o));
                g.writeArrayFieldStart("locations");
                if (!f.evidence().isEmpty()) {
                    location(g, f.evidence().get(0), o);
                }
                g.writeEndArray();
                if (f.evidence().size() > 1) {
                    g.writeArrayFieldStart("relatedLocations");
                    for (int i = 1; i < f.evidence().size(); i++) {
                        location(g, f.evidence().get(i), o);
                    }
                    g.writeEndArray();
                }
                String fingerprint = fingerprint(f, o);
                // the same finding in the next build has the same correlationGuid; consumers that do not read
                // partialFingerprints (violations-lib) keep findings apart by it
                g.writeStringField("correlationGuid", java.util.UUID.nameUUIDFromBytes(fingerprint.getBytes(StandardCharsets.UTF_8)).toString());
                g.writeObjectFieldStart("partialFingerprints");
                g.writeStringField("rtcdiagFingerprint/v2", fingerprint);
                g.writeEndObject();
                g.writeObjectFieldStart("properties");
                g.writeNumberField("confidence", f.confidence());
                g.writeStringField("session", f.session());
                g.writeStringField("category", f.cause().system());
                g.writeStringField("remedy", f.cause().remedy(o.language()));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("invocations");
            g.writeStartObject();
            g.writeBooleanField("executionSuccessful", d.inputs().stream().allMatch(InputStats::readable));
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** Warnings NG native JSON ({@code recordIssues(tool: issues(pattern: …))}). */
    public static void warningsNg(Diagnosis d, Writer out, ReportOptions o) throws IOException {
        warningsNg(RedactedDiagnosis.of(d, o.redactor()), out, o);
    }

    /** Writes an already redacted diagnosis (the CLI redacts once for every output it writes); does not close {@code out}. */
    public static void warningsNg(RedactedDiagnosis view, Writer out, ReportOptions o) throws IOException {
        Diagnosis d = view.diagnosis();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("issues");
            for (Finding f : d.findings()) {
                g.writeStartObject();
                Evidence first = f.evidence().isEmpty() ? null : f.evidence().get(0);
                g.writeStringField("fileName", first == null ? "" : first.position().source());
                g.writeNumberField("lineStart", first == null ? 0 : first.position().line());
                g.writeStringField("severity", switch (f.severity()) {
                    case ERROR -> "ERROR";
                    case WARNING -> "NORMAL";
                    case INFO -> "LOW";
                });
                g.writeStringField("category", f.cause().system());
                g.writeStringField("type", f.causeId());
                g.writeStringField("message", message(f, o));
                g.writeStringField("description", "<p>" + html(f.cause().explanation(o.language())) + "</p><p><b>"
                        + html(f.cause().remedy(o.language())) + "</b></p>" + evidenceHtml(f, o)
                        + (f.cause().helpUri().isEmpty() ? "" : "<p><a href=\"" + html(f.cause().helpUri()) + "\">" + html(f.causeId()) + "</a></p>")
                        + "<p>session: " + html(f.session()) + "</p>");
                g.writeStringField("origin", "rtcdiag");
                g.writeStringField("fingerprint", fingerprint(f, o));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** JUnit XML: a testsuite per input, a testcase per session; error and warning findings fail it. */
    public static void junit(Diagnosis d, Writer out, ReportOptions o) throws IOException {
        junit(RedactedDiagnosis.of(d, o.redactor()), out, o);
    }

    /** Writes an already redacted diagnosis (the CLI redacts once for every output it writes); does not close {@code out}. */
    public static void junit(RedactedDiagnosis view, Writer out, ReportOptions o) throws IOException {
        Diagnosis d = view.diagnosis();
        Map<String, List<SessionSummary>> byInput = new LinkedHashMap<>();
        d.inputs().forEach(i -> byInput.put(i.path(), new ArrayList<>()));
        for (SessionSummary s : d.sessions()) {
            byInput.computeIfAbsent(s.source().isEmpty() ? "(unknown input)" : s.source(), k -> new ArrayList<>()).add(s);
        }
        // counts are taken from what is written, so they always agree with the elements (a consumer such as
        // Jenkins' CaseResult reads one failure per testcase: several findings of a session go into one)
        StringBuilder suites = new StringBuilder();
        long allTests = 0;
        long allFailures = 0;
        long allErrors = 0;
        double allTime = 0;
        for (Map.Entry<String, List<SessionSummary>> e : byInput.entrySet()) {
            InputStats input = d.inputs().stream().filter(i -> i.path().equals(e.getKey())).findFirst().orElse(null);
            boolean unreadable = input != null && !input.readable();
            StringBuilder cases = new StringBuilder();
            long tests = 0;
            long failures = 0;
            double time = 0;
            if (unreadable) {
                tests++;
                cases.append("    <testcase classname=\"rtcdiag.input\" name=\"").append(xml(e.getKey())).append("\" time=\"0\"><error message=\"")
                        .append(xml(input.error())).append("\"/></testcase>\n");
            }
            for (SessionSummary s : e.getValue()) {
                tests++;
                double seconds = seconds(s);
                time += seconds;
                cases.append("    <testcase classname=\"rtcdiag.").append(xml(s.system())).append("\" name=\"").append(xml(s.key()))
                        .append("\" time=\"").append(String.format(java.util.Locale.ROOT, "%.3f", seconds)).append("\">\n");
                List<Finding> failing = failing(d, s.key()).toList();
                if (!failing.isEmpty()) {
                    failures++;
                    String message = failing.size() == 1 ? failing.get(0).cause().title(o.language())
                            : failing.size() + " findings: " + String.join("; ", failing.stream().map(f -> f.cause().title(o.language())).toList());
                    StringBuilder body = new StringBuilder();
                    failing.forEach(f -> body.append(f.causeId()).append(": ").append(plain(f, o)).append('\n'));
                    cases.append("      <failure type=\"").append(xml(failing.get(0).causeId())).append("\" message=\"").append(xml(message))
                            .append("\">").append(xml(body.toString())).append("</failure>\n");
                }
                List<Finding> infos = d.findings().stream().filter(f -> f.session().equals(s.key()) && f.severity() == Severity.INFO).toList();
                if (!infos.isEmpty()) {
                    StringBuilder so = new StringBuilder();
                    infos.forEach(f -> so.append(f.causeId()).append(": ").append(plain(f, o)).append('\n'));
                    cases.append("      <system-out>").append(xml(so.toString())).append("</system-out>\n");
                }
                cases.append("    </testcase>\n");
            }
            suites.append("  <testsuite name=\"").append(xml(e.getKey())).append("\" tests=\"").append(tests).append("\" failures=\"").append(failures)
                    .append("\" errors=\"").append(unreadable ? 1 : 0).append("\" skipped=\"0\" time=\"")
                    .append(String.format(java.util.Locale.ROOT, "%.3f", time)).append("\">\n").append(cases).append("  </testsuite>\n");
            allTests += tests;
            allFailures += failures;
            allErrors += unreadable ? 1 : 0;
            allTime += time;
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"rtcdiag\" tests=\"" + allTests + "\" failures=\"" + allFailures
                + "\" errors=\"" + allErrors + "\" time=\"" + String.format(java.util.Locale.ROOT, "%.3f", allTime) + "\">\n" + suites + "</testsuites>\n");
        out.flush();
    }

    /** A session's length in seconds, from its first to its last event (0 when the log gives no times). */
    private static double seconds(SessionSummary s) {
        if (!s.start().isPresent() || !s.end().isPresent()) {
            return 0;
        }
        return Math.max(0, java.time.Duration.between(s.start().instant(), s.end().instant()).toMillis() / 1000.0);
    }

    private static java.util.stream.Stream<Finding> failing(Diagnosis d, String session) {
        return d.findings().stream().filter(f -> f.session().equals(session) && f.severity() != Severity.INFO);
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A finding's short message: the cause's one-line title; the id, evidence and remedy have fields of their own. */
    private static String message(Finding f, ReportOptions o) {
        return f.cause().title(o.language());
    }

    private static String plain(Finding f, ReportOptions o) {
        StringBuilder b = new StringBuilder();
        b.append(f.cause().explanation(o.language())).append('\n').append(f.cause().remedy(o.language())).append('\n');
        for (Evidence e : f.evidence()) {
            b.append(e.position().source()).append(':').append(e.position().line()).append("  ").append(e.text()).append('\n');
        }
        return b.toString();
    }

    private static String evidenceHtml(Finding f, ReportOptions o) {
        StringBuilder b = new StringBuilder("<pre>");
        for (Evidence e : f.evidence()) {
            b.append(html(e.position().source() + ":" + e.position().line() + "  " + e.text())).append('\n');
        }
        return b.append("</pre>").toString();
    }

    private static void location(JsonGenerator g, Evidence e, ReportOptions o) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(e.position().source()));
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", Math.max(1, e.position().line()));
        text(g, "snippet", e.text());
        g.writeEndObject();
        g.writeEndObject();
        if (!e.note().isEmpty()) {
            text(g, "message", e.note());
        }
        g.writeEndObject();
    }

    /** A SARIF artifact URI: a relative reference for relative paths, a file URI for absolute ones. */
    static String uri(String path) {
        try {
            Path p = Path.of(path);
            if (p.isAbsolute()) {
                return p.toUri().toString();
            }
            return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
        } catch (RuntimeException | URISyntaxException e) {
            return "stdin";
        }
    }

    /**
     * Stable across builds and distinct within one: cause, file name, session key and the redacted first
     * evidence text, not the line number (which moves when a log grows). Two sessions failing with the same
     * line text ("SIP/2.0 401 Unauthorized") differ by their session.
     */
    static String fingerprint(Finding f, ReportOptions o) {
        String file = f.evidence().isEmpty() ? "" : Path.of(f.evidence().get(0).position().source()).getFileName().toString();
        String text = f.evidence().isEmpty() ? "" : f.evidence().get(0).text();
        // the first 128 bits of SHA-256, as hex
        return com.google.common.hash.Hashing.sha256().hashString(f.causeId() + "\n" + file + "\n" + f.session() + "\n" + text, StandardCharsets.UTF_8)
                .toString().substring(0, 32);
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    /** HTML text and attribute escaping (Guava's {@link com.google.common.html.HtmlEscapers}: {@code < > & " '}). */
    static String html(String s) {
        return com.google.common.html.HtmlEscapers.htmlEscaper().escape(s);
    }

    /**
     * XML text and attribute escaping (Guava's attribute escaper, which also writes tab, newline and carriage
     * return as character references and turns what XML 1.0 cannot hold into U+FFFD).
     */
    static String xml(String s) {
        return com.google.common.xml.XmlEscapers.xmlAttributeEscaper().escape(s);
    }
}
