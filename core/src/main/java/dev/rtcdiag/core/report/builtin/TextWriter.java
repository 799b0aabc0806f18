package dev.rtcdiag.core.report.builtin;

import dev.rtcdiag.core.report.RedactedDiagnosis;
import dev.rtcdiag.core.report.ReportOptions;
import dev.rtcdiag.core.report.ReportWriter;
import dev.rtcdiag.core.report.TextReport;
import java.io.IOException;
import java.io.Writer;

/** {@code text}: the report for people, in the chosen language ({@link TextReport}). */
public final class TextWriter implements ReportWriter {

    @Override
    public String id() {
        return "text";
    }

    @Override
    public String description() {
        return "the report for people, in the chosen language";
    }

    @Override
    public void write(RedactedDiagnosis view, Writer out, ReportOptions options) throws IOException {
        TextReport.write(view, out, options);
    }
}
