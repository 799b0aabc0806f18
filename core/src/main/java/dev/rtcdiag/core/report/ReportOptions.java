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
 */
public record ReportOptions(Language language, Redactor redactor, String toolVersion) {

    /** Validates components. */
    public ReportOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(redactor, "redactor");
        Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /** English, redacted. */
    public static ReportOptions defaults() {
        return new ReportOptions(Language.EN, Redactor.standard(), "development");
    }
}
