package dev.rtcdiag.core.rules;

import dev.rtcdiag.core.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a finding's severity follows from its evidence. Findings are anchored on symptoms: a warning or
 * an error needs a symptom in its evidence (a failure code, a failed state, an abnormal end, missing
 * media, a timeout); a risk factor seen without one is information, and is raised to its cause's
 * severity, ranked first, when a symptom shows in the same session.
 */
@FunctionalInterface
public interface Grading {

    /** The cause's own severity, whatever the evidence. */
    Grading CAUSE = (cause, match, session) -> new Grade(cause, Optional.empty(), 0, List.of(), List.of());

    /**
     * The grade of one finding.
     *
     * @param cause the cause's severity
     * @param match what the rule's condition matched
     * @param session the session it matched in
     */
    Grade grade(Severity cause, Match match, SessionView session);

    /**
     * A finding's grade: its severity, a note saying why it differs from the cause's, confidence to
     * add, and extra evidence (the symptom that raised a risk factor) with its notes.
     */
    record Grade(Severity severity, Optional<String> note, double addConfidence, List<dev.rtcdiag.parsers.spi.LogEvent> evidence, List<String> evidenceNotes) {
        /** Validates components. */
        public Grade {
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(note, "note");
            evidence = List.copyOf(evidence);
            evidenceNotes = List.copyOf(evidenceNotes);
        }
    }

    /**
     * A risk factor: {@link Severity#INFO} unless {@code symptom} holds in the session, then the cause's
     * severity with the symptom's events as evidence and {@code boost} more confidence (so it ranks first).
     */
    static Grading riskFactor(Condition symptom, double boost) {
        return (cause, match, session) -> {
            Optional<Match> seen = symptom.evaluate(session);
            if (seen.isEmpty()) {
                return new Grade(Severity.INFO, Optional.of("a risk factor only: no symptom (failure, media timeout, early hang-up) in this session"),
                        0, List.of(), List.of());
            }
            return new Grade(cause, Optional.of("raised by a symptom in the same session: " + symptom.describe()), boost,
                    seen.get().events(), seen.get().notes());
        };
    }

    /**
     * At most {@code severity} when {@code reason} gives a reason for the match (the note says it), else
     * the cause's severity.
     */
    static Grading atMost(Severity severity, java.util.function.BiFunction<Match, SessionView, Optional<String>> reason) {
        return (cause, match, session) -> {
            Optional<String> why = reason.apply(match, session);
            if (why.isPresent() && cause != severity && cause.atLeast(severity)) {
                return new Grade(severity, why, 0, List.of(), List.of());
            }
            return new Grade(cause, Optional.empty(), 0, List.of(), List.of());
        };
    }

    /** {@link Severity#INFO} when {@code harmless} holds for the match (with {@code note}), else the cause's severity. */
    static Grading infoWhen(java.util.function.BiPredicate<Match, SessionView> harmless, String note) {
        return (cause, match, session) -> harmless.test(match, session)
                ? new Grade(Severity.INFO, Optional.of(note), 0, List.of(), List.of())
                : new Grade(cause, Optional.empty(), 0, List.of(), List.of());
    }
}
