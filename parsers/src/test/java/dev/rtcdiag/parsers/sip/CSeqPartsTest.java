package dev.rtcdiag.parsers.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link SipParser#cseqParts} replaced a regex; it must accept exactly what the regex matched, with the same groups. */
class CSeqPartsTest {

    /** The regex the loop replaced (the reference). */
    private static final Pattern CSEQ = Pattern.compile("(?<![\\s\\d])\\s*(\\d++)\\s+(\\S+)\\s*");

    @Test
    void readsTheCSeqsOfRfc3261AndRfc4475() {
        assertThat(SipParser.cseqParts("314159 INVITE")).containsExactly("314159", "INVITE");
        assertThat(SipParser.cseqParts(" 0009 \t NewFangledMethod ")).containsExactly("0009", "NewFangledMethod");
        assertThat(SipParser.cseqParts("36893488147419103232 REGISTER")).containsExactly("36893488147419103232", "REGISTER");
        assertThat(SipParser.cseqParts("1INVITE")).isNull();
        assertThat(SipParser.cseqParts("1 INVITE x")).isNull();
        assertThat(SipParser.cseqParts("INVITE 1")).isNull();
        assertThat(SipParser.cseqParts("")).isNull();
    }

    @Test
    void agreesWithTheRegex() {
        String[] pieces = {"1", "0", "42", "9999999999999999999999", " ", "\t", "\r\n", "\u00a0", "\u0663", "INVITE", "ACK", "-", "x", ";", ","};
        Random random = new Random(3261);
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            String s = dev.rtcdiag.parsers.testing.RandomTexts.of(random, pieces, 6);
            Matcher m = CSEQ.matcher(s);
            String[] parts = SipParser.cseqParts(s);
            if (m.matches()) {
                matched++;
                assertThat(parts).as("[%s]", s).containsExactly(m.group(1), m.group(2));
            } else {
                assertThat(parts).as("[%s]", s).isNull();
            }
        }
        assertThat(matched).as("texts the regex matched").isGreaterThan(5_000);
    }
}
