package dev.rtcdiag.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A set of UTF-8 properties files, one per {@link Language}, read relative to an anchor class:
 * {@code <base>.properties} (English, complete) and {@code <base>_<tag>.properties}. Any key missing
 * in a language falls back to English, never to the JVM's default locale. Thread-safe and immutable
 * once loaded; each file is read once, on first use.
 *
 * <p>Used by the catalog ({@link CatalogTexts}), the knowledge base and the command line, so that all
 * localised text follows one rule. {@link java.util.ResourceBundle} is not used: its fallback goes
 * through the default locale, and custom controls are not supported inside named modules.
 */
public final class TextBundle {

    private final String owner;
    private final Function<String, InputStream> opener;
    private final String base;
    private final Map<Language, Map<String, String>> loaded = Collections.synchronizedMap(new EnumMap<>(Language.class));

    private TextBundle(String owner, String base, Function<String, InputStream> opener) {
        this.owner = owner;
        this.base = base;
        this.opener = opener;
    }

    /**
     * A bundle whose files are resources of this (the catalog's) module, named relative to {@code anchor}'s package
     * (another module's files need {@link #of(String, Function)}: on the module path this one would not see them)
     * ({@code "i18n/sip"} → {@code i18n/sip.properties}, {@code i18n/sip_fa.properties}).
     */
    public static TextBundle of(Class<?> anchor, String base) {
        Objects.requireNonNull(anchor, "anchor");
        return new TextBundle(anchor.getName(), Objects.requireNonNull(base, "base"), anchor::getResourceAsStream);
    }

    /**
     * A bundle whose files another module opens for it: {@code TextBundle.of("kb/causes", Cause.class::getResourceAsStream)}.
     *
     * <p>Why: on the module path a module's resources are encapsulated, and {@code Class.getResourceAsStream}
     * answers its caller's module. Called from this module on another module's class it finds nothing, and every
     * text showed as its key. A method reference made in the owning module reads as that module.
     *
     * @param base the files' name relative to the opener's package, without language and extension
     * @param opener opens a resource by that relative name, in the module that owns it
     */
    public static TextBundle of(String base, Function<String, InputStream> opener) {
        return new TextBundle(base, Objects.requireNonNull(base, "base"), Objects.requireNonNull(opener, "opener"));
    }

    /** The text for a key in a language, falling back to English; empty when English lacks it too. */
    public Optional<String> text(String key, Language language) {
        Objects.requireNonNull(key, "key");
        Language lang = language == null ? Language.EN : language;
        String value = lang == Language.EN ? null : file(lang).get(key);
        if (value == null) {
            value = file(Language.EN).get(key);
        }
        return Optional.ofNullable(value);
    }

    /** Like {@link #text(String, Language)} but never empty: the key itself when nothing is found. */
    public String get(String key, Language language) {
        return text(key, language).orElse(key);
    }

    /** Whether the language's own file (not the fallback) has the key. */
    public boolean has(String key, Language language) {
        return file(language).containsKey(key);
    }

    /** The keys of one language's own file. */
    public Set<String> keys(Language language) {
        return file(language).keySet();
    }

    private Map<String, String> file(Language language) {
        return loaded.computeIfAbsent(language, this::load);
    }

    private Map<String, String> load(Language language) {
        String resource = base + (language == Language.EN ? "" : "_" + language.tag()) + ".properties";
        java.util.Properties properties = new java.util.Properties();
        try (InputStream in = opener.apply(resource)) {
            if (in == null) {
                return Map.of();
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read texts " + resource + " of " + owner, e);
        }
        Map<String, String> map = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            map.put(name, properties.getProperty(name));
        }
        return Map.copyOf(map);
    }
}
