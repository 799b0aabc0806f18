package dev.rtcdiag.catalog.sip;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.CodeSystem;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A FreeSWITCH hangup cause as printed in logs and CDRs ({@code Hangup … [NORMAL_CLEARING]},
 * {@code hangup_cause=USER_BUSY}). Known names are {@link StandardFreeSwitchCause} constants; an
 * unfamiliar name is an {@link UnknownFreeSwitchCause}. The {@link #code()} is the name, because
 * that is what FreeSWITCH prints.
 */
public sealed interface FreeSwitchCause extends CatalogCode permits StandardFreeSwitchCause, UnknownFreeSwitchCause {

    /** The cause number, or -1 when unknown. */
    int value();

    /** The cause name as FreeSWITCH prints it. */
    String causeName();

    /** Whether the number is a Q.850 value (1–127) rather than a FreeSWITCH-internal one. */
    default boolean isQ850() {
        return value() >= 1 && value() <= 127;
    }

    @Override
    default CodeSystem system() {
        return CodeSystem.FREESWITCH;
    }

    @Override
    default String code() {
        return causeName();
    }

    @Override
    default String category() {
        return value() < 0 ? "unknown" : isQ850() ? "q850" : "internal";
    }

    @Override
    default String defaultTitle() {
        return causeName();
    }

    /** The cause for a name (case-insensitive) or a number in text form; never {@code null}. */
    static FreeSwitchCause of(String nameOrNumber) {
        return find(nameOrNumber).<FreeSwitchCause>map(c -> c)
                .orElseGet(() -> new UnknownFreeSwitchCause(nameOrNumber == null ? "" : nameOrNumber.strip()));
    }

    /** The cause for a number; never {@code null}. */
    static FreeSwitchCause of(int value) {
        return StandardFreeSwitchCause.lookupValue(value).<FreeSwitchCause>map(c -> c)
                .orElseGet(() -> new UnknownFreeSwitchCause(Integer.toString(value)));
    }

    /** The listed cause for a name or number in text form. */
    static Optional<StandardFreeSwitchCause> find(String nameOrNumber) {
        if (nameOrNumber == null || nameOrNumber.isBlank()) {
            return Optional.empty();
        }
        String s = nameOrNumber.strip();
        if (s.length() <= 4 && s.chars().allMatch(Character::isDigit)) {
            return StandardFreeSwitchCause.lookupValue(Integer.parseInt(s));
        }
        return StandardFreeSwitchCause.lookupName(s.toUpperCase(Locale.ROOT));
    }

    /**
     * Strict lookup.
     *
     * @throws IllegalArgumentException naming the input when it is not a FreeSWITCH cause
     */
    static StandardFreeSwitchCause parse(String nameOrNumber) {
        Objects.requireNonNull(nameOrNumber, "nameOrNumber");
        return find(nameOrNumber).orElseThrow(
                () -> new IllegalArgumentException("not a FreeSWITCH hangup cause: '" + nameOrNumber + "'"));
    }
}
