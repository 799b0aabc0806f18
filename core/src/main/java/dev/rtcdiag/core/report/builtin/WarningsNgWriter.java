package dev.rtcdiag.core.report.builtin;

import dev.rtcdiag.core.report.CiReports;
import dev.rtcdiag.core.report.RedactedDiagnosis;
import dev.rtcdiag.core.report.ReportOptions;
import dev.rtcdiag.core.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;

/** {@code warnings-ng}: Jenkins Warnings NG native JSON ({@link CiReports}). */
public final class WarningsNgWriter implements ReportWriter {

    @Override
    public String id() {
        return "warnings-ng";
    }

    @Override
    public String description() {
        return "Jenkins Warnings NG native JSON";
    }

    @Override
    public void write(RedactedDiagnosis view, Writer out, ReportOptions options) throws IOException {
        CiReports.warningsNg(view, out, options);
    }
}
