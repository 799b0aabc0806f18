package dev.rtcdiag.parsers.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.testing.RandomTexts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SipParser#params} reads by positions now; it must read what the version that cut substrings read, with the same deviations. */
class ParamsParseTest {

    /** The earlier version, on the text after the first ';' (it was given a substring), and its deviations. */
    private static Map<String, String> reference(String text, List<String> deviations) {
        Map<String, String> map = new LinkedHashMap<>();
        int start = 0;
        while (start <= text.length()) {
            int semi = indexOutsideQuotes(text, ';', start);
            String p = (semi >= 0 ? text.substring(start, semi) : text.substring(start)).strip();
            if (p.isEmpty()) {
                if (semi >= 0 || start > 0) {
                    deviations.add("EMPTY_PARAMETER");
                }
            } else {
                int eq = p.indexOf('=');
                String name = (eq >= 0 ? p.substring(0, eq) : p).strip().toLowerCase(Locale.ROOT);
                String value = eq >= 0 ? p.substring(eq + 1).strip() : "";
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    StringBuilder sb = new StringBuilder();
                    String inner = value.substring(1, value.length() - 1);
                    for (int i = 0; i < inner.length(); i++) {
                        char c = inner.charAt(i);
                        sb.append(c == '\\' && i + 1 < inner.length() ? inner.charAt(++i) : c);
                    }
                    value = sb.toString();
                }
                map.putIfAbsent(name, value);
            }
            if (semi < 0) {
                break;
            }
            start = semi + 1;
        }
        return map;
    }

    private static int indexOutsideQuotes(String s, char target, int from) {
        boolean quoted = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == target) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void agreesWithTheVersionItReplaced() {
        String[] pieces = {";", ";", "=", "=", " ", "\t", "\u00a0", "\"", "\\", "tag", "TAG", "branch", "z9hG4bK", "1", "lr", "a b", ",", ""};
        Random random = new Random(3261);
        int withDeviation = 0;
        for (int i = 0; i < 200_000; i++) {
            String prefix = RandomTexts.of(random, new String[] {"<sip:a@b>", " ", "x"}, 3);
            String text = prefix + ";" + RandomTexts.of(random, pieces, 10);
            List<String> expectedDeviations = new ArrayList<>();
            Map<String, String> expected = reference(text.substring(prefix.length() + 1), expectedDeviations);
            SipMessage.Builder b = new SipMessage.Builder();
            Map<String, String> actual = SipParser.params(text, prefix.length() + 1, "To", b);
            assertThat(actual).as("[%s]", text).isEqualTo(expected);
            assertThat(new ArrayList<>(actual.keySet())).as("[%s]", text).containsExactlyElementsOf(expected.keySet());
            List<String> deviations = b.deviations == null ? List.of() : b.deviations.stream().map(d -> d.type().name()).toList();
            assertThat(deviations).as("[%s]", text).isEqualTo(expectedDeviations);
            withDeviation += expectedDeviations.isEmpty() ? 0 : 1;
        }
        assertThat(withDeviation).as("texts with an empty parameter").isGreaterThan(10_000);
    }
}
