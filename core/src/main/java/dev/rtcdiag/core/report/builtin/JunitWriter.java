package dev.rtcdiag.core.report.builtin;

import dev.rtcdiag.core.report.CiReports;
import dev.rtcdiag.core.report.RedactedDiagnosis;
import dev.rtcdiag.core.report.ReportOptions;
import dev.rtcdiag.core.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;

/** {@code junit}: JUnit XML: a test case per session ({@link CiReports}). */
public final class JunitWriter implements ReportWriter {

    @Override
    public String id() {
        return "junit";
    }

    @Override
    public String description() {
        return "JUnit XML: a test case per session";
    }

    @Override
    public void write(RedactedDiagnosis view, Writer out, ReportOptions options) throws IOException {
        CiReports.junit(view, out, options);
    }
}
