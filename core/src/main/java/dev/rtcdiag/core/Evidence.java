package dev.rtcdiag.core;

import dev.rtcdiag.parsers.spi.SourcePosition;
import java.util.Objects;

/**
 * One piece of evidence for a finding: where it is and its text (unredacted here; reports render
 * {@code report.RedactedDiagnosis}, which redacts it once), with a short note on what it shows.
 *
 * @param position where the record starts
 * @param text the record's first line or one-line summary
 * @param note what this line proves (e.g. "second challenge after credentials were sent"), may be empty
 */
public record Evidence(SourcePosition position, String text, String note) {

    /** Validates components. */
    public Evidence {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(note, "note");
    }
}
