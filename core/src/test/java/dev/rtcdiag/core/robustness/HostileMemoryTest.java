package dev.rtcdiag.core.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.core.Diagnoser;
import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.InputStats;
import dev.rtcdiag.core.SessionSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The hostile inputs where memory is the point, each made by a generator as it is read (hundreds of
 * megabytes that are never held), diagnosed in a 64 MiB heap (the {@code memory} surefire execution).
 * Before the byte limits each of these ended the JVM with an uncaught {@code OutOfMemoryError}; now
 * every one finishes, and says what it cut.
 */
@Tag("memory")
class HostileMemoryTest {

    private static final byte[] BODY = ("v=0\r\no=- 1 1 IN IP4 198.51.100.7\r\ns=-\r\nc=IN IP4 198.51.100.7\r\nt=0 0\r\nm=audio 40000 RTP/AVP 0\r\n"
            + ("a=x-pad:" + "x".repeat(90) + "\r\n").repeat(600)).getBytes(StandardCharsets.US_ASCII);

    @BeforeAll
    static void smallHeap() {
        assertThat(Runtime.getRuntime().maxMemory()).as("this suite must run with -Xmx64m").isLessThanOrEqualTo(80L << 20);
    }

    /** {@code n} INVITEs with 60 KB SDP bodies, each its own call: 60 KB kept per open session. */
    static InputStream bigInvites(int n) {
        return new Generated(n, i -> ("INVITE sip:2001@203.0.113.10 SIP/2.0\r\nVia: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK" + i
                + "\r\nFrom: <sip:1@a>;tag=1\r\nTo: <sip:2@b>\r\nCall-ID: big-" + i + "\r\nCSeq: 1 INVITE\r\nContent-Type: application/sdp\r\nContent-Length: "
                + BODY.length + "\r\n\r\n" + new String(BODY, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII));
    }

    private static InputStats only(Diagnosis d) {
        assertThat(d.inputs()).hasSize(1);
        return d.inputs().get(0);
    }

    @Test
    void keptEventsStayWithinTheirBytes() {
        Diagnosis d = Diagnoser.builder().build().diagnose(bigInvites(3_000), "invites.log"); // 180 MB of 60 KB INVITEs
        assertThat(only(d).readable()).isTrue();
        assertThat(only(d).events()).isEqualTo(3_000);
        assertThat(d.sessions()).anyMatch(SessionSummary::closedEarly);
    }

    @Test
    void aLowHeapShedsSessionsInsteadOfDying() {
        // byte limits set far past the heap, so only the heap watch stands between this run and OutOfMemoryError
        Diagnosis d = Diagnoser.builder().maxEventBytes(1L << 30, 1L << 34).build().diagnose(bigInvites(3_000), "invites.log");
        assertThat(only(d).readable()).isTrue();
        assertThat(only(d).events()).isEqualTo(3_000);
        assertThat(d.partialReason()).contains("the heap ran low");
    }

    @Test
    void oneEndlessLineIsCutAndTheRunGoesOn() {
        Generated in = new Generated(64, i -> i == 0 ? "2024-03-05 10:00:00 ERROR ".getBytes(StandardCharsets.US_ASCII) : "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII));
        Diagnosis d = Diagnoser.builder().build().diagnose(in, "one-line.log"); // 63 MiB without a line break
        assertThat(only(d).malformed()).isPositive();
        assertThat(in.produced()).isGreaterThan(60L << 20);
    }

    @Test
    void anEndlessMultiLineRecordIsHeldOnlyToItsLimit() {
        Generated in = new Generated(600_001, i -> (i == 0 ? "2024.05.14 09:14:21:101 CET | Info       | Sip | Sip Stack Input Adapter 2 | 4471203 | +902125550101 | callhalf-1\n"
                : "\tX-Pad-" + i + ": " + "y".repeat(80) + "\n").getBytes(StandardCharsets.US_ASCII));
        Diagnosis d = Diagnoser.builder().formatHint("broadworks.log").build().diagnose(in, "xslog.log"); // 55 MB in one record
        assertThat(only(d).readable()).isTrue();
        assertThat(only(d).malformed()).isPositive();
    }

    @Test
    void aStatisticsRowOf30MegabytesIsReadFieldByField() {
        String head = "{\"result\": [{\"ID\": \"1\", \"CALL_ID\": \"c1\", \"CALL_FAILED_CODE\": \"486\", \"CALL_FAILED_REASON\": \"Busy\", \"COMMENT\": \"";
        String tail = "\"}, {\"ID\": \"2\", \"CALL_ID\": \"c2\", \"CALL_FAILED_CODE\": \"486\", \"CALL_FAILED_REASON\": \"Busy\"}]}";
        Generated in = new Generated(32, i -> (i == 0 ? head : i == 31 ? tail : "z".repeat(1 << 20)).getBytes(StandardCharsets.US_ASCII));
        Diagnosis d = Diagnoser.builder().formatHint("bitrix.call-statistics").build().diagnose(in, "statistics.json");
        assertThat(only(d).readable()).isTrue();
        assertThat(only(d).events()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void outOfOrderTcpOverManyConnectionsIsBounded() {
        byte[] start = "INVITE sip:a@example.com SIP/2.0\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] far = new byte[60_000];
        java.util.Arrays.fill(far, (byte) 'x');
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(262144).putInt(101);
        int connections = 2_000; // 2,000 x 60 KB held out of order: 120 MB, where the bound is 16 MiB
        Generated in = new Generated(1 + 2L * connections, i -> {
            if (i == 0) {
                return h.array();
            }
            int c = (int) ((i - 1) / 2);
            byte[] packet = (i % 2 == 1) ? ipv4(tcp(10_000 + c, 1_000, start)) : ipv4(tcp(10_000 + c, 200_000, far));
            ByteBuffer r = ByteBuffer.allocate(16 + packet.length).order(ByteOrder.LITTLE_ENDIAN);
            r.putInt(1_700_000_000 + c).putInt(0).putInt(packet.length).putInt(packet.length).put(packet);
            return r.array();
        });
        Diagnosis d = Diagnoser.builder().build().diagnose(in, "many.pcap");
        assertThat(only(d).format()).isEqualTo("sip.pcap");
        assertThat(only(d).malformed()).isPositive(); // "TCP reassembly holds more than …", said once per cut
    }

    @Test
    void aGzipBombEndsPartial() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            byte[] line = "2024-03-05 10:00:00 INFO nothing to see\n".getBytes(StandardCharsets.US_ASCII);
            byte[] block = new byte[1 << 20];
            for (int i = 0; i + line.length <= block.length; i += line.length) {
                System.arraycopy(line, 0, block, i, line.length);
            }
            for (int i = 0; i < 1_200; i++) {
                z.write(block); // 1.2 GB expanded, 3 MB compressed
            }
        }
        Diagnosis d = Diagnoser.builder().build().diagnose(new java.io.ByteArrayInputStream(gz.toByteArray()), "bomb.log.gz");
        assertThat(d.partialReason()).contains("bomb.log.gz");
    }

    private static byte[] tcp(int srcPort, long seq, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(20 + payload.length);
        b.putShort((short) srcPort).putShort((short) 5060).putInt((int) seq).putInt(0).put((byte) 0x50).put((byte) 0x18).putShort((short) 65535)
                .putShort((short) 0).putShort((short) 0).put(payload);
        return b.array();
    }

    private static byte[] ipv4(byte[] tcp) {
        ByteBuffer b = ByteBuffer.allocate(20 + tcp.length);
        b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + tcp.length)).putShort((short) 0).putShort((short) 0).put((byte) 64).put((byte) 6)
                .putShort((short) 0).put(new byte[] {(byte) 192, 0, 2, 10}).put(new byte[] {(byte) 192, 0, 2, 20}).put(tcp);
        return b.array();
    }
}
