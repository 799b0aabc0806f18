package dev.rtcdiag.core.report.builtin;

import dev.rtcdiag.core.report.HtmlReport;
import dev.rtcdiag.core.report.ReportOptions;

/** {@code html}: one self-contained HTML page with time lines and SIP ladders. */
public final class HtmlWriter extends BuiltInWriter {

    /** For {@link java.util.ServiceLoader}. */
    public HtmlWriter() {
        super("html", "one self-contained HTML page with time lines and SIP ladders", 200, HtmlReport::write);
    }

    @Override
    public void prepare(ReportOptions options) {
        HtmlReport.prepare(options);
    }
}
