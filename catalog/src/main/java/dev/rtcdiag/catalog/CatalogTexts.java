package dev.rtcdiag.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Localised names and explanations of catalog codes.
 *
 * <p>Texts live in UTF-8 properties files {@code dev/rtcdiag/catalog/i18n/<system>[_<lang>].properties}
 * with keys {@code <CONSTANT_NAME>.title} and {@code <CONSTANT_NAME>.description}. The English file
 * (no suffix) is complete; any other language falls back to it key by key. Unknown codes use the
 * family's template keys (for example {@code UNKNOWN_4XX.title}) in which {@code {code}} is replaced
 * by the code as seen.
 *
 * <p>{@link java.util.ResourceBundle} is deliberately not used: its fallback goes through the JVM's
 * default locale (so output would depend on the machine), and custom {@code Control}s are not
 * supported inside named modules.
 */
public final class CatalogTexts {

    private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

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

    /**
     * Looks a raw key up for a system in one language, falling back to English.
     *
     * @return the text, or empty when even English lacks the key
     */
    public static Optional<String> text(CodeSystem system, String key, Language language) {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(key, "key");
        Language lang = language == null ? Language.EN : language;
        String value = null;
        if (lang != Language.EN) {
            value = bundle(system, lang).get(key);
        }
        if (value == null) {
            value = bundle(system, Language.EN).get(key);
        }
        return Optional.ofNullable(value);
    }

    /** Whether the given language has its own text (not the English fallback) for the key. */
    public static boolean hasOwnText(CodeSystem system, String key, Language language) {
        return bundle(system, language).containsKey(key);
    }

    /** The keys of one system's bundle in one language (without fallback), for completeness checks. */
    public static Set<String> keys(CodeSystem system, Language language) {
        return Collections.unmodifiableSet(bundle(system, language).keySet());
    }

    private static Map<String, String> bundle(CodeSystem system, Language language) {
        String resource = "i18n/" + system.id() + (language == Language.EN ? "" : "_" + language.tag()) + ".properties";
        return CACHE.computeIfAbsent(resource, CatalogTexts::load);
    }

    private static Map<String, String> load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = CatalogTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Map.of();
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog texts " + resource, e);
        }
        Map<String, String> map = new ConcurrentHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            map.put(name, properties.getProperty(name));
        }
        return Map.copyOf(map);
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
