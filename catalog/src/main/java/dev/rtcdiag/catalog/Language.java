package dev.rtcdiag.catalog;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The languages rtcdiag ships texts in. English is complete and is the fallback for every key; the
 * others follow the languages of the source guides (Persian for SIP and BigBlueButton, Russian for
 * Bitrix24 and WCS, Turkish for Webex/BroadWorks) and are extended where a good translation exists.
 */
public enum Language {
    EN("en", "English"),
    FA("fa", "فارسی"),
    RU("ru", "Русский"),
    TR("tr", "Türkçe");

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    /** The BCP 47 language tag ({@code "fa"}). */
    public String tag() {
        return tag;
    }

    /** The language's name in itself. */
    public String nativeName() {
        return nativeName;
    }

    /** The locale for this language. */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** Whether the language is written right to left. */
    public boolean isRightToLeft() {
        return this == FA;
    }

    /** The language of a locale; any language rtcdiag has no texts for maps to {@link #EN}. */
    public static Language of(Locale locale) {
        if (locale == null) {
            return EN;
        }
        return find(locale.getLanguage()).orElse(EN);
    }

    /** Finds a language by tag ({@code "fa"}, {@code "ru-RU"}), case-insensitively. */
    public static Optional<Language> find(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        for (Language l : values()) {
            if (l.tag.equals(language)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * Strict variant of {@link #find(String)}.
     *
     * @throws IllegalArgumentException naming the tag when rtcdiag has no texts in that language
     */
    public static Language parse(String tag) {
        Objects.requireNonNull(tag, "tag");
        return find(tag).orElseThrow(() -> new IllegalArgumentException(
                "unsupported language: '" + tag + "' (supported: en, fa, ru, tr)"));
    }
}
