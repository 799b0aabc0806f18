package dev.rtcdiag.core.report;

import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.core.Redactor;
import java.util.Objects;

/**
 * How to render a report.
 *
 * @param language language of titles, explanations, remedies and labels
 * @param redactor applied to every piece of log text (use {@link Redactor#standard()} unless the user opted out)
 * @param toolVersion the version printed in the report
 * @param examplesPerCause how many findings of one cause the text report shows in full before it only
 *        counts the rest ({@link Integer#MAX_VALUE}: every one, as {@code diagnose --all} asks)
 */
public record ReportOptions(Language language, Redactor redactor, String toolVersion, int examplesPerCause) {

    /** Findings of one cause shown in full by default: enough to see the pattern, few enough to read. */
    public static final int EXAMPLES_PER_CAUSE = 3;

    /** Options that show {@link #EXAMPLES_PER_CAUSE} findings per cause in full. */
    public ReportOptions(Language language, Redactor redactor, String toolVersion) {
        this(language, redactor, toolVersion, EXAMPLES_PER_CAUSE);
    }

    /** Validates components. */
    public ReportOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(redactor, "redactor");
        Objects.requireNonNull(toolVersion, "toolVersion");
        if (examplesPerCause < 1) {
            throw new IllegalArgumentException("examplesPerCause must be >= 1: " + examplesPerCause);
        }
    }

    /** These options showing every finding in full. */
    public ReportOptions showingAll() {
        return new ReportOptions(language, redactor, toolVersion, Integer.MAX_VALUE);
    }

    /** English, redacted. */
    public static ReportOptions defaults() {
        return new ReportOptions(Language.EN, Redactor.standard(), "development");
    }
}
