package dev.rtcdiag.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Evidence;
import dev.rtcdiag.core.Finding;
import dev.rtcdiag.core.InputStats;
import dev.rtcdiag.core.SessionSummary;
import dev.rtcdiag.parsers.spi.EventTime;
import java.io.IOException;
import java.io.Writer;

/**
 * The {@code diagnose --output-format json} report, schema version 1 ({@code docs/cli.md}). Fields
 * beyond the contract are additions only: {@code partial} (why the result is partial, or null),
 * per input {@code error}, per finding {@code notes} and {@code next} (knowledge-base entries to check
 * next), per evidence {@code note}, per session {@code closedEarly}. All log text arrives redacted
 * ({@link RedactedDiagnosis}); Jackson escapes everything, so log content cannot break the JSON.
 */
public final class JsonReport {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReport() {
    }

    /** Writes the report (pretty-printed) to {@code out}; does not close it. */
    public static void write(Diagnosis d, Writer out, ReportOptions o) throws IOException {
        write(RedactedDiagnosis.of(d, o.redactor()), out, o);
    }

    /** Writes an already redacted diagnosis (the CLI redacts once for every output it writes); does not close {@code out}. */
    public static void write(RedactedDiagnosis view, Writer out, ReportOptions o) throws IOException {
        Diagnosis d = view.diagnosis();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schema", 1);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "rtcdiag");
            g.writeStringField("version", o.toolVersion());
            g.writeEndObject();
            nullable(g, "partial", d.isPartial() ? d.partialReason() : null);
            g.writeArrayFieldStart("inputs");
            for (InputStats i : d.inputs()) {
                g.writeStartObject();
                g.writeStringField("path", i.path());
                g.writeStringField("format", i.format());
                g.writeNumberField("lines", i.lines());
                g.writeNumberField("events", i.events());
                g.writeNumberField("malformed", i.malformed());
                g.writeNumberField("bytes", i.bytes());
                if (!i.envelopes().isEmpty()) {
                    g.writeArrayFieldStart("envelopes");
                    for (String e : i.envelopes()) {
                        g.writeString(e);
                    }
                    g.writeEndArray();
                }
                if (i.regions().size() > 1) {
                    g.writeArrayFieldStart("regions");
                    for (dev.rtcdiag.parsers.Region r : i.regions()) {
                        g.writeStartObject();
                        g.writeNumberField("line", r.line());
                        g.writeStringField("format", r.format());
                        g.writeArrayFieldStart("envelopes");
                        for (dev.rtcdiag.parsers.spi.Envelope e : r.envelopes().envelopes()) {
                            g.writeString(e.id());
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                if (!i.readable()) {
                    g.writeStringField("error", i.error());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : d.findings()) {
                finding(g, f, o);
            }
            g.writeEndArray();
            if (!d.unlisted().isEmpty()) {
                // more findings than listed (Diagnoser.Builder.maxFindings): how many more, per cause
                g.writeObjectFieldStart("unlisted");
                for (var e : d.unlisted().entrySet()) {
                    g.writeNumberField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            if (d.sessionCount() != d.sessions().size()) {
                g.writeNumberField("sessionCount", d.sessionCount()); // more sessions than listed: the listing is capped
            }
            g.writeArrayFieldStart("sessions");
            for (SessionSummary s : d.sessions()) {
                g.writeStartObject();
                g.writeStringField("key", s.key());
                g.writeStringField("system", s.system());
                g.writeStringField("outcome", s.outcome());
                nullable(g, "start", time(s.start()));
                nullable(g, "end", time(s.end()));
                g.writeStringField("timePrecision", s.start().precision().id());
                g.writeNumberField("events", s.events());
                if (s.closedEarly()) {
                    g.writeBooleanField("closedEarly", true);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /**
     * One finding as one line of JSON (JSON Lines, for a job that reports as it goes): the object the
     * report's {@code findings} array holds, redacted first like every output.
     */
    public static String line(Finding f, ReportOptions o) {
        Diagnosis d = new Diagnosis(java.util.List.of(f), java.util.List.of(), java.util.List.of(), "", 0, java.util.Map.of());
        Finding redacted = RedactedDiagnosis.of(d, o.redactor()).diagnosis().findings().get(0); // the view, as every entry point builds it
        java.io.StringWriter w = new java.io.StringWriter(512);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            finding(g, redacted, o);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void finding(JsonGenerator g, Finding f, ReportOptions o) throws IOException {
        g.writeStartObject();
        g.writeStringField("cause", f.causeId());
        g.writeStringField("severity", f.severity().id());
        g.writeNumberField("confidence", f.confidence());
        g.writeStringField("title", f.cause().title(o.language()));
        g.writeStringField("explanation", f.cause().explanation(o.language()));
        g.writeStringField("remedy", f.cause().remedy(o.language()));
        if (!f.cause().helpUri().isEmpty()) {
            g.writeStringField("help", f.cause().helpUri());
        }
        g.writeObjectFieldStart("symptom");
        g.writeStringField("system", f.symptom().system());
        g.writeStringField("code", f.symptom().code());
        g.writeStringField("name", f.symptom().name());
        g.writeEndObject();
        g.writeStringField("session", f.session());
        nullable(g, "first", time(f.first()));
        g.writeStringField("firstPrecision", f.first().precision().id());
        g.writeArrayFieldStart("evidence");
        for (Evidence e : f.evidence()) {
            g.writeStartObject();
            g.writeStringField("path", e.position().source());
            g.writeNumberField("line", e.position().line());
            g.writeStringField("text", e.text());
            if (!e.note().isEmpty()) {
                g.writeStringField("note", e.note());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!f.notes().isEmpty()) {
            g.writeArrayFieldStart("notes");
            for (String n : f.notes()) {
                g.writeString(n);
            }
            g.writeEndArray();
        }
        if (!f.cause().nextSteps().isEmpty()) {
            g.writeArrayFieldStart("next");
            for (String n : f.cause().nextSteps()) {
                g.writeString(n);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static String time(EventTime t) {
        return t.isoOffset().orElse(null);
    }

    private static void nullable(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }
}
