package dev.rtcdiag.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Kept events are bounded in bytes, not only in count: 3,000 INVITEs with 60 KB bodies over 1,000 calls
 * (180 MB of events; 12,000 of them died in a 512 MiB heap before) stay within the bytes given, the
 * least recently used sessions closed early and said so.
 */
class EventBytesTest {

    private static String invites(int count, int calls) {
        String body = "v=0\r\no=- 1 1 IN IP4 198.51.100.7\r\ns=-\r\nc=IN IP4 198.51.100.7\r\nt=0 0\r\nm=audio 40000 RTP/AVP 0\r\n"
                + ("a=x-pad:" + "x".repeat(90) + "\r\n").repeat(600);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append("INVITE sip:2001@203.0.113.10 SIP/2.0\r\nVia: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK").append(i)
                    .append("\r\nFrom: <sip:1@a>;tag=1\r\nTo: <sip:2@b>\r\nCall-ID: big-").append(i % calls).append("\r\nCSeq: ").append(i / calls + 1)
                    .append(" INVITE\r\nContent-Type: application/sdp\r\nContent-Length: ").append(body.length()).append("\r\n\r\n").append(body);
        }
        return sb.toString();
    }

    @Test
    void sessionsPastTheByteBoundAreClosedEarly() {
        byte[] log = invites(3_000, 1_000).getBytes(StandardCharsets.UTF_8);
        Diagnosis bounded = Diagnoser.builder().maxEventBytes(1 << 20, 8L << 20).build().diagnose(new ByteArrayInputStream(log), "big.log");
        assertThat(bounded.sessions()).anyMatch(SessionSummary::closedEarly);
        Diagnosis roomy = Diagnoser.builder().maxEventBytes(1L << 30, 1L << 34).build().diagnose(new ByteArrayInputStream(log), "big.log");
        assertThat(roomy.sessions()).noneMatch(SessionSummary::closedEarly);
    }

    @Test
    void oneSessionKeepsAtMostItsBytes() {
        byte[] log = invites(100, 1).getBytes(StandardCharsets.UTF_8); // one call, 100 INVITEs of 60 KB
        Diagnosis d = Diagnoser.builder().maxEventBytes(1 << 20, 1L << 34).build().diagnose(new ByteArrayInputStream(log), "one.log");
        assertThat(d.sessions()).singleElement().satisfies(s -> {
            assertThat(s.closedEarly()).isTrue(); // later events counted, not kept
            assertThat(s.events()).isEqualTo(100);
        });
    }
}
