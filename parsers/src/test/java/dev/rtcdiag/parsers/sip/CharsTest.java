package dev.rtcdiag.parsers.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.testing.RandomTexts;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Chars#split} must give exactly the arrays {@code Pattern.split} gives, which it replaces. */
class CharsTest {

    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Test
    void splitsStartLinesAndSdpLines() {
        assertThat(Chars.split("INVITE sip:bob@example.com SIP/2.0", true)).containsExactly("INVITE", "sip:bob@example.com", "SIP/2.0");
        assertThat(Chars.split("audio 49170 RTP/AVP 0 8", false)).containsExactly("audio", "49170", "RTP/AVP", "0", "8");
    }

    @Test
    void agreesWithPatternSplit() {
        Random random = new Random(7);
        String alphabet = " \t\n\u000B\f\rab0\u00a0\u2003";
        for (int i = 0; i < 100_000; i++) {
            String s = RandomTexts.of(random, alphabet, 12);
            assertThat(Chars.split(s, true)).as("[%s]", s).containsExactly(BLANKS.split(s));
            assertThat(Chars.split(s, false)).as("[%s]", s).containsExactly(WHITESPACE.split(s));
        }
    }

    /** The bounded search gives what a search of the cut-out range gives, and never looks past its end. */
    @Test
    void indexOfStaysWithinItsRange() {
        Random random = new Random(3261);
        for (int i = 0; i < 100_000; i++) {
            String s = RandomTexts.of(random, ":=a;\n", 12);
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            int inRange = s.substring(from, to).indexOf(':');
            assertThat(Chars.indexOf(s, ':', from, to)).as("[%s] %d..%d", s, from, to).isEqualTo(inRange < 0 ? -1 : from + inRange);
        }
        assertThat(Chars.indexOf("ab\ncd:", ':', 0, 2)).as("a colon on a later line").isEqualTo(-1);
    }
}
