package dev.rtcdiag.core.report;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.catalog.TextBundle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reports' labels in four languages, as ICU message patterns: counts take the language's CLDR
 * plural forms ({@code {count, plural, one {# finding} other {# findings}}}; Russian has one, few and
 * many), numbers keep Latin digits (log lines, ids and times around them are Latin too), and in a
 * right-to-left language every value put into a label is isolated as left-to-right (U+2066 … U+2069), so
 * "نخستین: 2024-03-05T09:58:12Z" keeps its order on screen.
 */
final class Labels {

    private static final TextBundle BUNDLE = TextBundle.of("labels", Labels.class::getResourceAsStream);
    private static final Map<String, MessageFormat> CACHE = new ConcurrentHashMap<>();

    /** Left-to-right isolate and pop directional isolate (Unicode bidi, UAX #9). */
    static final char LRI = '\u2066';
    static final char PDI = '\u2069';

    private Labels() {
    }

    /**
     * The label {@code key} with its arguments, given as name/value pairs: {@code get(FA, "first", "time", t)}.
     * Numbers are counted by the plural rules; text values of a right-to-left language are isolated.
     */
    static String get(Language l, String key, Object... args) {
        String pattern = BUNDLE.get(key, l);
        if (args.length == 0 && pattern.indexOf('{') < 0) {
            return pattern;
        }
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            Object v = args[i + 1];
            named.put((String) args[i], v instanceof String s ? ltr(l, s) : v);
        }
        MessageFormat f = format(l, key, pattern);
        synchronized (f) { // ICU formats are not thread-safe
            return f.format(named);
        }
    }

    /**
     * Compiles every label of a language that takes arguments, and formats one count, so ICU's plural rules and
     * number data are loaded. Loading them takes longer than the rest of a small run (about 150 ms of a
     * one-message diagnosis, against the JVM's 100 ms start), so the CLI calls this on a second thread while
     * the input is read; {@link #get} works the same without it.
     */
    static void prepare(Language l) {
        for (String key : BUNDLE.keys(l)) {
            String pattern = BUNDLE.get(key, l);
            if (pattern.indexOf('{') >= 0) {
                format(l, key, pattern);
            }
        }
        // a count through the plural rules and the number format, which ICU loads on first format only
        new MessageFormat("{n, plural, other {#}}", locale(l)).format(Map.of("n", 1));
    }

    private static MessageFormat format(Language l, String key, String pattern) {
        return CACHE.computeIfAbsent(l.tag() + "\u0000" + key, k -> new MessageFormat(pattern, locale(l)));
    }

    /** A left-to-right value (a time, an id, a path, a log line) isolated for a right-to-left language; as it is otherwise. */
    static String ltr(Language l, String value) {
        return l.isRightToLeft() && !value.isEmpty() ? LRI + value + PDI : value;
    }

    private static ULocale locale(Language l) {
        return new ULocale(l.tag() + "@numbers=latn");
    }
}
