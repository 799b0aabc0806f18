package dev.rtcdiag.core;

import java.util.Locale;
import java.util.Optional;

/**
 * How bad a cause is ({@code docs/causes.md}): {@link #ERROR} the call or session failed or cannot
 * work, {@link #WARNING} degraded or likely to recur, {@link #INFO} expected behaviour that looks
 * like a failure (the caller cancelled, the callee was busy).
 */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case id used in outputs ({@code "error"}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** The severity for an id, case-insensitively. */
    public static Optional<Severity> find(String id) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
