package dev.rtcdiag.core;

import static dev.rtcdiag.core.assertj.RtcdiagAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every {@code wcs.*} cause with a log signature (spec/causes.md), with near misses; inputs reconstructed after research/codes-and-wcs.md §4. */
class WcsCausesTest {

    static final Path EXAMPLES = Path.of("../examples/logs/wcs");

    static Diagnosis diagnose(String text, String name) {
        return Diagnoser.builder().build().diagnose(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    }

    static String example(String name) throws IOException {
        return Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    /** The ICE-timeout example with the failed stream's info (and status) replaced. */
    static String failedWith(String info) throws IOException {
        return example("flashphoner-ice-timeout.log.2024-11-04-08").replace("\"info\" : \"Failed by ICE timeout\"", "\"info\" : \"" + info + "\"");
    }

    @Test
    void iceTimeoutIsMediaPortsBlockedWithTheRestObjectsFirstLine() {
        Diagnosis d = Diagnoser.builder().build().diagnose(List.of(EXAMPLES.resolve("flashphoner-ice-timeout.log.2024-11-04-08")));
        assertThat(d).hasOnlyCauses("wcs.media-ports-blocked").hasCauseInSession("wcs.media-ports-blocked", "session=/192.0.2.77:60112/203.0.113.20:8443")
                .finding("wcs.media-ports-blocked").hasEvidenceAt("../examples/logs/wcs/flashphoner-ice-timeout.log.2024-11-04-08", 89)
                .hasEvidenceContaining("RestClient - API-ASYNC-pool-8-thread-6 SEND REST OBJECT ==>");
        org.assertj.core.api.Assertions.assertThat(d.findings().get(0).first().instant().toString()).startsWith("2024-11-04T08:03:46");
    }

    @Test
    void healthyPublishAndPlayYieldNothing() throws IOException {
        assertThat(diagnose(example("flashphoner-healthy.log"), "flashphoner.log")).hasNoFindings();
    }

    @Test
    void eachStatusInfoNamesItsCause() throws IOException {
        assertThat(diagnose(failedWith("Failed by ICE error"), "f.log")).hasOnlyCauses("wcs.media-ports-blocked");
        assertThat(diagnose(failedWith("Failed by DTLS fingerprint error"), "f.log")).hasOnlyCauses("wcs.dtls-failed");
        assertThat(diagnose(failedWith("Failed by ICE keep alive"), "f.log")).hasOnlyCauses("wcs.ice-keepalive-lost");
        assertThat(diagnose(failedWith("Failed by RTP activity"), "f.log")).hasOnlyCauses("wcs.media-timeout");
        assertThat(diagnose(failedWith("Transcoding required, but disabled"), "f.log")).hasOnlyCauses("wcs.no-common-codecs");
        assertThat(diagnose(failedWith("Failed to add stream to proxy"), "f.log")).hasOnlyCauses("wcs.ports-exhausted");
        // an unknown "Failed by …" text is still a failure: read the call flow from captures
        assertThat(diagnose(failedWith("Failed by quantum flux"), "f.log")).hasOnlyCauses("wcs.needs-capture");
        // near miss: "Stopped by user" on an UNPUBLISHED stream is the normal end
        assertThat(diagnose(example("flashphoner-healthy.log"), "f.log")).doesNotHaveCause("wcs.needs-capture");
    }

    @Test
    void sipCallsThroughWcs() throws IOException {
        String call = example("flashphoner-ice-timeout.log.2024-11-04-08").replace("StreamStatusEvent\nOBJECT:\n{\n  \"nodeId\" : \"rR3YA7yKB11iIIID4XkYveTF8ePhezMU@0.0.0.0\",\n  \"appKey\" : \"defaultApp\",\n  \"sessionId\" : \"/192.0.2.77:60112/203.0.113.20:8443\",\n  \"mediaSessionId\" : \"7d41c2e0-99dd-11e8-bf13-9b5947c0a0f5\",\n  \"name\" : \"569a\",\n  \"published\" : true,\n  \"hasVideo\" : true,\n  \"hasAudio\" : true,\n  \"status\" : \"FAILED\"",
                "CallStatusEvent\nOBJECT:\n{\n  \"sessionId\" : \"/192.0.2.77:60112/203.0.113.20:8443\",\n  \"callId\" : \"c1\",\n  \"status\" : \"FAILED\"");
        assertThat(diagnose(call.replace("Failed by ICE timeout", "Failed by request timeout"), "f.log")).hasOnlyCauses("wcs.sip-request-timeout");
        assertThat(diagnose(call.replace("Failed by ICE timeout", "Busy here"), "f.log")).hasOnlyCauses("wcs.sip-call-failed");
    }

    @Test
    void websocketAndDtlsFromTheirOwnLogs() throws IOException {
        assertThat(diagnose(example("websdk-client.log"), "client.log")).hasOnlyCauses("wcs.websocket-unreachable");
        assertThat(diagnose(example("dtls-error.log"), "dtls-error.log")).hasOnlyCauses("wcs.dtls-failed");
        // near miss: a session that was established and later failed is not a WebSocket problem
        assertThat(diagnose("10:12:01 INFO core -  Session status ESTABLISHED\n10:20:31 INFO core -  Session status FAILED\n", "client.log"))
                .doesNotHaveCause("wcs.websocket-unreachable");
    }

    /** A classic pcap (Ethernet, IPv4, TCP) of the given segments: {src, dst, sport, dport, flags, payload length}. */
    static byte[] pcap(int[][] segments) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(24 + segments.length * (16 + 14 + 20 + 20 + 1500));
        b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        int t = 1_730_707_200;
        for (int[] s : segments) {
            int payload = s[5];
            int len = 14 + 20 + 20 + payload;
            b.putInt(t++).putInt(0).putInt(len).putInt(len);
            b.put(new byte[] {0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 6}).putShort((short) 0x0800);
            b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + 20 + payload)).putShort((short) 1).putShort((short) 0x4000)
                    .put((byte) 64).put((byte) 6).putShort((short) 0).putInt(s[0]).putInt(s[1]);
            b.putShort((short) s[2]).putShort((short) s[3]).putInt(1000).putInt(0).put((byte) 0x50).put((byte) s[4])
                    .putShort((short) 65535).putShort((short) 0).putShort((short) 0);
            b.put(new byte[payload]);
        }
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    @Test
    void aCaptureWithUnansweredConnectionsToTheWebSocketPortIsWebsocketUnreachable() {
        int client = 0xC6336464; // 198.51.100.100
        int server = 0xCB007114; // 203.0.113.20
        int syn = 0x02;
        int synAck = 0x12;
        int ack = 0x10;
        byte[] blocked = pcap(new int[][] {{client, server, 51000, 8443, syn, 0}, {client, server, 51000, 8443, syn, 0}, {client, server, 51000, 8443, syn, 0}});
        Diagnosis d = Diagnoser.builder().build().diagnose(new ByteArrayInputStream(blocked), "capture.pcap");
        assertThat(d).hasOnlyCauses("wcs.websocket-unreachable").hasCauseInSession("wcs.websocket-unreachable", "/198.51.100.100:51000/203.0.113.20:8443")
                .finding("wcs.websocket-unreachable").hasEvidenceContaining("no answer to 3 SYNs");
        // near miss: the server answers and sends its TLS ServerHello
        byte[] fine = pcap(new int[][] {{client, server, 51001, 8443, syn, 0}, {server, client, 8443, 51001, synAck, 0},
                {client, server, 51001, 8443, ack, 0}, {client, server, 51001, 8443, ack, 517}, {server, client, 8443, 51001, ack, 1400}});
        assertThat(Diagnoser.builder().build().diagnose(new ByteArrayInputStream(fine), "capture.pcap")).hasNoFindings();
        // a handshake that never completes (the server accepts TCP but never speaks)
        byte[] silent = pcap(new int[][] {{client, server, 51002, 8443, syn, 0}, {server, client, 8443, 51002, synAck, 0},
                {client, server, 51002, 8443, ack, 517}});
        assertThat(Diagnoser.builder().build().diagnose(new ByteArrayInputStream(silent), "capture.pcap")).hasOnlyCauses("wcs.websocket-unreachable")
                .finding("wcs.websocket-unreachable").hasEvidenceContaining("never sent a byte");
    }
}
