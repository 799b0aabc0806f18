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
}
