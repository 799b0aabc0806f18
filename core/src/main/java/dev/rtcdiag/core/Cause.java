package dev.rtcdiag.core;

import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.catalog.TextBundle;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A knowledge-base entry: a failure cause with a stable id ({@code spec/causes.md}: public API, never
 * renamed or reused), a severity, the source its explanation comes from, and the entries worth
 * checking next. Title, explanation and remedy are localised ({@link Language}); English is complete.
 *
 * @param id {@code <system>.<kebab-slug>}
 * @param severity how bad it is
 * @param source the seed document or research note the explanation is traceable to
 * @param nextSteps ids of related entries a person should check when this one is found
 * @param deprecated whether the id is retired (kept listed, never reused)
 */
public record Cause(String id, Severity severity, String source, List<String> nextSteps, boolean deprecated) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+\\.[a-z0-9]+(-[a-z0-9]+)*");
    static final TextBundle TEXTS = TextBundle.of(Cause.class, "kb/causes");

    /** Validates the id's naming rule. */
    public Cause {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("cause id must be <system>.<kebab-slug>: '" + id + "'");
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        nextSteps = List.copyOf(nextSteps);
    }

    /** The system part of the id ({@code "sip"}). */
    public String system() {
        return id.substring(0, id.indexOf('.'));
    }

    /** A one-line title. */
    public String title(Language language) {
        return TEXTS.get(id + ".title", language);
    }

    /** What is going on and why. */
    public String explanation(Language language) {
        return TEXTS.get(id + ".explanation", language);
    }

    /** What to do. */
    public String remedy(Language language) {
        return TEXTS.get(id + ".remedy", language);
    }

    /** Whether the language has its own text for this entry (rather than the English fallback). */
    public boolean isTranslated(Language language) {
        return TEXTS.has(id + ".title", language) && TEXTS.has(id + ".explanation", language) && TEXTS.has(id + ".remedy", language);
    }
}
