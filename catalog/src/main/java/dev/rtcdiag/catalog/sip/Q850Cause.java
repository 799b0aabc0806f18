package dev.rtcdiag.catalog.sip;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.CodeSystem;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A Q.850 cause value as carried in {@code Reason: Q.850;cause=N} (RFC 3326, RFC 6432) or printed by
 * FreeSWITCH and Asterisk. Listed values are {@link StandardQ850Cause} constants; any other number is
 * an {@link UnknownQ850Cause}. Equality is by value.
 */
public sealed interface Q850Cause extends CatalogCode permits StandardQ850Cause, UnknownQ850Cause {

    /** The numeric cause value. */
    int value();

    /** The Q.850 text, or a generated text for unknown values. */
    String text();

    /** The class (bits 7–5). */
    default Q850Class causeClass() {
        return Q850Class.of(value());
    }

    /** The SIP status that RFC 3398 section 7.2.4.1 maps this cause to, when it maps it at all. */
    Optional<SipStatus> toSipStatus();

    @Override
    default CodeSystem system() {
        return CodeSystem.Q850;
    }

    @Override
    default String code() {
        return Integer.toString(value());
    }

    @Override
    default String category() {
        return causeClass().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    default String defaultTitle() {
        return text();
    }

    /** The cause for any integer; never {@code null}. */
    static Q850Cause of(int value) {
        return StandardQ850Cause.lookup(value).<Q850Cause>map(c -> c).orElseGet(() -> new UnknownQ850Cause(value));
    }

    /** The listed cause for a value. */
    static Optional<StandardQ850Cause> find(int value) {
        return StandardQ850Cause.lookup(value);
    }

    /**
     * The listed cause for a name as FreeSWITCH or Asterisk print it ({@code USER_BUSY}), or for the
     * constant name; case-insensitive.
     */
    static Optional<StandardQ850Cause> findByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return StandardQ850Cause.lookupName(name.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Parses a cause number ({@code "17"}) or a {@code cause=17} parameter.
     *
     * @throws IllegalArgumentException naming the input when it holds no number
     */
    static Q850Cause parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        if (s.regionMatches(true, 0, "cause=", 0, 6)) {
            s = s.substring(6).strip();
        }
        if (s.isEmpty() || s.length() > 6 || !s.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not a Q.850 cause value: '" + text + "'");
        }
        return of(Integer.parseInt(s));
    }
}
