package dev.rtcdiag.core.report;

import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Evidence;
import dev.rtcdiag.core.Finding;
import dev.rtcdiag.core.InputStats;
import dev.rtcdiag.core.Redactor;
import dev.rtcdiag.core.SessionSummary;
import dev.rtcdiag.core.TimelineEntry;
import java.util.List;
import java.util.Objects;

/**
 * The only form of a {@link Diagnosis} that a report writer renders: every text that came from a log
 * (session keys, evidence lines and notes, finding notes, time-line labels and endpoints, input errors,
 * the partial reason) has been put through one {@link Redactor}, once, before any writer runs.
 *
 * <p>Why a type and not a convention: when each writer called the redactor at its own call sites (there
 * were 36), one forgotten site leaked a password into a Jenkins page. A writer that accepts only this
 * type cannot see an unredacted text, and a new writer inherits the guarantee without knowing about it.
 *
 * <p>Shortening for display happens here too, after redacting: a secret cut in half is no longer
 * recognisable, so cutting first would leak its remaining half.
 */
public final class RedactedDiagnosis {

    /** The longest time-line label a report shows; longer labels end in an ellipsis. */
    public static final int MAX_LABEL_CHARS = 200;

    private final Diagnosis diagnosis;
    private final boolean redacted;

    private RedactedDiagnosis(Diagnosis diagnosis, boolean redacted) {
        this.diagnosis = diagnosis;
        this.redacted = redacted;
    }

    /**
     * Redacts every log-derived text of {@code d} with {@code redactor}.
     *
     * @param d the diagnosis as the engine made it
     * @param redactor {@link Redactor#standard()}, or {@link Redactor#none()} when the user opted out
     * @return the view that writers render
     */
    public static RedactedDiagnosis of(Diagnosis d, Redactor redactor) {
        Objects.requireNonNull(d, "d");
        Objects.requireNonNull(redactor, "redactor");
        List<Finding> findings = d.findings().stream().map(f -> finding(f, redactor)).toList();
        List<SessionSummary> sessions = d.sessions().stream().map(s -> session(s, redactor)).toList();
        List<InputStats> inputs = d.inputs().stream().map(i -> input(i, redactor)).toList();
        Diagnosis view = new Diagnosis(findings, sessions, inputs, redactor.redact(d.partialReason()), d.sessionCount(), d.unlisted());
        return new RedactedDiagnosis(view, redactor.enabled());
    }

    /** The redacted diagnosis: the same findings, sessions and counts, with redacted texts. */
    public Diagnosis diagnosis() {
        return diagnosis;
    }

    /** Whether secrets were masked ({@code false} only when the user asked for no redaction). */
    public boolean redacted() {
        return redacted;
    }

    private static Finding finding(Finding f, Redactor r) {
        List<Evidence> evidence = f.evidence().stream()
                .map(e -> new Evidence(e.position(), r.redact(e.text()), r.redact(e.note())))
                .toList();
        List<String> notes = f.notes().stream().map(r::redact).toList();
        return new Finding(f.cause(), f.confidence(), f.symptom(), r.redact(f.session()), f.first(), evidence, notes, f.severity());
    }

    private static SessionSummary session(SessionSummary s, Redactor r) {
        List<TimelineEntry> timeline = s.timeline().stream()
                .map(t -> new TimelineEntry(t.time(), t.position(), t.kind(), shorten(r.redact(t.label())), r.redact(t.from()), r.redact(t.to()),
                        r.redact(t.detail())))
                .toList();
        return new SessionSummary(r.redact(s.key()), s.system(), s.outcome(), s.start(), s.end(), s.events(), s.closedEarly(), s.source(), timeline);
    }

    private static InputStats input(InputStats i, Redactor r) {
        return new InputStats(i.path(), i.format(), i.lines(), i.events(), i.malformed(), i.bytes(), r.redact(i.error()), i.envelopes(), i.regions());
    }

    private static String shorten(String label) {
        if (label.length() <= MAX_LABEL_CHARS) {
            return label;
        }
        int end = MAX_LABEL_CHARS;
        if (Character.isHighSurrogate(label.charAt(end - 1))) {
            end--; // never split a surrogate pair
        }
        return label.substring(0, end) + "…";
    }
}
