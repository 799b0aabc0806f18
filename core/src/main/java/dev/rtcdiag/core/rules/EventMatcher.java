package dev.rtcdiag.core.rules;

import dev.rtcdiag.catalog.CodeSystem;
import dev.rtcdiag.parsers.spi.AttributeKey;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.LogEvent;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A named predicate over one event, the building block of rules. The description appears in rule
 * documentation and in evidence notes, so keep it readable ({@code "SIP response 486, 600"}).
 *
 * @param description what the matcher matches
 * @param predicate the test
 */
public record EventMatcher(String description, Predicate<LogEvent> predicate) implements Step {

    /** Validates components. */
    public EventMatcher {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(predicate, "predicate");
    }

    /** Whether the event matches. */
    public boolean test(LogEvent e) {
        return predicate.test(e);
    }

    @Override
    public boolean test(java.util.List<LogEvent> earlier, LogEvent candidate) {
        return predicate.test(candidate);
    }

    /** Both must match. */
    public EventMatcher and(EventMatcher other) {
        return new EventMatcher(description + " and " + other.description, predicate.and(other.predicate));
    }

    /** Either matches. */
    public EventMatcher or(EventMatcher other) {
        return new EventMatcher(description + " or " + other.description, predicate.or(other.predicate));
    }

    /** The opposite. */
    public EventMatcher negate() {
        return new EventMatcher("not (" + description + ")", predicate.negate());
    }

    /** Any event of a kind. */
    public static EventMatcher kind(EventKind kind) {
        return new EventMatcher(kind.id() + " event", e -> e.kind() == kind);
    }

    /** An event reporting a catalog code of a system, one of the given codes (all codes of the system when none are given). */
    public static EventMatcher code(CodeSystem system, String... codes) {
        Set<String> wanted = Arrays.stream(codes).collect(Collectors.toSet());
        return new EventMatcher(system.id() + " code " + (codes.length == 0 ? "any" : String.join(", ", codes)),
                e -> e.code().filter(c -> c.system() == system && (wanted.isEmpty() || wanted.contains(c.code()))).isPresent());
    }

    /** An event whose typed attribute equals a value (text compares case-insensitively). */
    public static <T> EventMatcher is(AttributeKey<T> key, T value) {
        java.util.function.Predicate<T> same = value instanceof String s ? v -> ((String) v).equalsIgnoreCase(s) : value::equals;
        return new EventMatcher(key.name() + "=" + key.write(value), e -> e.get(key).filter(same).isPresent());
    }

    /** An event that has a typed attribute at all. */
    public static EventMatcher has(AttributeKey<?> key) {
        return new EventMatcher("has " + key.name(), e -> e.get(key).isPresent());
    }

    /** An event whose message contains a text (case-insensitive). */
    public static EventMatcher messageContains(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return new EventMatcher("message contains '" + text + "'", e -> e.message().toLowerCase(java.util.Locale.ROOT).contains(lower));
    }
}
