package dev.rtcdiag.parsers.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
            int semi = SipParser.indexOutsideQuotes(text, ';', start); // unchanged, shared
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
                    value = SipParser.unquote(value.substring(1, value.length() - 1)); // unchanged, shared
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

    @Test
    void aViaWithManyParametersKeepsTheFirstOfEach() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            parts.add("x" + (i % 300) + "=" + i);
        }
        SipMessage m = SipParser.parse("OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1;" + String.join(";", parts)
                + "\r\nCall-ID: c\r\nCSeq: 1 OPTIONS\r\nFrom: <sip:a@b>;tag=1\r\nTo: <sip:a@b>\r\nContent-Length: 0\r\n\r\n");
        Map<String, String> params = m.vias().get(0).params();
        assertThat(params).hasSize(301);
        assertThat(params.get("x299")).isEqualTo("299");
        assertThat(params.get("x0")).isEqualTo("0");
        assertThat(params.keySet()).startsWith("branch", "x0", "x1");
        assertThat(m.vias().get(0).branch()).contains("z9hG4bK1");
        assertThatThrownBy(() -> params.put("branch", "x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
