package dev.rtcdiag.parsers.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.InputFile;
import dev.rtcdiag.parsers.ParsedInput;
import dev.rtcdiag.parsers.Parsers;
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

/**
 * TCP reassembly is bounded in bytes: out-of-order segments per connection, and everything held over all
 * connections. Before, 1,024 connections could each hold 64 segments of any size (a 37 MB compressed
 * capture reached 5.3 GB). Past the bounds the capture says so and goes on.
 */
class TcpReassemblyLimitsTest {

    private static byte[] tcp(int sport, long seq, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(20 + payload.length).order(ByteOrder.BIG_ENDIAN);
        b.putShort((short) sport).putShort((short) 5060).putInt((int) seq).putInt(0).put((byte) 0x50).put((byte) 0x18)
                .putShort((short) 65535).putShort((short) 0).putShort((short) 0).put(payload);
        return b.array();
    }

    private static byte[] ipv4(byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(20 + payload.length).order(ByteOrder.BIG_ENDIAN);
        b.put((byte) 0x45).put((byte) 0).putShort((short) Math.min(65535, 20 + payload.length)).putShort((short) 1).putShort((short) 0)
                .put((byte) 64).put((byte) 6).putShort((short) 0).put(new byte[] {(byte) 192, 0, 2, 10}).put(new byte[] {(byte) 192, 0, 2, 20}).put(payload);
        return b.array();
    }

    @Test
    void outOfOrderDataOverManyConnectionsIsBoundedAndReported() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(262144).putInt(101);
        out.writeBytes(h.array());
        byte[] start = "INVITE sip:a@example.com SIP/2.0\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] far = new byte[60_000];
        java.util.Arrays.fill(far, (byte) 'x');
        int connections = 400; // 400 x 60 KB out of order: 24 MB, past the 16 MiB all connections may hold
        for (int i = 0; i < connections; i++) {
            for (byte[] packet : List.of(ipv4(tcp(10_000 + i, 1_000, start)), ipv4(tcp(10_000 + i, 200_000, far)))) {
                ByteBuffer r = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
                r.putInt(1_700_000_000 + i).putInt(0).putInt(packet.length).putInt(packet.length);
                out.writeBytes(r.array());
                out.writeBytes(packet);
            }
        }
        List<LogEvent> malformed = new ArrayList<>();
        try (ParsedInput in = Parsers.discover().open(new InputFile("many.pcap", Path.of("many.pcap")), new ByteArrayInputStream(out.toByteArray()),
                ParserConfig.defaults(), null)) {
            while (in.hasNext()) {
                LogEvent e = in.next();
                if (e.isMalformed()) {
                    malformed.add(e);
                }
            }
        }
        assertThat(malformed).anySatisfy(e -> assertThat(e.message()).contains("TCP reassembly holds more than " + 65_536L * 256));
    }
}
