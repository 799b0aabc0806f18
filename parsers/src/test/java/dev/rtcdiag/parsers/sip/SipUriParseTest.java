package dev.rtcdiag.parsers.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.testing.RandomTexts;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SipUri#parse} reads by positions now; it must give what the version that cut substrings gave, for any text. */
class SipUriParseTest {

    /** The earlier {@code SipUri.parse}, kept as the reference. */
    private static SipUri reference(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        String scheme = colon > 0 && SipUri.isScheme(t, colon) // unchanged, shared
                ? t.substring(0, colon).toLowerCase(java.util.Locale.ROOT) : "";
        String rest = scheme.isEmpty() ? t : t.substring(colon + 1);
        if (!scheme.equals("sip") && !scheme.equals("sips")) {
            return new SipUri(t, scheme, scheme.equals("tel") ? cut(rest, ';') : "", "", -1);
        }
        int q = rest.indexOf('?');
        String noHeaders = q >= 0 ? rest.substring(0, q) : rest;
        int at = noHeaders.lastIndexOf('@');
        String user = at >= 0 ? noHeaders.substring(0, at) : "";
        String hostPort = cut(at >= 0 ? noHeaders.substring(at + 1) : noHeaders, ';');
        int c = hostPort.lastIndexOf(':');
        int port = -1;
        String host = hostPort;
        if (c > 0 && hostPort.indexOf(']') < c) {
            String p = hostPort.substring(c + 1);
            if (!p.isEmpty() && p.length() <= 5 && Chars.digits(p)) {
                port = Integer.parseInt(p);
                host = hostPort.substring(0, c);
            }
        }
        int colonInUser = user.indexOf(':');
        if (colonInUser >= 0) {
            user = user.substring(0, colonInUser);
        }
        return new SipUri(t, scheme, user, host, port);
    }

    private static String cut(String s, char at) {
        int i = s.indexOf(at);
        return i >= 0 ? s.substring(0, i) : s;
    }

    @Test
    void readsTheUsualUris() {
        assertThat(SipUri.parse("sip:alice:secret@atlanta.com:5060;transport=tcp?subject=x"))
                .isEqualTo(new SipUri("sip:alice:secret@atlanta.com:5060;transport=tcp?subject=x", "sip", "alice", "atlanta.com", 5060));
        assertThat(SipUri.parse(" SIPS:[2001:db8::1]:5061 ")).isEqualTo(new SipUri("SIPS:[2001:db8::1]:5061", "sips", "", "[2001:db8::1]", 5061));
        assertThat(SipUri.parse("tel:+1-201-555-0123;phone-context=x")).isEqualTo(new SipUri("tel:+1-201-555-0123;phone-context=x", "tel", "+1-201-555-0123", "", -1));
    }

    @Test
    void agreesWithTheVersionItReplaced() {
        String[] pieces = {"sip", "SIP", "sips", "Sip", "tel", "TEL", "http", ":", ":", "@", "@", "?", ";", "]", "[", "user", "host.example", "5060",
            "123456", "pw", "\u0661\u0662", " ", "\t", "x=y", "+", "-", "::1", "%40", ""};
        Random random = new Random(3261);
        int withPort = 0;
        for (int i = 0; i < 300_000; i++) {
            String scheme = switch (random.nextInt(4)) { // mostly SIP URIs, where host and port are read
                case 0 -> "";
                case 1 -> "sips:";
                default -> "sip:";
            };
            String s = scheme + RandomTexts.of(random, pieces, 9);
            SipUri expected = reference(s);
            assertThat(SipUri.parse(s)).as("[%s]", s).isEqualTo(expected);
            withPort += expected.port() >= 0 ? 1 : 0;
        }
        assertThat(withPort).as("texts read with a port").isGreaterThan(1_000);
        assertThat(SipUri.parse(null)).isEqualTo(reference(null));
    }
}
