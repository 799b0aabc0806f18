package dev.rtcdiag.core.report.builtin;

import dev.rtcdiag.core.report.CiReports;
import dev.rtcdiag.core.report.RedactedDiagnosis;
import dev.rtcdiag.core.report.ReportOptions;
import dev.rtcdiag.core.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;

/** {@code sarif}: SARIF 2.1.0, for code-scanning views ({@link CiReports}). */
public final class SarifWriter implements ReportWriter {

    @Override
    public String id() {
        return "sarif";
    }

    @Override
    public String description() {
        return "SARIF 2.1.0, for code-scanning views";
    }

    @Override
    public void write(RedactedDiagnosis view, Writer out, ReportOptions options) throws IOException {
        CiReports.sarif(view, out, options);
    }
}
