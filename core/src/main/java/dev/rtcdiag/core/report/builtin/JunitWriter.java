package dev.rtcdiag.core.report.builtin;

import dev.rtcdiag.core.report.CiReports;

/** {@code junit}: JUnit XML: a test case per session. */
public final class JunitWriter extends BuiltInWriter {

    /** For {@link java.util.ServiceLoader}. */
    public JunitWriter() {
        super("junit", "JUnit XML: a test case per session", 0, CiReports::junit);
    }
}
