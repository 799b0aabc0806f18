package dev.rtcdiag.parsers.internal.broadworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BroadWorks message and OCI-transaction scans find what their regexes found, and finish on what made those slow or overflow. */
class BroadWorksScansTest {

    private static final Pattern MESSAGE = Pattern.compile("<message>(.*?)</message>|\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TRANSACTION = Pattern.compile("OCI Transaction (\\S+) (?:read|write)\\d+ executed.*?Duration: (\\d+) ms");

    private static String message(String s) {
        Matcher m = MESSAGE.matcher(s);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    private static String transaction(String s) {
        Matcher m = TRANSACTION.matcher(s);
        return m.find() ? m.group(1) + "/" + m.group(2) : null;
    }

    @Test
    void sameAsTheRegexesOnRandomTexts() {
        Random r = new Random(3);
        String[] m = {"<message>", "</message>", "\"message\"", " : ", ":", "\"", "\\", "x", "\n", "\"other\":\"y\","};
        String[] t = {"OCI Transaction ", "t1 ", "read", "write", "7", " executed", " Duration: ", "12", " ms", "\n", "x"};
        for (int i = 0; i < 100_000; i++) {
            String s = dev.rtcdiag.parsers.testing.RandomTexts.of(r, m, 8);
            assertThat(BroadWorksLogProvider.Parser.message(s)).as(s).isEqualTo(message(s));
            String u = dev.rtcdiag.parsers.testing.RandomTexts.of(r, t, 12);
            String[] got = BroadWorksLogProvider.Parser.transaction(u);
            assertThat(got == null ? null : got[0] + "/" + got[1]).as(u).isEqualTo(transaction(u));
        }
    }

    @Test
    void whatBrokeTheRegexesIsOneScan() {
        String escaped = "\\\"".repeat(3_000);
        assertThat(BroadWorksLogProvider.Parser.message("{\"message\":\"" + escaped + "\"}")).isEqualTo(escaped);
        String heads = "OCI Transaction t1 read1 executed ".repeat(5_000);
        assertThat(BroadWorksLogProvider.Parser.transaction(heads)).isNull();
        assertThat(Arrays.asList(BroadWorksLogProvider.Parser.transaction(heads + "Duration: 12 ms"))).containsExactly("t1", "12");
    }
}
