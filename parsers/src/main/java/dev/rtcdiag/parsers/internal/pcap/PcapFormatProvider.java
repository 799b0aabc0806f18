package dev.rtcdiag.parsers.internal.pcap;

import dev.rtcdiag.parsers.spi.Detection;
import dev.rtcdiag.parsers.spi.DetectionInput;
import dev.rtcdiag.parsers.spi.LogFormatProvider;
import dev.rtcdiag.parsers.spi.LogInput;
import dev.rtcdiag.parsers.spi.LogParser;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.nio.ByteBuffer;

/** Packet captures (pcap, pcapng) with SIP over UDP or TCP. */
public final class PcapFormatProvider implements LogFormatProvider {

    /** The format id. */
    public static final String ID = "sip.pcap";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "pcap/pcapng capture: SIP over UDP and TCP (reassembled), IPv4/IPv6, with packet time and addresses";
    }

    @Override
    public String detectionSummary() {
        return "pcap magic a1b2c3d4/a1b23c4d (either byte order) or pcapng section header 0a0d0d0a";
    }

    @Override
    public Detection detect(DetectionInput input) {
        ByteBuffer b = input.bytes();
        if (b.remaining() < 4) {
            return input.complete() ? Detection.noMatch() : Detection.needMoreData(4);
        }
        int magic = ((b.get(b.position()) & 0xFF) << 24) | ((b.get(b.position() + 1) & 0xFF) << 16)
                | ((b.get(b.position() + 2) & 0xFF) << 8) | (b.get(b.position() + 3) & 0xFF);
        return switch (magic) {
            case 0xA1B2C3D4, 0xD4C3B2A1, 0xA1B23C4D, 0x4D3CB2A1, 0x0A0D0D0A -> Detection.match(Detection.PRIORITY_STRONG);
            default -> Detection.noMatch();
        };
    }

    @Override
    public LogParser open(LogInput input, ParserConfig config) {
        return new PcapParser(input, config, ID);
    }
}
