package dev.rtcdiag.catalog;

import java.util.Locale;

/**
 * One entry of a code catalog: a SIP status, a Q.850 cause, a BigBlueButton error code, a WCS
 * status-info string, and so on.
 *
 * <p>Every family in this module offers a total {@code of(…)} that never returns {@code null} and
 * never throws for bad data: a code that the catalog does not list is represented by an "unknown"
 * value of the same family ({@link #isKnown()} is {@code false}), which still carries the code as
 * it was seen and, where the family has one, its class.
 *
 * <p>Texts are localised through {@link CatalogTexts}; English is always available and is the
 * fallback for every other language.
 */
public interface CatalogCode {

    /** The family this code belongs to. */
    CodeSystem system();

    /** The code as it appears in logs: {@code "486"}, {@code "603-S"}, {@code "Failed by ICE timeout"}. */
    String code();

    /**
     * A stable upper-snake identifier ({@code BUSY_HERE}, {@code ICE_NEGOTIATION_FAILED}); for unknown
     * codes a synthetic name such as {@code UNKNOWN_4XX}. Used as the key of localised texts.
     */
    String constantName();

    /** A short category inside the family, e.g. {@code "4xx"}, {@code "audio"}, {@code "stream-info"}. */
    String category();

    /** Where the code and its meaning come from: RFC section, registry, vendor source or seed file. */
    String source();

    /** {@code false} when this value stands for a code that the catalog does not list. */
    boolean isKnown();

    /**
     * Whether the code has a meaning: every listed code, and unlisted codes whose family defines one
     * by range (an unknown SIP 499 is a 4xx client failure treated like 400; an unknown WCS
     * {@code "Failed by …"} text is a failure). {@code false} for codes that say nothing at all.
     */
    default boolean isInterpretable() {
        return isKnown();
    }

    /** The name of the code in the given language, falling back to English. */
    default String title(Locale locale) {
        return CatalogTexts.title(this, locale);
    }

    /** An explanation of what the code means in the given language, falling back to English. */
    default String description(Locale locale) {
        return CatalogTexts.description(this, locale);
    }

    /**
     * The English name used when no localised title exists: the registry phrase for protocol codes,
     * the vendor's constant or message for vendor codes.
     */
    String defaultTitle();
}
