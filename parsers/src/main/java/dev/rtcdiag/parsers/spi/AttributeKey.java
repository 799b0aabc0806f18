package dev.rtcdiag.parsers.spi;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A typed name for one fact a parser records on an event and a rule reads: {@code event.get(KEY)}
 * gives an {@code Optional<T>}, {@code builder.set(KEY, value)} records it. The contract between parsers
 * and rules is these constants (see {@code dev.rtcdiag.parsers.attributes}), so a misspelt name does not
 * compile instead of making a rule silently dead.
 *
 * <p>On the wire (the {@code events} JSON, {@link LogEvent#attributes()}) a value is its text form under
 * {@link #name()}; two families may give the same name different types where the formats mean different
 * things by it (an HTTP {@code status} is a number, a WCS {@code status} a word). Reading a value that
 * does not parse as the key's type gives empty, never an exception: logs are not to be trusted.
 *
 * <p>Modelled on Netty's {@code AttributeKey} and Tika's {@code Property}.
 *
 * @param <T> the value type
 */
public final class AttributeKey<T> {

    private final String name;
    private final Class<T> type;
    private final Function<String, Optional<T>> reader;
    private final Function<T, String> writer;

    private AttributeKey(String name, Class<T> type, Function<String, Optional<T>> reader, Function<T, String> writer) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.reader = reader;
        this.writer = writer;
    }

    /** A text value. */
    public static AttributeKey<String> text(String name) {
        return new AttributeKey<>(name, String.class, Optional::of, s -> s);
    }

    /** A whole number (a status code, a count). */
    public static AttributeKey<Integer> integer(String name) {
        return new AttributeKey<>(name, Integer.class, AttributeKey::parseInt, String::valueOf);
    }

    /** A decimal number (seconds). */
    public static AttributeKey<Double> decimal(String name) {
        return new AttributeKey<>(name, Double.class, AttributeKey::parseDouble, d -> d.toString());
    }

    /** A yes/no fact, written {@code true}/{@code false}. */
    public static AttributeKey<Boolean> flag(String name) {
        return new AttributeKey<>(name, Boolean.class, s -> s.equalsIgnoreCase("true") ? Optional.of(true)
                : s.equalsIgnoreCase("false") ? Optional.of(false) : Optional.empty(), String::valueOf);
    }

    /**
     * A value of a closed set: written as {@code token}, read back with {@code find} (case as the catalog's
     * {@code find} methods treat it).
     */
    public static <E extends Enum<E>> AttributeKey<E> of(String name, Class<E> type, Function<String, Optional<E>> find, Function<E, String> token) {
        return new AttributeKey<>(name, type, find, token);
    }

    /** A closed set written as its constant names in lower case with {@code -} for {@code _}. */
    public static <E extends Enum<E>> AttributeKey<E> of(String name, Class<E> type) {
        return of(name, type, s -> {
            String wanted = s.strip().replace('-', '_').toUpperCase(Locale.ROOT);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(wanted)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }, e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The name on the wire ({@code "status"}). */
    public String name() {
        return name;
    }

    /** The value type. */
    public Class<T> type() {
        return type;
    }

    /** The value of a wire text, if it is one of this key's values. */
    public Optional<T> read(String wire) {
        return wire == null ? Optional.empty() : reader.apply(wire);
    }

    /** The wire text of a value. */
    public String write(T value) {
        return writer.apply(Objects.requireNonNull(value, "value"));
    }

    private static Optional<Integer> parseInt(String s) {
        try {
            return Optional.of(Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> parseDouble(String s) {
        try {
            double d = Double.parseDouble(s.strip());
            return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return name + ":" + type.getSimpleName();
    }
}
