package dev.rtcdiag.core.report.builtin;

import dev.rtcdiag.core.report.ReportOptions;
import dev.rtcdiag.core.report.TextReport;

/** {@code text}: the report for people, in the chosen language. */
public final class TextWriter extends BuiltInWriter {

    /** For {@link java.util.ServiceLoader}. */
    public TextWriter() {
        super("text", "the report for people, in the chosen language", 0, TextReport::write);
    }

    @Override
    public void prepare(ReportOptions options) {
        TextReport.prepare(options);
    }
}
