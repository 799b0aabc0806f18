package dev.rtcdiag.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.testing.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand scanners that replaced backtracking regexes find exactly what those regexes found (on
 * random texts short enough for the regexes), and finish on the texts that broke the regexes: 2,000
 * escapes in one value (a StackOverflowError before), 64 KiB lines (seconds per line before).
 */
class LinearScannersTest {

    /** The regex the REST-object and JSON-message readers used. */
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void quotedFieldsAreTheRegexFields() {
        String rest = "{\n  \"sessionId\" : \"/198.51.100.2:20001/203.0.113.20:8443#1\",\n  \"info\" : \"Failed by \\\"ICE\\\" timeout\"\n}";
        assertThat(scanned(rest)).containsExactly("sessionId=/198.51.100.2:20001/203.0.113.20:8443#1@4", "info=Failed by \\\"ICE\\\" timeout@63");
        Random random = new Random(12);
        String alphabet = "\"\\\\ :a_1\n\t{},\r";
        for (int i = 0; i < 100_000; i++) {
            String text = RandomTexts.of(random, alphabet, 40);
            String s = random.nextBoolean() ? text : "\"name\" : \"" + text + "\"";
            assertThat(scanned(s)).as(s).isEqualTo(regex(s));
        }
    }

    @Test
    void quotedFieldsReadWhatOverflowedTheRegex() {
        String value = "\\u0421".repeat(2_000) + " \\\"x\\\"";
        String text = "{\"status\":\"FAILED\",\"info\":\"" + value + "\"}";
        assertThat(QuotedFields.value(text, "info")).isEqualTo(value);
        String unterminated = "\"a\":\"" + "x\\\"".repeat(10_000); // every quote escaped: the value never closes
        assertThat(QuotedFields.next(unterminated, 0)).isNull();
    }

    private static List<String> scanned(String s) {
        List<String> out = new ArrayList<>();
        for (QuotedFields.Field f = QuotedFields.next(s, 0); f != null; f = QuotedFields.next(s, f.end())) {
            out.add(f.name() + "=" + f.value() + "@" + f.start());
        }
        return out;
    }

    private static List<String> regex(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = FIELD.matcher(s);
        while (m.find()) {
            out.add(m.group(1) + "=" + m.group(2) + "@" + m.start());
        }
        return out;
    }
}
