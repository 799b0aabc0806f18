package dev.rtcdiag.catalog;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Localised names and explanations of catalog codes.
 *
 * <p>Texts live in UTF-8 properties files {@code dev/rtcdiag/catalog/i18n/<system>[_<lang>].properties}
 * with keys {@code <CONSTANT_NAME>.title} and {@code <CONSTANT_NAME>.description}. The English file
 * (no suffix) is complete; any other language falls back to it key by key. Unknown codes use the
 * family's template keys (for example {@code UNKNOWN_4XX.title}) in which {@code {code}} is replaced
 * by the code as seen.
 *
 * <p>The files are read through {@link TextBundle}, which never falls back to the JVM's default locale.
 */
public final class CatalogTexts {

    private static final Map<CodeSystem, TextBundle> BUNDLES = new EnumMap<>(CodeSystem.class);

    static {
        for (CodeSystem system : CodeSystem.values()) {
            BUNDLES.put(system, TextBundle.of(CatalogTexts.class, "i18n/" + system.id()));
        }
    }

    private CatalogTexts() {
    }

    /** The localised title of a code, falling back to English and then to {@link CatalogCode#defaultTitle()}. */
    public static String title(CatalogCode code, Locale locale) {
        Objects.requireNonNull(code, "code");
        return text(code.system(), code.constantName() + ".title", Language.of(locale))
                .map(t -> t.replace("{code}", code.code()))
                .orElse(code.defaultTitle());
    }

    /** The localised explanation of a code, falling back to English; empty when none is known. */
    public static String description(CatalogCode code, Locale locale) {
        Objects.requireNonNull(code, "code");
        return text(code.system(), code.constantName() + ".description", Language.of(locale))
                .map(t -> t.replace("{code}", code.code()))
                .orElse("");
    }

    /** Looks a raw key up for a system in one language, falling back to English. */
    public static Optional<String> text(CodeSystem system, String key, Language language) {
        Objects.requireNonNull(system, "system");
        return BUNDLES.get(system).text(key, language);
    }

    /** Whether the given language has its own text (not the English fallback) for the key. */
    public static boolean hasOwnText(CodeSystem system, String key, Language language) {
        return BUNDLES.get(system).has(key, language);
    }

    /** The keys of one system's bundle in one language (without fallback), for completeness checks. */
    public static Set<String> keys(CodeSystem system, Language language) {
        return BUNDLES.get(system).keys(language);
    }

    /** Convenience for callers that hold a {@link Language} rather than a {@link Locale}. */
    public static String title(CatalogCode code, Language language) {
        return title(code, language == null ? Locale.ROOT : language.locale());
    }

    /** Convenience for callers that hold a {@link Language} rather than a {@link Locale}. */
    public static String description(CatalogCode code, Language language) {
        return description(code, language == null ? Locale.ROOT : language.locale());
    }
}
