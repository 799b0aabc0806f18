package dev.rtcdiag.core.rules;

import dev.rtcdiag.core.Symptom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A declarative cause rule: when {@link #condition()} holds for a session of {@link #system()}, the
 * cause {@link #causeId()} is found with {@link #confidence()} plus whatever {@link #boosters()} add.
 * Rules of the same {@link #group()} compete for one symptom: in a session only the best-supported
 * one is reported (the specific cause with its extra evidence wins over the generic one).
 *
 * @param causeId the knowledge-base id it finds
 * @param system the session system it applies to ({@code "sip"}, {@code "bbb"}…; several joined by {@code |}; {@code "*"} for any)
 * @param group competition group, or {@code ""} when it competes with nothing
 * @param condition when it fires
 * @param confidence base confidence in (0, 1]
 * @param boosters extra evidence that raises the confidence
 * @param patternSymptom the symptom to report when no matched event carries a catalog code (may be null)
 * @param source the seed or research section the rule is built from (documentation)
 * @param grading how a finding's severity follows from the evidence ({@link Grading#CAUSE}: the cause's own)
 */
public record Rule(String causeId, String system, String group, Condition condition, double confidence,
        List<Booster> boosters, Symptom patternSymptom, String source, Grading grading) {

    /** Validates components. */
    public Rule {
        Objects.requireNonNull(causeId, "causeId");
        Objects.requireNonNull(system, "system");
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
    public Rule(String causeId, String system, String group, Condition condition, double confidence,
            List<Booster> boosters, Symptom patternSymptom, String source) {
        this(causeId, system, group, condition, confidence, boosters, patternSymptom, source, Grading.CAUSE);
    }

    /** Whether the rule runs on a session of {@code sessionSystem}. */
    public boolean appliesTo(String sessionSystem) {
        if (system.equals("*") || system.equals(sessionSystem)) {
            return true;
        }
        if (sessionSystem.isEmpty() || sessionSystem.indexOf('|') >= 0) {
            return false;
        }
        // "sip|freeswitch|log": the session's system between bars (no split, no allocation: this runs per session and rule)
        int at = system.indexOf(sessionSystem);
        while (at >= 0) {
            int end = at + sessionSystem.length();
            if ((at == 0 || system.charAt(at - 1) == '|') && (end == system.length() || system.charAt(end) == '|')) {
                return true;
            }
            at = system.indexOf(sessionSystem, at + 1);
        }
        return false;
    }

    /** Starts a rule for a cause. */
    public static Builder cause(String causeId) {
        return new Builder(causeId);
    }

    /** Builds a {@link Rule}. */
    public static final class Builder {
        private final String causeId;
        private String system = "*";
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

        /** The session system the rule applies to. */
        public Builder system(String v) {
            this.system = v;
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
            return new Rule(causeId, system, group, Objects.requireNonNull(condition, "when(…) is required"), confidence, boosters, symptom, source, grading);
        }
    }
}
