package dev.rtcdiag.flink;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Evidence;
import dev.rtcdiag.core.Finding;
import dev.rtcdiag.core.Redactor;
import dev.rtcdiag.core.report.RedactedDiagnosis;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One finding as one line of JSON, for a job that reports as it goes (JSON Lines): the same fields as a
 * finding of the JSON report, redacted first like every output.
 */
final class FindingLine {

    private static final JsonFactory JSON = new JsonFactory();

    private FindingLine() {
    }

    static String of(Finding raw, Language language, Redactor redactor) {
        Finding f = RedactedDiagnosis.of(new Diagnosis(List.of(raw), List.of(), List.of(), ""), redactor).diagnosis().findings().get(0);
        StringWriter w = new StringWriter(512);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("cause", f.causeId());
            g.writeStringField("severity", f.severity().id());
            g.writeNumberField("confidence", f.confidence());
            g.writeStringField("title", f.cause().title(language));
            g.writeStringField("session", f.session());
            if (f.first().iso().isPresent()) {
                g.writeStringField("first", f.first().iso().get());
            }
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
            g.writeArrayFieldStart("notes");
            for (String n : f.notes()) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
