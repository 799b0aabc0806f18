package dev.rtcdiag.parsers.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.InputFile;
import dev.rtcdiag.parsers.ParsedInput;
import dev.rtcdiag.parsers.Parsers;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SIP inside IP-in-IP (RFC 2003, protocol 4) is read from the inner packet; a tunnel bomb is bounded. */
class TunnelTest {

    private static final String SIP = "OPTIONS sip:100@192.0.2.20 SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKtun1\r\n"
            + "From: <sip:probe@192.0.2.10>;tag=1\r\nTo: <sip:100@192.0.2.20>\r\nCall-ID: tunnel1@192.0.2.10\r\nCSeq: 1 OPTIONS\r\n"
            + "Content-Length: 0\r\n\r\n";

    /** An IPv4 header of {@code payload} with protocol {@code proto} (checksum left zero: readers of captures do not check it). */
    private static byte[] ipv4(int proto, byte[] src, byte[] dst, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(20 + payload.length).order(ByteOrder.BIG_ENDIAN);
        b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + payload.length)).putShort((short) 1).putShort((short) 0)
                .put((byte) 64).put((byte) proto).putShort((short) 0).put(src).put(dst).put(payload);
        return b.array();
    }

    private static byte[] udp(int sport, int dport, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(8 + payload.length).order(ByteOrder.BIG_ENDIAN);
        b.putShort((short) sport).putShort((short) dport).putShort((short) (8 + payload.length)).putShort((short) 0).put(payload);
        return b.array();
    }

    /** A classic pcap file, raw-IP link type (101), one packet. */
    private static byte[] pcap(byte[] packet) {
        ByteBuffer h = ByteBuffer.allocate(24 + 16).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(101);
        h.putInt(1_700_000_000).putInt(0).putInt(packet.length).putInt(packet.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(h.array());
        out.writeBytes(packet);
        return out.toByteArray();
    }

    private static List<LogEvent> read(byte[] file) throws IOException {
        List<LogEvent> out = new ArrayList<>();
        try (ParsedInput in = Parsers.discover().open(new InputFile("tunnel.pcap", Path.of("tunnel.pcap")), new ByteArrayInputStream(file),
                ParserConfig.defaults(), null)) {
            in.forEachRemaining(out::add);
        }
        return out;
    }

    private static final byte[] A = {(byte) 192, 0, 2, 10};
    private static final byte[] B = {(byte) 192, 0, 2, 20};
    private static final byte[] GW1 = {(byte) 198, 51, 100, 1};
    private static final byte[] GW2 = {(byte) 203, 0, 113, 1};

    @Test
    void sipInsideIpInIpIsRead() throws IOException {
        byte[] inner = ipv4(17, A, B, udp(5060, 5060, SIP.getBytes(StandardCharsets.US_ASCII)));
        List<LogEvent> events = read(pcap(ipv4(4, GW1, GW2, inner)));
        LogEvent options = events.stream().filter(e -> e.kind() == EventKind.SIP_REQUEST).findFirst().orElseThrow();
        assertThat(options.attribute("src")).contains("192.0.2.10:5060"); // the inner addresses, not the tunnel's
        assertThat(options.attribute("dst")).contains("192.0.2.20:5060");
        assertThat(options.key("call-id")).contains("tunnel1@192.0.2.10");
    }

    @Test
    void tunnelsInTunnelsStopAtABound() throws IOException {
        byte[] packet = ipv4(17, A, B, udp(5060, 5060, SIP.getBytes(StandardCharsets.US_ASCII)));
        for (int i = 0; i < 20; i++) {
            packet = ipv4(4, GW1, GW2, packet);
        }
        List<LogEvent> events = read(pcap(packet));
        assertThat(events).noneMatch(e -> e.kind() == EventKind.SIP_REQUEST);
        assertThat(events).isNotEmpty(); // the capture summary still says what was read
    }
}
