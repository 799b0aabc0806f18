package dev.rtcdiag.core;

import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.catalog.TextBundle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A knowledge-base entry: a failure cause with a stable id ({@code docs/causes.md}: public API, never
 * renamed or reused), a severity, the source its explanation comes from, and the entries worth
 * checking next. Title, explanation and remedy are localised ({@link Language}); English is complete.
 *
 * @param id {@code <system>.<kebab-slug>}
 * @param severity how bad it is
 * @param source the public references the explanation is traceable to: RFC sections, vendor documentation,
 *        public issue threads
 * @param nextSteps ids of related entries a person should check when this one is found
 * @param deprecated whether the id is retired (kept listed, never reused)
 * @param texts the texts of a cause defined outside the built-in knowledge base, per language (English
 *        required; other languages fall back to it); empty for built-in causes, whose texts are bundled
 * @param helpUri where a person reads more about the cause: for built-in causes its entry in the project's
 *        {@code docs/causes.md}; for causes of your own what {@link Builder#helpUri} gave, or empty
 */
public record Cause(String id, Severity severity, String source, List<String> nextSteps, boolean deprecated, Map<Language, Texts> texts,
        String helpUri) {

    /** The project's list of causes, one section per cause ({@link #anchor}); the {@link #helpUri} of built-in causes. */
    public static final String CAUSES_DOC = "https://github.com/rtcdiag/rtcdiag/blob/main/docs/causes.md";

    /**
     * A cause's texts in one language.
     *
     * @param title a one-line title
     * @param explanation what is going on and why
     * @param remedy what to do
     */
    public record Texts(String title, String explanation, String remedy) {

        /** Validates components. */
        public Texts {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(explanation, "explanation");
            Objects.requireNonNull(remedy, "remedy");
        }
    }

    /** A built-in cause, whose texts are in the bundled knowledge base. */
    public Cause(String id, Severity severity, String source, List<String> nextSteps, boolean deprecated) {
        this(id, severity, source, nextSteps, deprecated, Map.of(), "");
    }

    /** A cause with the default help address (the project's page for built-in causes, none for others). */
    public Cause(String id, Severity severity, String source, List<String> nextSteps, boolean deprecated, Map<Language, Texts> texts) {
        this(id, severity, source, nextSteps, deprecated, texts, "");
    }

    /**
     * The fragment of a cause's section in {@code docs/causes.md}: the heading's text as a Markdown renderer
     * such as GitHub's makes it an anchor (lower case, punctuation other than '-' dropped), so
     * {@code sip.auth-failed} becomes {@code sipauth-failed}.
     */
    public static String anchor(String id) {
        return id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }

    /**
     * Starts a cause of your own, for a rule of your own: {@code Cause.custom("acme.busy-trunk", Severity.WARNING)
     * .texts(Language.EN, title, explanation, remedy).build()}. Its id follows the naming rule
     * {@code <system>.<kebab-slug>}.
     */
    public static Builder custom(String id, Severity severity) {
        return new Builder(id, severity);
    }

    private static final Pattern ID = Pattern.compile("[a-z0-9]+\\.[a-z0-9]+(-[a-z0-9]+)*");
    static final TextBundle TEXTS = TextBundle.of("kb/causes", Cause.class::getResourceAsStream);

    /** Validates the id's naming rule. */
    public Cause {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("cause id must be <system>.<kebab-slug>: '" + id + "'");
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        nextSteps = List.copyOf(nextSteps);
        texts = texts.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(texts));
        if (!texts.isEmpty() && !texts.containsKey(Language.EN)) {
            throw new IllegalArgumentException("cause " + id + " has texts but none in English (the fallback)");
        }
        if (helpUri == null || helpUri.isEmpty()) {
            helpUri = texts.isEmpty() ? CAUSES_DOC + "#" + anchor(id) : "";
        }
    }

    /** The system part of the id ({@code "sip"}). */
    public String system() {
        return id.substring(0, id.indexOf('.'));
    }

    /** A one-line title. */
    public String title(Language language) {
        return texts.isEmpty() ? TEXTS.get(id + ".title", language) : own(language).title();
    }

    /** What is going on and why. */
    public String explanation(Language language) {
        return texts.isEmpty() ? TEXTS.get(id + ".explanation", language) : own(language).explanation();
    }

    /** What to do. */
    public String remedy(Language language) {
        return texts.isEmpty() ? TEXTS.get(id + ".remedy", language) : own(language).remedy();
    }

    /** Whether the language has its own text for this entry (rather than the English fallback). */
    public boolean isTranslated(Language language) {
        if (!texts.isEmpty()) {
            return texts.containsKey(language);
        }
        return TEXTS.has(id + ".title", language) && TEXTS.has(id + ".explanation", language) && TEXTS.has(id + ".remedy", language);
    }

    private Texts own(Language language) {
        Texts t = texts.get(language);
        return t != null ? t : texts.get(Language.EN);
    }

    /** Builds a cause of your own (see {@link #custom}). */
    public static final class Builder {
        private final String id;
        private final Severity severity;
        private final Map<Language, Texts> texts = new EnumMap<>(Language.class);
        private String source = "";
        private List<String> nextSteps = List.of();
        private String helpUri = "";

        private Builder(String id, Severity severity) {
            this.id = id;
            this.severity = severity;
        }

        /** The texts in one language; English is required, the others fall back to it. */
        public Builder texts(Language language, String title, String explanation, String remedy) {
            texts.put(Objects.requireNonNull(language, "language"), new Texts(title, explanation, remedy));
            return this;
        }

        /** Where the explanation comes from (a runbook, a ticket). */
        public Builder source(String v) {
            this.source = Objects.requireNonNull(v, "source");
            return this;
        }

        /** Where a person reads more (your runbook's page); reports link the cause to it. */
        public Builder helpUri(String v) {
            this.helpUri = Objects.requireNonNull(v, "helpUri");
            return this;
        }

        /** Ids of related causes to check next. */
        public Builder nextSteps(String... ids) {
            this.nextSteps = List.of(ids);
            return this;
        }

        /**
         * The cause.
         *
         * @throws IllegalArgumentException when the id breaks the naming rule or there is no English text
         */
        public Cause build() {
            if (!texts.containsKey(Language.EN)) {
                throw new IllegalArgumentException("cause " + id + " needs its texts in English (Language.EN), the fallback of every other language");
            }
            return new Cause(id, severity, source, nextSteps, false, texts, helpUri);
        }
    }
}
