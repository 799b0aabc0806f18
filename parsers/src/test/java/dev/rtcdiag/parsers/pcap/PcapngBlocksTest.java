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

/** A pcapng with a large block no reader here needs (a tool's 300 KB custom block) is read around it, not rejected whole. */
class PcapngBlocksTest {

    private static byte[] block(int type, byte[] body) {
        int padded = (body.length + 3) & ~3;
        ByteBuffer b = ByteBuffer.allocate(12 + padded).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(type).putInt(12 + padded).put(body).position(8 + padded);
        b.putInt(12 + padded);
        return b.array();
    }

    @Test
    void aLargeCustomBlockIsSkipped() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(block(0x0A0D0D0A, ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putInt(0x1A2B3C4D).putShort((short) 1)
                .putShort((short) 0).putLong(-1).array()));
        out.writeBytes(block(1, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putShort((short) 101).putShort((short) 0).putInt(65535).array()));
        out.writeBytes(block(0x00000BAD, new byte[300_000]));
        String sip = "OPTIONS sip:100@192.0.2.20 SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKng1\r\nFrom: <sip:p@192.0.2.10>;tag=1\r\n"
                + "To: <sip:100@192.0.2.20>\r\nCall-ID: ng1@192.0.2.10\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
        byte[] payload = sip.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer udp = ByteBuffer.allocate(8 + payload.length).order(ByteOrder.BIG_ENDIAN);
        udp.putShort((short) 5060).putShort((short) 5060).putShort((short) (8 + payload.length)).putShort((short) 0).put(payload);
        ByteBuffer ip = ByteBuffer.allocate(20 + udp.capacity()).order(ByteOrder.BIG_ENDIAN);
        ip.put((byte) 0x45).put((byte) 0).putShort((short) ip.capacity()).putShort((short) 1).putShort((short) 0).put((byte) 64).put((byte) 17)
                .putShort((short) 0).put(new byte[] {(byte) 192, 0, 2, 10}).put(new byte[] {(byte) 192, 0, 2, 20}).put(udp.array());
        byte[] packet = ip.array();
        int padded = (packet.length + 3) & ~3;
        ByteBuffer epb = ByteBuffer.allocate(20 + padded).order(ByteOrder.LITTLE_ENDIAN);
        epb.putInt(0).putInt(0).putInt(0).putInt(packet.length).putInt(packet.length).put(packet);
        out.writeBytes(block(6, epb.array()));
        List<LogEvent> events = new ArrayList<>();
        try (ParsedInput in = Parsers.discover().open(new InputFile("custom.pcapng", Path.of("custom.pcapng")), new ByteArrayInputStream(out.toByteArray()),
                ParserConfig.defaults(), null)) {
            in.forEachRemaining(events::add);
        }
        assertThat(events).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.SIP_REQUEST);
            assertThat(e.key("call-id")).contains("ng1@192.0.2.10");
        });
        assertThat(events).noneMatch(LogEvent::isMalformed);
    }
}
