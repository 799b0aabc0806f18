package dev.rtcdiag.core;

import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.parsers.spi.EventTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One diagnosed failure: the cause, how sure, the symptom that triggered it, the session it belongs
 * to, when it began, the evidence lines, and notes (extra evidence that raised the confidence, limits
 * that cut the session short). Texts come from the {@link Cause} in the requested language.
 *
 * @param cause the knowledge-base entry
 * @param confidence in (0, 1]
 * @param symptom the catalog code (or pattern) that triggered it
 * @param session the session key
 * @param first the time of the session's own first evidence line
 * @param evidence the lines that show it: the session's own first, then those of its context (other users of the
 *        meeting, the server), each part in time order; the first line locates the finding in CI reports
 * @param notes why the confidence is what it is, and anything that limited the analysis
 * @param severity how bad this finding is: the cause's severity, or lower where the rule's grading says the
 *        evidence shows no symptom (a risk factor alone, a rejected request the user never saw)
 */
public record Finding(Cause cause, double confidence, Symptom symptom, String session, EventTime first,
        List<Evidence> evidence, List<String> notes, Severity severity) {

    /** Severity first, then confidence (higher first), then time. */
    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.severity().ordinal())
            .thenComparing(Comparator.comparingDouble(Finding::confidence).reversed())
            .thenComparing(Finding::first)
            .thenComparing(f -> f.evidence().isEmpty() ? "" : f.evidence().get(0).position().toString());

    /** Validates components. */
    public Finding {
        Objects.requireNonNull(cause, "cause");
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1]: " + confidence);
        }
        Objects.requireNonNull(symptom, "symptom");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(first, "first");
        evidence = List.copyOf(evidence);
        notes = List.copyOf(notes);
        Objects.requireNonNull(severity, "severity");
    }

    /** A finding at its cause's severity. */
    public Finding(Cause cause, double confidence, Symptom symptom, String session, EventTime first,
            List<Evidence> evidence, List<String> notes) {
        this(cause, confidence, symptom, session, first, evidence, notes, cause.severity());
    }

    /** The cause id. */
    public String causeId() {
        return cause.id();
    }

    /** The cause's title in a language. */
    public String title(Language language) {
        return cause.title(language);
    }

    /**
     * When the first evidence happened, as a standard date-time with its offset (the assumed zone's when the
     * log gave none: {@code first().precision()} says which); empty when the log gave no time or only a time
     * of day ({@code first().timeOfDay()}).
     */
    public java.util.Optional<java.time.OffsetDateTime> firstDateTime() {
        return first.dateTime();
    }
}
