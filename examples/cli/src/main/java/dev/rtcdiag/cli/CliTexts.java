package dev.rtcdiag.cli;

import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.catalog.TextBundle;

/** The command line's own labels, in the user's language. */
final class CliTexts {

    private static final TextBundle BUNDLE = TextBundle.of("cli", CliTexts.class::getResourceAsStream);

    private CliTexts() {
    }

    /** The label; {@code {name}} placeholders are replaced pairwise from {@code args} (name, value, …). */
    static String get(Language language, String key, String... args) {
        String text = BUNDLE.get(key, language);
        for (int i = 0; i + 1 < args.length; i += 2) {
            text = text.replace("{" + args[i] + "}", args[i + 1]);
        }
        return text;
    }
}
