package dev.rtcdiag.core.rules;

import dev.rtcdiag.parsers.spi.LogEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What must be true of a session for a rule to fire. The four shapes of {@code docs/causes.md}:
 * <ul>
 *   <li>{@link #event(EventMatcher)}: an event occurs;</li>
 *   <li>{@link #sequence(Step...)}: events occur in order (optionally {@link Sequence#within(Duration) within} a time);</li>
 *   <li>{@link #absence(EventMatcher, Step)}: an event occurs and another does not follow (by session end);</li>
 *   <li>{@link #count(EventMatcher, int)}: at least N events match (retransmissions);</li>
 * </ul>
 * combined with {@link #unless(Condition)} (a near-miss that cancels the match) and
 * {@link #and(Condition)}. Conditions are evaluated on the session's events when it closes; they
 * never read the input again.
 */
public sealed interface Condition permits Condition.Sequence, Condition.Absence, Condition.Count, Condition.Unless,
        Condition.Both, Condition.InContext, Condition.Custom {

    /** The match, or empty. */
    Optional<Match> evaluate(SessionView session);

    /** A readable description for rule documentation. */
    String describe();

    /** An event matching {@code m} occurs. */
    static Sequence event(EventMatcher m) {
        return new Sequence(List.of(m), null);
    }

    /** Events matching the steps occur in this order (not necessarily adjacent). */
    static Sequence sequence(Step... steps) {
        return new Sequence(List.of(steps), null);
    }

    /** An event matching {@code trigger} occurs and no later event fits {@code missing} (given the trigger). */
    static Absence absence(EventMatcher trigger, Step missing) {
        return new Absence(trigger, missing, null);
    }

    /** At least {@code n} events match. */
    static Count count(EventMatcher m, int n) {
        return new Count(m, n);
    }

    /**
     * An event matching {@code m} occurs outside the session, in its context: another user of the same
     * meeting, or the server (an nginx restart, a {@code bbb-conf --check} warning).
     */
    static InContext inContext(EventMatcher m) {
        return new InContext(m);
    }

    /** A condition computed by code, for what the shapes above cannot say (e.g. comparing SDP codec sets). */
    static Condition custom(String description, Function<SessionView, Optional<Match>> f) {
        return new Custom(description, f);
    }

    /** This condition, unless {@code other} also holds (a near-miss). */
    default Condition unless(Condition other) {
        return new Unless(this, other);
    }

    /** This condition, or else {@code other}: the first that holds gives the match. */
    default Condition or(Condition other) {
        Condition self = this;
        return new Custom(describe() + ", or " + other.describe(), s -> {
            Optional<Match> m = self.evaluate(s);
            return m.isPresent() ? m : other.evaluate(s);
        });
    }

    /** This condition and another; the match holds both sets of events. */
    default Condition and(Condition other) {
        return new Both(this, other);
    }

    /** Ordered steps, optionally within a time window from the first to the last. */
    record Sequence(List<Step> steps, Duration within) implements Condition {
        /** Validates components. */
        public Sequence {
            steps = List.copyOf(steps);
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("a sequence needs at least one step");
            }
        }

        /** The same sequence, required to complete within {@code d} of event time (ignored when times are unknown). */
        public Sequence within(Duration d) {
            return new Sequence(steps, Objects.requireNonNull(d, "d"));
        }

        @Override
        public Optional<Match> evaluate(SessionView session) {
            List<LogEvent> events = session.events();
            for (int start = 0; start < events.size(); start++) {
                if (!steps.get(0).test(List.of(), events.get(start))) {
                    continue;
                }
                List<LogEvent> matched = new ArrayList<>();
                matched.add(events.get(start));
                int i = start + 1;
                for (int s = 1; s < steps.size() && i <= events.size(); s++) {
                    boolean found = false;
                    for (; i < events.size(); i++) {
                        if (steps.get(s).test(matched, events.get(i))) {
                            matched.add(events.get(i++));
                            found = true;
                            break;
                        }
                    }
                    if (!found) {
                        break;
                    }
                }
                if (matched.size() == steps.size() && inTime(matched)) {
                    return Optional.of(Match.of(matched));
                }
            }
            return Optional.empty();
        }

        private boolean inTime(List<LogEvent> matched) {
            if (within == null) {
                return true;
            }
            Instant a = matched.get(0).time().instant();
            Instant b = matched.get(matched.size() - 1).time().instant();
            return a == null || b == null || Duration.between(a, b).compareTo(within) <= 0;
        }

        @Override
        public String describe() {
            StringBuilder sb = new StringBuilder();
            for (Step s : steps) {
                sb.append(sb.length() == 0 ? "" : ", then ").append(s.description());
            }
            return sb + (within == null ? "" : " within " + within.toSeconds() + " s");
        }
    }

    /** A trigger without a follow-up. */
    record Absence(EventMatcher trigger, Step missing, Duration by) implements Condition {
        /** The follow-up must come within {@code d} to count. */
        public Absence by(Duration d) {
            return new Absence(trigger, missing, Objects.requireNonNull(d, "d"));
        }

        @Override
        public Optional<Match> evaluate(SessionView session) {
            List<LogEvent> events = session.events();
            for (int i = 0; i < events.size(); i++) {
                LogEvent t = events.get(i);
                if (!trigger.test(t)) {
                    continue;
                }
                boolean followed = false;
                for (int j = i + 1; j < events.size() && !followed; j++) {
                    LogEvent e = events.get(j);
                    if (missing.test(List.of(t), e) && (by == null || within(t, e))) {
                        followed = true;
                    }
                }
                if (!followed) {
                    return Optional.of(Match.of(List.of(t)));
                }
            }
            return Optional.empty();
        }

        private boolean within(LogEvent a, LogEvent b) {
            Instant x = a.time().instant();
            Instant y = b.time().instant();
            return x == null || y == null || Duration.between(x, y).compareTo(by) <= 0;
        }

        @Override
        public String describe() {
            return trigger.description() + " without " + missing.description() + (by == null ? " by session end" : " within " + by.toSeconds() + " s");
        }
    }

    /** At least {@code n} matching events; the match holds the first {@code n}. */
    record Count(EventMatcher matcher, int n) implements Condition {
        /** Validates n. */
        public Count {
            if (n < 1) {
                throw new IllegalArgumentException("n must be >= 1: " + n);
            }
        }

        @Override
        public Optional<Match> evaluate(SessionView session) {
            List<LogEvent> hits = new ArrayList<>();
            for (LogEvent e : session.events()) {
                if (matcher.test(e)) {
                    hits.add(e);
                }
            }
            return hits.size() >= n ? Optional.of(Match.of(hits)) : Optional.empty();
        }

        @Override
        public String describe() {
            return "at least " + n + " × " + matcher.description();
        }
    }

    /** A condition cancelled by a near-miss. */
    record Unless(Condition condition, Condition nearMiss) implements Condition {
        @Override
        public Optional<Match> evaluate(SessionView session) {
            Optional<Match> m = condition.evaluate(session);
            return m.isPresent() && nearMiss.evaluate(session).isPresent() ? Optional.empty() : m;
        }

        @Override
        public String describe() {
            return condition.describe() + ", unless " + nearMiss.describe();
        }
    }

    /** Two conditions. */
    record Both(Condition a, Condition b) implements Condition {
        @Override
        public Optional<Match> evaluate(SessionView session) {
            Optional<Match> x = a.evaluate(session);
            if (x.isEmpty()) {
                return x;
            }
            return b.evaluate(session).map(x.get()::plus);
        }

        @Override
        public String describe() {
            return a.describe() + " and " + b.describe();
        }
    }

    /** An event of the session's context matches: the first such event is the match. */
    record InContext(EventMatcher matcher) implements Condition {
        @Override
        public Optional<Match> evaluate(SessionView session) {
            return session.context().stream().filter(matcher::test).findFirst().map(e -> Match.of(List.of(e)));
        }

        @Override
        public String describe() {
            return "in the context (other users of the meeting, the server): " + matcher.description();
        }
    }

    /** A condition computed by code. */
    record Custom(String description, Function<SessionView, Optional<Match>> function) implements Condition {
        @Override
        public Optional<Match> evaluate(SessionView session) {
            return function.apply(session);
        }

        @Override
        public String describe() {
            return description;
        }
    }
}
