package dev.rtcdiag.core.report.builtin;

import dev.rtcdiag.core.report.JsonReport;
import dev.rtcdiag.core.report.RedactedDiagnosis;
import dev.rtcdiag.core.report.ReportOptions;
import dev.rtcdiag.core.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;

/** {@code json}: the whole diagnosis as JSON (schema 1) ({@link JsonReport}). */
public final class JsonWriter implements ReportWriter {

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String description() {
        return "the whole diagnosis as JSON (schema 1)";
    }

    @Override
    public void write(RedactedDiagnosis view, Writer out, ReportOptions options) throws IOException {
        JsonReport.write(view, out, options);
    }
}
