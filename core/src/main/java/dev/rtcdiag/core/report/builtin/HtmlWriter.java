package dev.rtcdiag.core.report.builtin;

import dev.rtcdiag.core.report.HtmlReport;
import dev.rtcdiag.core.report.RedactedDiagnosis;
import dev.rtcdiag.core.report.ReportOptions;
import dev.rtcdiag.core.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;

/** {@code html}: one self-contained HTML page with time lines and SIP ladders ({@link HtmlReport}). */
public final class HtmlWriter implements ReportWriter {

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String description() {
        return "one self-contained HTML page with time lines and SIP ladders";
    }

    @Override
    public int timelineEntries() {
        return 200;
    }

    @Override
    public void write(RedactedDiagnosis view, Writer out, ReportOptions options) throws IOException {
        HtmlReport.write(view, out, options);
    }
}
