package dev.rtcdiag.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable index of one family's listed codes by their normalised code text: trimmed,
 * case-insensitive, runs of white space folded to one space. Vendors print their codes with drifting
 * case and spacing ({@code "Failed by ICE timeout"} vs {@code "failed by  ice timeout"}), so every
 * family looks codes up through this one rule. A code may map to several entries (BigBlueButton 2211
 * has two meanings); {@link #find(String)} returns the first listed one.
 *
 * @param <T> the family's listed type
 */
public final class CodeIndex<T extends CatalogCode> {

    private final Map<String, List<T>> byCode;

    private CodeIndex(Map<String, List<T>> byCode) {
        this.byCode = byCode;
    }

    /** Indexes the given entries by {@link CatalogCode#code()} and by any extra aliases they declare. */
    public static <T extends CatalogCode> CodeIndex<T> of(Iterable<T> entries, java.util.function.Function<T, List<String>> aliases) {
        Map<String, List<T>> map = new LinkedHashMap<>();
        for (T entry : entries) {
            map.computeIfAbsent(normalise(entry.code()), k -> new ArrayList<>()).add(entry);
            for (String alias : aliases.apply(entry)) {
                List<T> list = map.computeIfAbsent(normalise(alias), k -> new ArrayList<>());
                if (!list.contains(entry)) {
                    list.add(entry);
                }
            }
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new CodeIndex<>(Collections.unmodifiableMap(map));
    }

    /** Indexes the given entries by {@link CatalogCode#code()} only. */
    public static <T extends CatalogCode> CodeIndex<T> of(Iterable<T> entries) {
        return of(entries, e -> List.of());
    }

    /** The first listed entry for a code, or empty for {@code null}, blank or unlisted input. */
    public Optional<T> find(String code) {
        List<T> all = findAll(code);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every listed entry for a code, in listing order; empty for {@code null}, blank or unlisted input. */
    public List<T> findAll(String code) {
        if (code == null) {
            return List.of();
        }
        return byCode.getOrDefault(normalise(code), List.of());
    }

    /**
     * The normal form used for look-ups.
     *
     * @throws NullPointerException if {@code code} is null
     */
    public static String normalise(String code) {
        Objects.requireNonNull(code, "code");
        StringBuilder sb = new StringBuilder(code.length());
        boolean space = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
