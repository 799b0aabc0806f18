package dev.rtcdiag.parsers.internal.pcap;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the packet records of a classic pcap or a pcapng stream, one at a time, in constant memory
 * (one packet buffer). Formats: libpcap (microsecond and nanosecond magic, either byte order) and
 * pcapng (SHB, IDB with {@code if_tsresol}, EPB, SPB; other blocks skipped). File offsets are kept
 * so every packet has an exact position.
 */
final class PacketReader {

    /** One captured packet. */
    record Packet(long number, long fileOffset, long epochNanos, int linkType, byte[] data, int length, boolean truncatedCapture) {
    }

    /** Thrown for a stream that ends inside a record, or has an impossible length. */
    static final class BadCapture extends Exception {
        private static final long serialVersionUID = 1L;
        final long offset;

        BadCapture(String message, long offset) {
            super(message);
            this.offset = offset;
        }
    }

    private static final int MAX_PACKET = 262_144;
    /** The largest pcapng block skipped without being read (custom and statistics blocks of real tools reach hundreds of KB). */
    static final int MAX_SKIPPED_BLOCK = 16 << 20;
    private final byte[] scratch = new byte[65_536];

    private final InputStream in;
    private long offset;
    private long number;
    private boolean pcapng;
    private boolean bigEndian;
    private boolean nanos;
    private int linkType;
    private final int[] ngLinkTypes = new int[64];
    private final long[] ngTicksPerSecond = new long[64];
    private int ngInterfaces;
    private byte[] buf = new byte[65_536];
    private final byte[] hdr = new byte[32];

    PacketReader(InputStream in) {
        this.in = in;
    }

    /** Reads the file header. Returns false if the stream is empty. */
    boolean open() throws IOException, BadCapture {
        if (!readFully(hdr, 0, 4, true)) {
            return false;
        }
        int magicBe = be(hdr, 0);
        switch (magicBe) {
            case 0xA1B2C3D4 -> {
                bigEndian = true;
            }
            case 0xD4C3B2A1 -> {
                bigEndian = false;
            }
            case 0xA1B23C4D -> {
                bigEndian = true;
                nanos = true;
            }
            case 0x4D3CB2A1 -> {
                bigEndian = false;
                nanos = true;
            }
            case 0x0A0D0D0A -> {
                pcapng = true;
                readSectionHeader();
                return true;
            }
            default -> throw new BadCapture("not a pcap or pcapng file (magic " + Integer.toHexString(magicBe) + ")", 0);
        }
        need(hdr, 4, 20);
        linkType = i32(hdr, 20);
        return true;
    }

    /** The next packet, or null at the end. */
    Packet next() throws IOException, BadCapture {
        return pcapng ? nextNg() : nextClassic();
    }

    private Packet nextClassic() throws IOException, BadCapture {
        long at = offset;
        if (!readFully(hdr, 0, 16, true)) {
            return null;
        }
        long sec = u32(hdr, 0);
        long frac = u32(hdr, 4);
        int incl = i32(hdr, 8);
        int orig = i32(hdr, 12);
        if (incl < 0 || incl > MAX_PACKET) {
            throw new BadCapture("packet record with impossible length " + Integer.toUnsignedString(incl), at);
        }
        byte[] data = data(incl);
        need(data, 0, incl);
        long epochNanos = sec * 1_000_000_000L + (nanos ? frac : frac * 1000);
        return new Packet(++number, at, epochNanos, linkType, data, incl, incl < orig);
    }

    /** Reads past {@code n} bytes of the capture. */
    private void skip(long n) throws IOException, BadCapture {
        while (n > 0) {
            int chunk = (int) Math.min(n, scratch.length);
            need(scratch, 0, chunk);
            n -= chunk;
        }
    }

