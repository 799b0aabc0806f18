package dev.rtcdiag.parsers.internal.pcap;

import dev.rtcdiag.parsers.attributes.CaptureAttributes;
import dev.rtcdiag.parsers.attributes.NetworkAttributes;
import dev.rtcdiag.parsers.attributes.WebRtcAttributes;
import dev.rtcdiag.parsers.internal.sip.SipEvents.Frame;
import dev.rtcdiag.parsers.internal.sip.SipEvents;
import dev.rtcdiag.parsers.internal.sip.SipTextExtractor;
import dev.rtcdiag.parsers.sip.SipMessage;
import dev.rtcdiag.parsers.sip.SipParser;
import dev.rtcdiag.parsers.spi.CorrelationKeys;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.EventTime;
import dev.rtcdiag.parsers.spi.Level;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.LogInput;
import dev.rtcdiag.parsers.spi.LogParseException;
import dev.rtcdiag.parsers.spi.LogParser;
import dev.rtcdiag.parsers.spi.MalformedReason;
import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.spi.SourcePosition;
import dev.rtcdiag.parsers.spi.SystemId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * SIP from packet captures: Ethernet (with VLAN tags), Linux cooked (SLL, SLL2), BSD loopback and raw
 * IP link layers; IPv4 (fragments reassembled) and IPv6, also inside IP-in-IP tunnels (RFC 2003, RFC 4213);
 * SIP over UDP and over TCP (segments
 * reassembled per flow, in sequence order, messages framed by Content-Length). Each SIP message
 * becomes the same event a text log would give, positioned at the packet that completed it (its
 * 1-based number is the event's line), stamped with the packet time. A last {@code log} event sums up
 * the capture (packets, SIP messages, other traffic). Memory is bounded by
 * {@link ParserConfig#maxOpenRecords()} flows or fragment sets of at most
 * {@link ParserConfig#maxSipMessageBytes()} (times two) each, in order and out of order, and all TCP
 * reassembly together holds at most 256 SIP messages' worth: past that the oldest connections are given
 * up, and the capture says so.
 */
public final class PcapParser implements LogParser {

    private static final int LINK_NULL = 0;
    private static final int LINK_ETHERNET = 1;
    private static final int LINK_RAW = 101;
    private static final int LINK_RAW_12 = 12;
    private static final int LINK_RAW_14 = 14;
    private static final int LINK_LOOP = 108;
    private static final int LINK_SLL = 113;
    private static final int LINK_IPV4 = 228;
    private static final int LINK_IPV6 = 229;
    private static final int LINK_SLL2 = 276;

    private final LogInput input;
    private final String source;
    private final String format;
    private final ParserConfig config;
    private final PacketReader reader;
    private final ArrayDeque<LogEvent> pending = new ArrayDeque<>();
    private final Map<String, Flow> flows = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, Fragments> fragments = new LinkedHashMap<>(16, 0.75f, true);
    /** TCP connections to a WebSocket signalling port, client>server, until their outcome is known. */
    private final Map<String, WsAttempt> wsAttempts = new LinkedHashMap<>(16, 0.75f, true);
    private boolean opened;
    private boolean finished;
    private long packets;
    private long sipMessages;
    private long otherPackets;
    private long lastPacket;
    private long lastOffset;
    private long maxLine = 1;

    public PcapParser(LogInput input, ParserConfig config, String format) {
        this.input = input;
        this.source = input.name();
        this.format = format;
        this.config = config;
        this.reader = new PacketReader(input.stream());
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && !finished) {
            step();
        }
        return !pending.isEmpty();
    }

    @Override
    public LogEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.poll();
    }

    private void emit(LogEvent e) {
        if (e.isMalformed() && config.strict()) {
            throw new LogParseException(e);
        }
        maxLine = Math.max(maxLine, e.position().line());
        pending.add(e);
    }

    private void step() {
        try {
            if (!opened) {
                opened = true;
                if (!reader.open()) {
                    end();
                    return;
                }
            }
            PacketReader.Packet p = reader.next();
            if (p == null) {
                end();
                return;
            }
            packets++;
            lastPacket = p.number();
            lastOffset = p.fileOffset();
            decodeLink(p);
        } catch (PacketReader.BadCapture e) {
            emit(LogEvent.malformed(new SourcePosition(source, Math.max(1, lastPacket + 1), e.offset), format,
                    e.getMessage().contains("ends inside") ? MalformedReason.TRUNCATED : MalformedReason.BAD_SYNTAX,
                    e.getMessage(), ""));
            end();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private void end() {
        finished = true;
        for (Flow f : flows.values()) {
            f.flushRemainder();
        }
        for (WsAttempt a : wsAttempts.values()) {
            wsOutcome(a, a.synAck ? "no-handshake" : "no-answer", Math.max(maxLine, lastPacket), lastOffset);
        }
        wsAttempts.clear();
        if (packets > 0) {
            emit(LogEvent.builder(new SourcePosition(source, Math.max(maxLine, lastPacket), lastOffset), format)
                    .message("capture: " + packets + " packets, " + sipMessages + " SIP messages, " + otherPackets + " other packets")
                    .parse(CaptureAttributes.PACKETS, Long.toString(packets))
                    .parse(CaptureAttributes.SIP_MESSAGES, Long.toString(sipMessages))
                    .parse(CaptureAttributes.OTHER_PACKETS, Long.toString(otherPackets))
                    .build());
        }
        close();
    }

    // ---- link and network layers ------------------------------------------------------------

    private void decodeLink(PacketReader.Packet p) {
        byte[] d = p.data();
        int n = p.length();
        switch (p.linkType()) {
            case LINK_ETHERNET -> {
                int off = 12;
                while (off + 2 <= n) {
                    int type = u16(d, off);
                    if (type == 0x8100 || type == 0x88A8 || type == 0x9100) {
                        off += 4;
                        continue;
                    }
                    network(p, type, off + 2);
                    return;
                }
                otherPackets++;
            }
            case LINK_SLL -> {
                if (n >= 16) {
                    network(p, u16(d, 14), 16);
                } else {
                    otherPackets++;
                }
            }
            case LINK_SLL2 -> {
                if (n >= 20) {
                    network(p, u16(d, 0), 20);
                } else {
                    otherPackets++;
                }
            }
            case LINK_NULL, LINK_LOOP -> {
                if (n < 4) {
                    otherPackets++;
                    return;
                }
                int family = d[0] != 0 ? (d[0] & 0xFF) : (d[3] & 0xFF); // host byte order of the capturing machine
                network(p, family == 2 ? 0x0800 : (family == 24 || family == 28 || family == 30) ? 0x86DD : -1, 4);
            }
            case LINK_RAW, LINK_RAW_12, LINK_RAW_14, LINK_IPV4, LINK_IPV6 -> {
                int version = n > 0 ? (d[0] & 0xF0) >> 4 : 0;
                network(p, version == 4 ? 0x0800 : version == 6 ? 0x86DD : -1, 0);
            }
            default -> otherPackets++;
        }
    }

    /** Nested IP-in-IP headers read at most: a tunnel in a tunnel is real, a thousand are an attack. */
    private static final int MAX_TUNNELS = 4;

    private void network(PacketReader.Packet p, int etherType, int off) {
        network(p, etherType, p.data(), off, p.length(), 0);
    }

    /** An IP packet at {@code off} of {@code d}, ending at {@code n}; {@code depth} IP-in-IP headers already taken off. */
    private void network(PacketReader.Packet p, int etherType, byte[] d, int off, int n, int depth) {
        if (etherType == 0x0800 && off + 20 <= n) {
            int ihl = (d[off] & 0x0F) * 4;
            int total = Math.min(u16(d, off + 2), n - off);
            int proto = d[off + 9] & 0xFF;
            int flagsFrag = u16(d, off + 6);
            boolean more = (flagsFrag & 0x2000) != 0;
            int fragOffset = (flagsFrag & 0x1FFF) * 8;
            String src = ipv4(d, off + 12);
            String dst = ipv4(d, off + 16);
            if (ihl < 20 || total < ihl) {
                otherPackets++;
                return;
            }
            if (more || fragOffset > 0) {
                String key = src + ">" + dst + "#" + u16(d, off + 4) + "/" + proto;
                Fragments f = fragments.computeIfAbsent(key, k -> new Fragments());
                evict(fragments, key);
                byte[] whole = f.add(fragOffset, d, off + ihl, total - ihl, more, config.maxSipMessageBytes() * 2);
                if (whole == null) {
                    if (f.overflow) {
                        fragments.remove(key);
                        tooLong(p, "IPv4 fragments of " + src + " > " + dst + " exceed " + config.maxSipMessageBytes() * 2 + " bytes");
                    }
                    return;
                }
                fragments.remove(key);
                transport(p, proto, src, dst, whole, 0, whole.length, depth);
                return;
            }
            transport(p, proto, src, dst, d, off + ihl, total - ihl, depth);
        } else if (etherType == 0x86DD && off + 40 <= n) {
            int payloadLen = Math.min(u16(d, off + 4), n - off - 40);
            int next = d[off + 6] & 0xFF;
            String src = ipv6(d, off + 8);
            String dst = ipv6(d, off + 24);
            int p6 = off + 40;
            int end = off + 40 + payloadLen;
            while ((next == 0 || next == 43 || next == 60) && p6 + 8 <= end) {
                next = d[p6] & 0xFF;
                p6 += ((d[p6 + 1] & 0xFF) + 1) * 8;
            }
            if (next == 44) {
                otherPackets++; // IPv6 fragments: rare for SIP; counted, not reassembled
                return;
            }
            transport(p, next, "[" + src + "]", "[" + dst + "]", d, p6, Math.max(0, end - p6), depth);
        } else {
            otherPackets++;
        }
    }

    private void transport(PacketReader.Packet p, int proto, String srcIp, String dstIp, byte[] d, int off, int len, int depth) {
        if ((proto == 4 || proto == 41) && depth < MAX_TUNNELS) {
            // IP-in-IP (RFC 2003) and IPv6-in-IPv4 (RFC 4213): the SIP is in the inner packet
            network(p, proto == 4 ? 0x0800 : 0x86DD, d, off, off + len, depth + 1);
        } else if (proto == 17 && len >= 8) {
            int sport = u16(d, off);
            int dport = u16(d, off + 2);
            int ulen = Math.min(len - 8, Math.max(0, u16(d, off + 4) - 8));
            datagram(p, srcIp + ":" + sport, dstIp + ":" + dport, d, off + 8, ulen);
        } else if (proto == 6 && len >= 20) {
            int sport = u16(d, off);
            int dport = u16(d, off + 2);
            long seq = u32(d, off + 4);
            int dataOff = ((d[off + 12] & 0xF0) >> 4) * 4;
            int flags = d[off + 13] & 0xFF;
            if (dataOff < 20 || dataOff > len) {
                otherPackets++;
                return;
            }
            String src = srcIp + ":" + sport;
            String dst = dstIp + ":" + dport;
            String key = src + ">" + dst;
            Flow flow = flows.get(key);
            if (flow == null) {
                flow = new Flow(src, dst);
                flows.put(key, flow);
                Iterator<Map.Entry<String, Flow>> it = flows.entrySet().iterator();
                while (flows.size() > config.maxOpenRecords() && it.hasNext()) {
                    Map.Entry<String, Flow> e = it.next();
                    if (!e.getKey().equals(key)) {
                        e.getValue().release();
                        it.remove();
                    }
                }
            }
            flow.segment(p, seq, (flags & 0x02) != 0, d, off + dataOff, len - dataOff);
            websocketStep(p, src, dst, sport, dport, flags, len - dataOff);
        } else {
            otherPackets++;
        }
    }

    /**
     * The WebSocket step of a WebRTC call flow (Flashphoner WCS documentation, troubleshooting (https://docs.flashphoner.com); Flashphoner WCS documentation (https://docs.flashphoner.com)): a TCP
     * connection to a signalling port (WCS 8443 wss / 8080 ws) that is never answered, or whose server
     * never sends a byte (no TLS ServerHello, no HTTP 101), becomes a {@code status} event with
     * {@code ws-connection} {@code no-answer} / {@code no-handshake}; one that the server answers,
     * {@code ok}. The session key is WCS's own sessionId form {@code /<client>/<server>}.
     */
    private void websocketStep(PacketReader.Packet p, String src, String dst, int sport, int dport, int flags, int payload) {
        boolean syn = (flags & 0x02) != 0;
        boolean ack = (flags & 0x10) != 0;
        if (WS_PORTS.contains(dport) && syn && !ack) {
            String key = src + ">" + dst;
            WsAttempt a = wsAttempts.get(key);
            if (a == null) {
                a = new WsAttempt(src, dst, p.number(), time(p));
                wsAttempts.put(key, a);
                if (wsAttempts.size() > config.maxOpenRecords()) {
                    var it = wsAttempts.values().iterator();
                    WsAttempt oldest = it.next();
                    it.remove();
                    wsOutcome(oldest, oldest.synAck ? "no-handshake" : "no-answer", p.number(), p.fileOffset());
                }
            }
            a.syns++;
        } else if (WS_PORTS.contains(sport)) {
            WsAttempt a = wsAttempts.get(dst + ">" + src);
            if (a == null) {
                return;
            }
            if (syn && ack) {
                a.synAck = true;
            } else if (payload > 0) {
                wsAttempts.remove(dst + ">" + src);
                wsOutcome(a, "ok", p.number(), p.fileOffset());
            }
        }
    }

    private void wsOutcome(WsAttempt a, String outcome, long packet, long offset) {
        String what = switch (outcome) {
            case "ok" -> "answered";
            case "no-answer" -> "no answer to " + a.syns + " SYN" + (a.syns == 1 ? "" : "s");
            default -> "connected, but the server never sent a byte (no TLS/WebSocket handshake)";
        };
        emit(LogEvent.builder(new SourcePosition(source, Math.max(maxLine, packet), offset), format)
                .system(SystemId.WCS).kind(EventKind.STATUS).time(a.time).level(outcome.equals("ok") ? Level.INFO : Level.ERROR)
                .key(CorrelationKeys.SESSION, "/" + a.client + "/" + a.server)
                .set(WebRtcAttributes.WS_CONNECTION, outcome).set(NetworkAttributes.SRC, a.client).set(NetworkAttributes.DST, a.server)
                .parse(CaptureAttributes.FIRST_FRAME, Long.toString(a.firstPacket))
                .message("TCP to WebSocket port " + a.server + " from " + a.client + ": " + what + " (first SYN in frame " + a.firstPacket + ")")
                .build());
    }

    private static EventTime time(PacketReader.Packet p) {
        return p.epochNanos() == 0 ? EventTime.NONE
                : EventTime.absolute(Instant.ofEpochSecond(0, p.epochNanos()), Instant.ofEpochSecond(0, p.epochNanos()).toString());
    }

    /** WebSocket signalling ports (WCS defaults: wss 8443, ws 8080). */
    private static final java.util.Set<Integer> WS_PORTS = java.util.Set.of(8443, 8080);

    /** A connection attempt to a WebSocket port. */
    private static final class WsAttempt {
        final String client;
        final String server;
        final long firstPacket;
        final EventTime time;
        int syns;
        boolean synAck;

        WsAttempt(String client, String server, long firstPacket, EventTime time) {
            this.client = client;
            this.server = server;
            this.firstPacket = firstPacket;
            this.time = time;
        }
    }

    private void datagram(PacketReader.Packet p, String src, String dst, byte[] d, int off, int len) {
        int start = off;
        int end = off + len;
        while (start < end && (d[start] == '\r' || d[start] == '\n')) {
            start++;
        }
        if (start == end || !looksLikeSip(d, start, end)) {
            otherPackets++; // RTP, keep-alives, STUN…
            return;
        }
        SipParser.Result r = SipParser.parse(d, start, end - start, config.maxSipMessageBytes());
        sip(p, r.message(), "UDP", src, dst, new String(d, start, Math.min(r.consumed(), end - start), StandardCharsets.UTF_8));
    }

    private void sip(PacketReader.Packet p, SipMessage m, String transport, String src, String dst, String raw) {
        sipMessages++;
        EventTime time = p.epochNanos() == 0 ? EventTime.NONE
                : EventTime.absolute(Instant.ofEpochSecond(0, p.epochNanos()), Instant.ofEpochSecond(0, p.epochNanos()).toString());
        String excerpt = raw.length() <= config.maxExcerptLength() ? raw : raw.substring(0, config.maxExcerptLength()) + "…";
        LogEvent e = SipEvents.toEvent(m, new SourcePosition(source, p.number(), p.fileOffset()), format,
                new Frame("pcap", "", transport, src, dst, time), excerpt.replace("\r\n", "\n"), 1);
        emit(e.toBuilder().parse(CaptureAttributes.FRAME, Long.toString(p.number())).build());
    }

    private void tooLong(PacketReader.Packet p, String message) {
        emit(LogEvent.malformed(new SourcePosition(source, p.number(), p.fileOffset()), format, MalformedReason.TOO_LONG, message, ""));
    }

    private <V> void evict(Map<String, V> map, String keep) {
        if (map.size() > config.maxOpenRecords()) {
            Iterator<String> it = map.keySet().iterator();
            while (map.size() > config.maxOpenRecords() && it.hasNext()) {
                String k = it.next();
                if (!k.equals(keep)) {
                    it.remove();
                }
            }
        }
    }

    /** Whether bytes start with a SIP start line (checked on the first line only). */
    private static boolean looksLikeSip(byte[] d, int from, int end) {
        int eol = from;
        int max = Math.min(end, from + 2048);
        while (eol < max && d[eol] != '\r' && d[eol] != '\n') {
            eol++;
        }
        if (eol == max && max < end) {
            return false;
        }
        return SipTextExtractor.isStartLine(new String(d, from, eol - from, StandardCharsets.ISO_8859_1).strip());
    }

    // ---- TCP --------------------------------------------------------------------------------

    /** One direction of a TCP connection: the in-order byte stream and out-of-order segments waiting for a gap. */
    /**
     * Bytes held for TCP reassembly over all flows (stream buffers and out-of-order segments). Bounded by
     * {@link #maxBuffered()}: past it the oldest flows are given up, and said so, before any grows.
     */
    private long buffered;
    private boolean bufferedReported;

    /** All TCP reassembly may hold: 256 SIP messages' worth (16 MiB at the defaults). */
    private long maxBuffered() {
        return (long) config.maxSipMessageBytes() * 256;
    }

    /** Makes room for {@code bytes} more held bytes, giving up the oldest other flows. */
    private void reserve(PacketReader.Packet p, String keep, long bytes) {
        Iterator<Map.Entry<String, Flow>> it = flows.entrySet().iterator();
        while (buffered + bytes > maxBuffered() && it.hasNext()) {
            Map.Entry<String, Flow> e = it.next();
            if (e.getKey().equals(keep)) {
                continue;
            }
            e.getValue().release();
            it.remove();
            if (!bufferedReported) {
                bufferedReported = true;
                tooLong(p, "TCP reassembly holds more than " + maxBuffered() + " bytes over all connections; the oldest connections are given up"
                        + " (their later SIP messages are not read)");
            }
        }
    }

    private final class Flow {
        final String src;
        final String dst;
        final String key;
        long nextSeq = -1;
        byte[] data = new byte[0];
        int size;
        boolean sip = true;
        final TreeMap<Long, byte[]> early = new TreeMap<>();
        /** Bytes of {@link #early}: at most a stream buffer's worth per flow. */
        long earlyBytes;

        /** Gives back what the flow held. */
        void release() {
            buffered -= data.length + earlyBytes;
            data = new byte[0];
            size = 0;
            early.clear();
            earlyBytes = 0;
        }

        Flow(String src, String dst) {
            this.src = src;
            this.dst = dst;
            this.key = src + ">" + dst;
        }

        void segment(PacketReader.Packet p, long seq, boolean syn, byte[] d, int off, int len) {
            if (syn) {
                nextSeq = (seq + 1) & 0xFFFFFFFFL;
                return;
            }
            if (len == 0) {
                return;
            }
            if (nextSeq < 0) {
                nextSeq = seq;
            }
            long delta = (seq - nextSeq) & 0xFFFFFFFFL;
            if (delta != 0 && delta < 0x80000000L) { // a gap: hold the segment until the missing bytes arrive
                if (!sip) {
                    return;
                }
                int cap = config.maxSipMessageBytes() * 2;
                if (early.size() >= 64 || earlyBytes + len > cap) {
                    tooLong(p, "TCP stream " + src + " > " + dst + " holds more than " + cap + " bytes out of order; the rest of it is not read");
                    sip = false;
                    release();
                    return;
                }
                reserve(p, key, len);
                early.put(seq, java.util.Arrays.copyOfRange(d, off, off + len));
                earlyBytes += len;
                buffered += len;
                return;
            }
            int skip = delta == 0 ? 0 : (int) Math.min(len, (nextSeq - seq) & 0xFFFFFFFFL); // retransmitted overlap
            append(p, d, off + skip, len - skip);
            while (!early.isEmpty()) {
                Map.Entry<Long, byte[]> e = early.firstEntry();
                long eDelta = (e.getKey() - nextSeq) & 0xFFFFFFFFL;
                if (eDelta != 0 && eDelta < 0x80000000L) {
                    break;
                }
                early.pollFirstEntry();
                byte[] b = e.getValue();
                earlyBytes -= b.length;
                buffered -= b.length;
                int s = eDelta == 0 ? 0 : (int) Math.min(b.length, (nextSeq - e.getKey()) & 0xFFFFFFFFL);
                append(p, b, s, b.length - s);
            }
        }

        private void append(PacketReader.Packet p, byte[] d, int off, int len) {
            if (len <= 0) {
                return;
            }
            nextSeq = (nextSeq + len) & 0xFFFFFFFFL;
            if (!sip) {
                otherPackets++;
                return;
            }
            int cap = config.maxSipMessageBytes() * 2;
            if (size + len > cap) {
                tooLong(p, "TCP stream " + src + " > " + dst + " holds more than " + cap + " bytes without a complete SIP message");
                sip = false;
                release();
                return;
            }
            if (data.length < size + len) {
                int grown = Math.max(size + len, Math.min(cap, Math.max(4096, data.length * 2)));
                reserve(p, key, grown - data.length);
                buffered += grown - data.length;
                data = java.util.Arrays.copyOf(data, grown);
            }
            System.arraycopy(d, off, data, size, len);
            size += len;
            extract(p);
        }

        /** Emits every complete message at the front of the stream. */
        private void extract(PacketReader.Packet p) {
            int pos = 0;
            while (true) {
                while (pos < size && (data[pos] == '\r' || data[pos] == '\n')) {
                    pos++;
                }
                if (pos >= size) {
                    break;
                }
                if (!looksLikeSip(data, pos, size)) {
                    if (indexOf(data, pos, size, (byte) '\n') < 0 && size - pos < 2048) {
                        break; // first line not complete yet
                    }
                    sip = false; // not SIP (TLS, HTTP, …): stop buffering this flow
                    pos = size;
                    break;
                }
                int headerEnd = headerEnd(data, pos, size);
                if (headerEnd < 0) {
                    break;
                }
                int cl = contentLength(data, pos, headerEnd);
                if (headerEnd + cl > size) {
                    break;
                }
                SipParser.Result r = SipParser.parse(data, pos, headerEnd + cl - pos, config.maxSipMessageBytes() * 2);
                sip(p, r.message(), "TCP", src, dst, new String(data, pos, headerEnd + cl - pos, StandardCharsets.UTF_8));
                pos = headerEnd + cl;
            }
            System.arraycopy(data, pos, data, 0, size - pos);
            size -= pos;
        }

        void flushRemainder() {
            if (sip && size > 0) {
                int from = 0;
                while (from < size && (data[from] == '\r' || data[from] == '\n')) {
                    from++;
                }
                // a SIP start line begins with a method or "SIP/", upper-case letters: anything else (a TLS record
                // 0x16 on a WebSocket port, too short to be ruled out by a whole first line) was never SIP
                if (from < size && data[from] >= 'A' && data[from] <= 'Z') {
                    emit(LogEvent.malformed(new SourcePosition(source, Math.max(maxLine, lastPacket), lastOffset), format, MalformedReason.TRUNCATED,
                            "TCP stream " + src + " > " + dst + " ends inside a SIP message (" + (size - from) + " bytes)",
                            new String(data, from, Math.min(size - from, 200), StandardCharsets.UTF_8)));
                }
            }
        }
    }

    private static int indexOf(byte[] d, int from, int to, byte b) {
        for (int i = from; i < to; i++) {
            if (d[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The index just after the empty line that ends the headers, or -1. */
    private static int headerEnd(byte[] d, int from, int to) {
        for (int i = from; i < to; i++) {
            if (d[i] == '\n') {
                if (i + 1 < to && d[i + 1] == '\n') {
                    return i + 2;
                }
                if (i + 2 < to && d[i + 1] == '\r' && d[i + 2] == '\n') {
                    return i + 3;
                }
            }
        }
        return -1;
    }

    private static int contentLength(byte[] d, int from, int to) {
        String headers = new String(d, from, to - from, StandardCharsets.ISO_8859_1);
        for (String line : headers.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                String name = line.substring(0, colon).strip();
                if (name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("l")) {
                    String v = line.substring(colon + 1).strip();
                    if (!v.isEmpty() && v.length() <= 9 && v.chars().allMatch(Character::isDigit)) {
                        return Integer.parseInt(v);
                    }
                    return 0;
                }
            }
        }
        return 0; // RFC 3261 18.3: over a stream transport Content-Length is mandatory; treat absence as 0
    }

    /** IPv4 fragments of one datagram, bounded in size. */
    private static final class Fragments {
        final TreeMap<Integer, byte[]> parts = new TreeMap<>();
        int total = -1;
        int bytes;
        boolean overflow;

        byte[] add(int offset, byte[] d, int off, int len, boolean more, int max) {
            if (len < 0 || offset + len > max) {
                overflow = true;
                return null;
            }
            parts.put(offset, java.util.Arrays.copyOfRange(d, off, off + len));
            bytes += len;
            if (!more) {
                total = offset + len;
            }
            if (total < 0 || bytes < total) {
                return null;
            }
            byte[] whole = new byte[total];
            int expected = 0;
            for (Map.Entry<Integer, byte[]> e : parts.entrySet()) {
                if (e.getKey() > expected) {
                    return null;
                }
                int n = Math.min(e.getValue().length, total - e.getKey());
                System.arraycopy(e.getValue(), 0, whole, e.getKey(), n);
                expected = Math.max(expected, e.getKey() + n);
            }
            return expected >= total ? whole : null;
        }
    }

    private static int u16(byte[] b, int p) {
        return ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF);
    }

    private static long u32(byte[] b, int p) {
        return ((long) u16(b, p) << 16) | u16(b, p + 2);
    }

    private static String ipv4(byte[] b, int p) {
        return (b[p] & 0xFF) + "." + (b[p + 1] & 0xFF) + "." + (b[p + 2] & 0xFF) + "." + (b[p + 3] & 0xFF);
    }

    private static String ipv6(byte[] b, int p) {
        try {
            return java.net.InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, p, p + 16)).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return "?";
        }
    }

    @Override
    public void close() {
        finished = true;
        try {
            input.close();
        } catch (IOException e) {
            // read-only input; nothing lost
        }
    }

    /** Kind check used in tests of the summary event. */
    static boolean isSummary(LogEvent e) {
        return e.kind() == EventKind.LOG && e.attributes().containsKey("packets");
    }
}
