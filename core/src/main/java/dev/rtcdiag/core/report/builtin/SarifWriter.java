package dev.rtcdiag.core.report.builtin;

import dev.rtcdiag.core.report.CiReports;

/** {@code sarif}: SARIF 2.1.0, for code-scanning views. */
public final class SarifWriter extends BuiltInWriter {

    /** For {@link java.util.ServiceLoader}. */
    public SarifWriter() {
        super("sarif", "SARIF 2.1.0, for code-scanning views", 0, CiReports::sarif);
    }
}
