package dev.rtcdiag.core.rules;

import dev.rtcdiag.core.Symptom;
import dev.rtcdiag.parsers.spi.SystemId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A declarative cause rule: when {@link #condition()} holds for a session of one of its {@link #systems()}, the
 * cause {@link #causeId()} is found with {@link #confidence()} plus whatever {@link #boosters()} add.
 * Rules of the same {@link #group()} compete for one symptom: in a session only the best-supported
 * one is reported (the specific cause with its extra evidence wins over the generic one).
 *
 * <p>A rule's condition, boosters and functions must be thread-safe (stateless, as the built-in ones are):
 * one diagnoser serves any number of threads, and with several threads one run judges sessions on all
 * of them at once.
 *
 * @param causeId the knowledge-base id it finds
 * @param systems the session systems it applies to (empty: every system)
 * @param group competition group, or {@code ""} when it competes with nothing
 * @param condition when it fires
 * @param confidence base confidence in (0, 1]
 * @param boosters extra evidence that raises the confidence
 * @param patternSymptom the symptom to report when no matched event carries a catalog code (may be null)
 * @param source the seed or research section the rule is built from (documentation)
 * @param grading how a finding's severity follows from the evidence ({@link Grading#CAUSE}: the cause's own)
 */
public record Rule(String causeId, Set<SystemId> systems, String group, Condition condition, double confidence,
        List<Booster> boosters, Symptom patternSymptom, String source, Grading grading) {

    /** Validates components. */
    public Rule {
        Objects.requireNonNull(causeId, "causeId");
        systems = Set.copyOf(systems);
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(source, "source");
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1]: " + confidence);
        }
        boosters = List.copyOf(boosters);
        Objects.requireNonNull(grading, "grading");
    }

    /** A rule whose findings take the cause's severity. */
    public Rule(String causeId, Set<SystemId> systems, String group, Condition condition, double confidence,
            List<Booster> boosters, Symptom patternSymptom, String source) {
        this(causeId, systems, group, condition, confidence, boosters, patternSymptom, source, Grading.CAUSE);
    }

    /** Whether the rule runs on a session of {@code sessionSystem} (a rule for no system in particular runs on all). */
    public boolean appliesTo(SystemId sessionSystem) {
        return systems.isEmpty() || systems.contains(sessionSystem);
    }

    /** Starts a rule for a cause. */
    public static Builder cause(String causeId) {
        return new Builder(causeId);
    }

    /** Builds a {@link Rule}. */
    public static final class Builder {
        private final String causeId;
        private Set<SystemId> systems = Set.of();
        private String group = "";
        private Condition condition;
        private double confidence = 0.8;
        private final List<Booster> boosters = new ArrayList<>();
        private Symptom symptom;
        private String source = "";
        private Grading grading = Grading.CAUSE;

        private Builder(String causeId) {
            this.causeId = Objects.requireNonNull(causeId, "causeId");
        }

        /** The session systems the rule applies to (default: every system). */
        public Builder system(SystemId... v) {
            this.systems = Set.of(v);
            return this;
        }

        /** The competition group. */
        public Builder group(String v) {
            this.group = v;
            return this;
        }

        /** When the rule fires. */
        public Builder when(Condition v) {
            this.condition = v;
            return this;
        }

        /** The base confidence. */
        public Builder confidence(double v) {
            this.confidence = v;
            return this;
        }

        /** Extra evidence that raises the confidence. */
        public Builder boost(Condition c, double add, String note) {
            boosters.add(new Booster(c, add, note));
            return this;
        }

        /** The symptom when no matched event carries a code. */
        public Builder symptom(Symptom v) {
            this.symptom = v;
            return this;
        }

        /** Where the knowledge comes from. */
        public Builder source(String v) {
            this.source = v;
            return this;
        }

        /** How the finding's severity follows from the evidence. */
        public Builder grading(Grading v) {
            this.grading = Objects.requireNonNull(v, "grading");
            return this;
        }

        /** The rule. */
        public Rule build() {
            return new Rule(causeId, systems, group, Objects.requireNonNull(condition, "when(…) is required"), confidence, boosters, symptom, source, grading);
        }
    }
}
