package dev.rtcdiag.parsers.internal.wcs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.testing.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The REST-object field pattern is written as an unrolled loop for speed; it must find exactly the
 * fields the plain form {@code (?:[^"\\]|\\.)*} finds, escapes, line breaks and unterminated values included.
 */
class WcsFieldPatternTest {

    /** The obvious form of the same pattern, the reference. */
    private static final Pattern PLAIN = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void readsRestObjectFields() {
        String rest = "{\n  \"sessionId\" : \"/198.51.100.2:20001/203.0.113.20:8443#1\",\n  \"info\" : \"Failed by \\\"ICE\\\" timeout\"\n}";
        assertThat(fields(WcsServerLogProvider.FIELD, rest))
                .containsExactly("sessionId=/198.51.100.2:20001/203.0.113.20:8443#1@4", "info=Failed by \\\"ICE\\\" timeout@63");
    }

    @Test
    void findsWhatThePlainFormFinds() {
        Random random = new Random(12);
        String alphabet = "\"\\\\ :a_1\n\t{},";
        for (int i = 0; i < 50_000; i++) {
            String text = RandomTexts.of(random, alphabet, 40);
            String s = random.nextBoolean() ? text : "\"name\" : \"" + text + "\"";
            assertThat(fields(WcsServerLogProvider.FIELD, s)).as(s).isEqualTo(fields(PLAIN, s));
        }
    }

    /** Every field found, as {@code name=value@offset}. */
    private static List<String> fields(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.group(1) + "=" + m.group(2) + "@" + m.start());
        }
        return out;
    }
}
