package dev.rtcdiag.parsers.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.testing.RandomTexts;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SipParser#startsWithLowerAscii} replaced {@code toLowerCase(Locale.ROOT).startsWith}: the same answer for every text. */
class SchemePrefixTest {

    @Test
    void agreesWithLowerCasingTheWholeText() {
        // the letters of the prefixes in both cases, and the characters that fold to them under other rules:
        // long s (U+017F), dotless i (U+0131), dotted capital I (U+0130, lower-cased to two chars), Kelvin sign
        String[] variants = {"sSſK", "iIıİ", "pPk", "sS:ſ", ":@?x"}; // each position: its letters and look-alikes
        Random random = new Random(3261);
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(variants.length + 1);
            for (int k = 0; k < length; k++) {
                b.append(variants[k].charAt(random.nextInt(variants[k].length())));
            }
            String s = b.append(RandomTexts.of(random, "sip:ſıİ", 3)).toString();
            for (String prefix : new String[] {"sip:", "sips:"}) {
                boolean expected = s.toLowerCase(Locale.ROOT).startsWith(prefix);
                assertThat(SipParser.startsWithLowerAscii(s, prefix)).as("[%s] %s", s, prefix).isEqualTo(expected);
                matched += expected ? 1 : 0;
            }
        }
        assertThat(matched).as("texts that start with a scheme").isGreaterThan(100);
    }
}