    private Packet nextNg() throws IOException, BadCapture {
        while (true) {
            long at = offset;
            if (!readFully(hdr, 0, 8, true)) {
                return null;
            }
            int type = i32(hdr, 0);
            int total = i32(hdr, 4);
            if (type == 0x0A0D0D0A) {
                readSectionHeaderBody(at);
                continue;
            }
            if (type != 1 && type != 3 && type != 6 && total >= 12 && (total & 3) == 0 && total <= MAX_SKIPPED_BLOCK) {
                // a block not needed here (statistics, name resolution, a tool's custom block): skipped, however large
                // within the bound, without holding it
                skip(total - 8L);
                continue;
            }
            if (total < 12 || total > MAX_PACKET + 64 || (total & 3) != 0) {
                throw new BadCapture("pcapng block with impossible length " + Integer.toUnsignedString(total), at);
            }
            int bodyLen = total - 12;
            byte[] body = data(bodyLen + 4);
            need(body, 0, bodyLen + 4);
            switch (type) {
                case 1 -> { // Interface Description Block
                    if (ngInterfaces < ngLinkTypes.length && bodyLen >= 8) {
                        ngLinkTypes[ngInterfaces] = u16(body, 0);
                        ngTicksPerSecond[ngInterfaces] = tsResolution(body, 8, bodyLen);
                        ngInterfaces++;
                    }
                }
                case 6 -> { // Enhanced Packet Block
                    if (bodyLen < 20) {
                        throw new BadCapture("short enhanced packet block", at);
                    }
                    int iface = i32(body, 0);
                    long ts = (u32(body, 4) << 32) | u32(body, 8);
                    int cap = i32(body, 12);
                    int orig = i32(body, 16);
                    if (cap < 0 || cap > bodyLen - 20) {
                        throw new BadCapture("enhanced packet block with impossible capture length", at);
                    }
                    int lt = iface >= 0 && iface < ngInterfaces ? ngLinkTypes[iface] : 1;
                    long ticks = iface >= 0 && iface < ngInterfaces ? ngTicksPerSecond[iface] : 1_000_000L;
                    byte[] data = java.util.Arrays.copyOfRange(body, 20, 20 + cap);
                    long epochNanos = ticks == 1_000_000_000L ? ts : ts / ticks * 1_000_000_000L + (ts % ticks) * 1_000_000_000L / ticks;
                    return new Packet(++number, at, epochNanos, lt, data, cap, cap < orig);
                }
                case 3 -> { // Simple Packet Block
                    int orig = i32(body, 0);
                    int cap = Math.min(orig, bodyLen - 4);
                    if (cap < 0) {
                        throw new BadCapture("simple packet block with impossible length", at);
                    }
                    byte[] data = java.util.Arrays.copyOfRange(body, 4, 4 + cap);
                    return new Packet(++number, at, 0, ngInterfaces > 0 ? ngLinkTypes[0] : 1, data, cap, cap < orig);
                }
                default -> {
                    // statistics, name resolution, custom blocks: not needed
                }
            }
        }
    }

    private long tsResolution(byte[] b, int from, int end) {
        int p = from;
        while (p + 4 <= end) {
            int code = u16(b, p);
            int len = u16(b, p + 2);
            if (code == 0) {
                break;
            }
            if (code == 9 && len >= 1 && p + 4 < end) {
                int v = b[p + 4] & 0xFF;
                int exp = v & 0x7F;
                if ((v & 0x80) == 0) {
                    return exp >= 18 ? 1_000_000_000_000_000_000L : pow(10, exp);
                }
                return exp >= 62 ? Long.MAX_VALUE : 1L << exp;
            }
            p += 4 + ((len + 3) & ~3);
        }
        return 1_000_000L;
    }

    private static long pow(long base, int exp) {
        long r = 1;
        for (int i = 0; i < exp; i++) {
            r *= base;
        }
        return r;
    }

    private void readSectionHeader() throws IOException, BadCapture {
        need(hdr, 4, 4); // block total length (byte order still unknown)
        readSectionHeaderBody(0);
    }

    private void readSectionHeaderBody(long at) throws IOException, BadCapture {
        byte[] bom = new byte[4];
        need(bom, 0, 4);
        int m = be(bom, 0);
        if (m == 0x1A2B3C4D) {
            bigEndian = true;
        } else if (m == 0x4D3C2B1A) {
            bigEndian = false;
        } else {
            throw new BadCapture("pcapng section header with bad byte-order magic", at);
        }
        int total = i32(hdr, 4);
        if (total < 28 || total > 1 << 20 || (total & 3) != 0) {
            throw new BadCapture("pcapng section header with impossible length", at);
        }
        byte[] rest = data(total - 12);
        need(rest, 0, total - 12);
        ngInterfaces = 0;
    }

    private byte[] data(int n) {
        if (buf.length < n) {
            buf = new byte[Math.max(n, buf.length * 2)];
        }
        return buf;
    }

    private void need(byte[] b, int off, int n) throws IOException, BadCapture {
        if (!readFully(b, off, n, false)) {
            throw new BadCapture("capture ends inside a record", offset);
        }
    }

    /** Reads exactly n bytes; false at a clean end of stream before the first byte (when allowed). */
    private boolean readFully(byte[] b, int off, int n, boolean endAllowed) throws IOException, BadCapture {
        int done = 0;
        while (done < n) {
            int r = in.read(b, off + done, n - done);
            if (r < 0) {
                if (done == 0 && endAllowed) {
                    return false;
                }
                throw new BadCapture("capture ends inside a record (" + done + " of " + n + " bytes)", offset + done);
            }
            done += r;
        }
        offset += n;
        return true;
    }

    long offset() {
        return offset;
    }

    private int i32(byte[] b, int p) {
        return bigEndian ? be(b, p) : le(b, p);
    }

    private long u32(byte[] b, int p) {
        return i32(b, p) & 0xFFFFFFFFL;
    }

    private int u16(byte[] b, int p) {
        return bigEndian ? ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF) : ((b[p + 1] & 0xFF) << 8) | (b[p] & 0xFF);
    }

    private static int be(byte[] b, int p) {
        return ((b[p] & 0xFF) << 24) | ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
    }

    private static int le(byte[] b, int p) {
        return ((b[p + 3] & 0xFF) << 24) | ((b[p + 2] & 0xFF) << 16) | ((b[p + 1] & 0xFF) << 8) | (b[p] & 0xFF);
    }
}
