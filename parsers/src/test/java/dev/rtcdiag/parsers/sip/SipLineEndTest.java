package dev.rtcdiag.parsers.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SipParser#lineEnd} reads eight bytes at a time; it must find exactly what a byte-by-byte loop finds,
 * for every start and end, whatever the neighbouring bytes (the bytes next to CR and LF, zero, 0x80 and 0xFF are
 * where a word-at-a-time test can be fooled by a borrow).
 */
class SipLineEndTest {

    private static int byByte(byte[] d, int from, int to) {
        for (int i = from; i < to; i++) {
            if (d[i] == '\n' || d[i] == '\r') {
                return i;
            }
        }
        return to;
    }

    @Test
    void findsTheFirstLineBreakAsAByteLoopDoes() {
        byte[] alphabet = {'\n', '\r', 0x09, 0x0B, 0x0C, 0x0E, 0x00, 0x01, (byte) 0x80, (byte) 0x8A, (byte) 0x8D, (byte) 0xFF, 'a', ' ', 0x1A};
        Random random = new Random(3261);
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            byte[] d = new byte[random.nextInt(40)];
            int breaks = random.nextInt(3); // texts without any break, with one, with a few: each word position is reached
            for (int i = 0; i < d.length; i++) {
                byte b = alphabet[random.nextInt(alphabet.length)];
                d[i] = (b == '\n' || b == '\r') && random.nextInt(8) >= breaks ? (byte) 'x' : b;
            }
            for (int from = 0; from <= d.length; from++) {
                int to = from + random.nextInt(d.length - from + 1);
                int expected = byByte(d, from, to);
                assertThat(SipParser.lineEnd(d, from, to)).as("%s from %d to %d", java.util.Arrays.toString(d), from, to).isEqualTo(expected);
                found += expected < to ? 1 : 0;
            }
        }
        assertThat(found).as("searches that found a break").isGreaterThan(30_000);
    }

    @Test
    void readsTheLinesOfAMessageWhateverTheirEnds() {
        for (String eol : new String[] {"\r\n", "\n", "\r"}) {
            String text = String.join(eol, "SIP/2.0 486 Busy Here", "Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1",
                    "Call-ID: 1234567890abcdef@host", "CSeq: 1 INVITE", "From: <sip:a@b>;tag=1", "To: <sip:c@d>;tag=2",
                    "Content-Length: 0", "", "");
            SipMessage m = SipParser.parse(text);
            assertThat(m.headers()).as(eol.replace("\r", "CR").replace("\n", "LF")).hasSize(6);
            assertThat(m.callId()).contains("1234567890abcdef@host");
            assertThat(m.isValid()).isTrue();
        }
    }
}
