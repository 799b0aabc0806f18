package dev.rtcdiag.core.report.builtin;

import dev.rtcdiag.core.report.CiReports;

/** {@code warnings-ng}: Jenkins Warnings NG native JSON. */
public final class WarningsNgWriter extends BuiltInWriter {

    /** For {@link java.util.ServiceLoader}. */
    public WarningsNgWriter() {
        super("warnings-ng", "Jenkins Warnings NG native JSON", 0, CiReports::warningsNg);
    }
}
