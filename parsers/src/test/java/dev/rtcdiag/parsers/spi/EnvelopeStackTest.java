package dev.rtcdiag.parsers.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The envelope layer on the artefacts real pastes carry (shapes taken from ../shared/realworld). */
class EnvelopeStackTest {

    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    private static List<String> unwrapAll(String text) {
        EnvelopeStack s = EnvelopeStack.detect(lines(text));
        List<String> out = new ArrayList<>();
        for (String l : lines(text)) {
            out.addAll(s.unwrap(l));
        }
        return out;
    }

    @Test
    void syslogWithAndWithoutHostAndDockerComposePrefixes() {
        assertThat(EnvelopeStack.detect(lines("Jun 25 14:43:02 bbb-webrtc-sfu[6681]: 2020-06-25T11:43:02.725Z - error: x\n"
                + "Apr  8 16:27:13 Aydep-BBB-27 bbb-webrtc-sfu[2123]: 2021-04-08T13:27:13.139Z - error: y")).envelopes())
                .containsExactly(Envelope.SYSLOG);
        assertThat(unwrapAll(" webrtc-sfu_1        | 2021-04-30T21:46:08.747Z - error: a\nfsesl-akka_1        | 2021-04-30T21:46:09.263Z INFO b"))
                .containsExactly("2021-04-30T21:46:08.747Z - error: a", "2021-04-30T21:46:09.263Z INFO b");
    }

    @Test
    void markdownQuoteInsideBoldItalicAndInlineBold() {
        assertThat(unwrapAll("> 2025-01-22 12:01:13.083037 [WARNING] a\n**_> 2025-01-22 12:01:58.522687 [WARNING] b_**"))
                .containsExactly("2025-01-22 12:01:13.083037 [WARNING] a", "2025-01-22 12:01:58.522687 [WARNING] b");
        assertThat(unwrapAll("o = x 0 0 IN IP4 **172.18.0.6**")).containsExactly("o = x 0 0 IN IP4 172.18.0.6");
        // a redaction made of asterisks is content, not emphasis
        assertThat(unwrapAll("*************")).containsExactly("*************");
    }

    @Test
    void grepPrefixNeedsAPathNotATimeOrAHeader() {
        assertThat(unwrapAll("/var/log/bigbluebutton/bbb-web.log:2020-08-13T12:47:20.890-03:00 WARN x"))
                .containsExactly("2020-08-13T12:47:20.890-03:00 WARN x");
        assertThat(EnvelopeStack.detect(lines("Via: SIP/2.0/UDP 10.0.0.1\nCSeq: 1 INVITE")).isEmpty()).isTrue();
        assertThat(EnvelopeStack.detect(lines("12:30:01 INFO started\n12:30:02 INFO more")).isEmpty()).isTrue();
    }

    @Test
    void escapesThatEncodeLineEndsBecomeLines() {
        assertThat(unwrapAll("b'SIP/2.0 403 Domain forbidden\\r\\nVia: SIP/2.0/UDP 0.0.0.0:5060\\r\\nCall-ID: x'"))
                .containsExactly("SIP/2.0 403 Domain forbidden", "Via: SIP/2.0/UDP 0.0.0.0:5060", "Call-ID: x");
        assertThat(unwrapAll("received \"REGISTER sip:a SIP/2.0#015#012Via: SIP/2.0/UDP b#015#012"))
                .containsExactly("REGISTER sip:a SIP/2.0", "Via: SIP/2.0/UDP b"); // the quote before the start line is packet junk too
        assertThat(unwrapAll("Jul 20 18:06:29 h systemd_start_frontend.sh[30585]: #033[32minfo#033[39m: Active connections"))
                .containsExactly("info: Active connections");
    }

    @Test
    void consolePrefixesAndPacketBytes() {
        assertThat(unwrapAll("jssip.js:21591 JsSIP:Transport send() +1ms\nBYE sip:1085@192.168.1.96 SIP/2.0\nVia: x"))
                .startsWith("JsSIP:Transport send()", "BYE sip:1085@192.168.1.96 SIP/2.0");
        assertThat(unwrapAll("\u0192\u00dcP&NOPTIONS sip:9012@X.X.X.11:34384 SIP/2.0")).containsExactly("OPTIONS sip:9012@X.X.X.11:34384 SIP/2.0");
        assertThat(unwrapAll("\tLine 11373: May  5 06:00:02 ip-172-28-31-52 kamailio[38052]: INFO: rtimer"))
                .containsExactly("INFO: rtimer");
    }

    @Test
    void aReaderKeepsTheOriginalLineNumbersOfUnwrappedLines() throws IOException {
        String text = "b'SIP/2.0 403 Forbidden\\r\\nCSeq: 1 REGISTER'\nnext";
        EnvelopeStack s = EnvelopeStack.detect(lines(text));
        try (LineReader r = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ParserConfig.defaults(), s)) {
            Line a = r.next();
            Line b = r.next();
            Line c = r.next();
            assertThat(List.of(a.text(), b.text(), c.text())).containsExactly("SIP/2.0 403 Forbidden", "CSeq: 1 REGISTER", "next");
            assertThat(List.of(a.number(), b.number(), c.number())).containsExactly(1L, 1L, 2L);
        }
    }

    @Test
    void cleanLogsCarryNoEnvelope() {
        assertThat(EnvelopeStack.detect(lines("2024-03-05 10:21:07.813500 [NOTICE] sofia.c:8834 Hangup x\nINVITE sip:a@b SIP/2.0")).isEmpty()).isTrue();
    }
}
