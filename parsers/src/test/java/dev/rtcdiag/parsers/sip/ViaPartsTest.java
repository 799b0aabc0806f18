package dev.rtcdiag.parsers.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link SipParser#viaParts} replaced a regex; it must accept exactly what the regex matched, with the same groups. */
class ViaPartsTest {

    /** The regex the loop replaced (the reference). */
    private static final Pattern VIA = Pattern.compile(
            "(?s)(?<!\\s)\\s*SIP\\s*/\\s*([^/\\s]+)\\s*/\\s*([^\\s;]+)\\s+(\\[[^\\]]*\\]|[^\\s:;\\[]+)(?:\\s*:\\s*(\\d{1,5}))?\\s*(;.*)?");

    @Test
    void readsTheViasOfRfc3261AndRfc4475() {
        assertThat(SipParser.viaParts("SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds"))
                .isEqualTo(new SipParser.ViaParts("UDP", "pc33.atlanta.com", -1, ";branch=z9hG4bK776asdhds"));
        assertThat(SipParser.viaParts("SIP / 2.0 / TCP [2001:db8::9:1]:5061 ;received=192.0.2.1"))
                .isEqualTo(new SipParser.ViaParts("TCP", "[2001:db8::9:1]", 5061, ";received=192.0.2.1"));
        assertThat(SipParser.viaParts("SIP/2.0/UDP 10.0.0.5:5060")).isEqualTo(new SipParser.ViaParts("UDP", "10.0.0.5", 5060, null));
        assertThat(SipParser.viaParts("SIP/2.0/UDP host:506000")).isNull();
        assertThat(SipParser.viaParts("SIP/2.0/UDP;branch=x")).isNull();
    }

    @Test
    void agreesWithTheRegex() {
        String[] pieces = {"SIP", "sip", "/", "2.0", "UDP", "TLS", " ", "\t", "\r\n ", "\u00a0", "[", "]", "2001:db8::1", ":", "5060", "123456",
            "0", ";", "branch=z9hG4bK", "host.example.com", "a", ","};
        Random random = new Random(3261);
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            if (random.nextInt(3) > 0) {
                b.append(random.nextBoolean() ? "SIP/2.0/UDP " : "SIP / 2.0 / TCP ");
            }
            String s = b.append(dev.rtcdiag.parsers.testing.RandomTexts.of(random, pieces, 8)).toString();
            Matcher m = VIA.matcher(s);
            SipParser.ViaParts v = SipParser.viaParts(s);
            if (m.matches()) {
                matched++;
                assertThat(v).as("[%s]", s).isEqualTo(new SipParser.ViaParts(m.group(2), m.group(3),
                        m.group(4) == null ? -1 : Integer.parseInt(m.group(4)), m.group(5)));
            } else {
                assertThat(v).as("[%s]", s).isNull();
            }
        }
        assertThat(matched).as("texts the regex matched").isGreaterThan(20_000);
    }
}
