package dev.rtcdiag.core.rules;

import dev.rtcdiag.parsers.spi.LogEvent;
import java.util.List;

/**
 * One step of a {@link Condition#sequence(Step...) sequence}: a test of a candidate event that may
 * look at the events matched by the earlier steps (to require the same CSeq, the same method…).
 * Every {@link EventMatcher} is a step that ignores the earlier ones.
 */
@FunctionalInterface
public interface Step {

    /** Whether {@code candidate} fits this step, given the events matched by the earlier steps. */
    boolean test(List<LogEvent> earlier, LogEvent candidate);

    /** A description for documentation. */
    default String description() {
        return "custom step";
    }

    /** This step and an extra condition on the candidate and the earlier events. */
    default Step and(Step other) {
        Step self = this;
        return new Step() {
            @Override
            public boolean test(List<LogEvent> earlier, LogEvent candidate) {
                return self.test(earlier, candidate) && other.test(earlier, candidate);
            }

            @Override
            public String description() {
                return self.description() + " and " + other.description();
            }
        };
    }

    /** A step with a description. */
    static Step of(String description, java.util.function.BiPredicate<List<LogEvent>, LogEvent> test) {
        return new Step() {
            @Override
            public boolean test(List<LogEvent> earlier, LogEvent candidate) {
                return test.test(earlier, candidate);
            }

            @Override
            public String description() {
                return description;
            }
        };
    }
}
