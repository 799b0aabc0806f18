package dev.rtcdiag.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Writes a deterministic mixed corpus for benchmarks: SIPp traces, a SIP pcap, BigBlueButton
 * html5-client logs, Flashphoner WCS server logs and Bitrix24 statistics, in the formats rtcdiag reads, with a known
 * number of injected failures (printed at the end and written to {@code <dir>.expected.txt}).
 *
 * <p>Run with the JDK alone (no build): {@code java bench/src/main/java/dev/rtcdiag/bench/CorpusGenerator.java <dir> <megabytes> [seed]}.
 * Every 50th SIP call (trace or capture) is busy (486), every 40th BBB user gets 1007, every 25th WCS stream fails by ICE
 * timeout, every 20th statistics row is 486; everything else is healthy. The shares of the bytes are
 * 35 % SIPp, 5 % pcap, 30 % BBB, 20 % WCS and 10 % statistics.
 *
 * <p>Like the real thing, the corpus is many files, not one: SIPp traces per run
 * ({@code uac_<pid>_messages.log}), logrotate'd client logs ({@code html5-client.log.N}), WCS logs rolled
 * every hour ({@code flashphoner.log.yyyy-MM-dd-HH}) and statistics exports, each at most 16 MiB. Time
 * only moves forward in every file (calls every 100 ms, users every 500 ms, streams every 200 ms), so
 * sessions without an end marker close on the idle timeout as they would in production.
 */
public final class CorpusGenerator {

    static final long CHUNK = 16L << 20;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench/corpus");
        long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 200;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Files.createDirectories(dir);
        long quota = megabytes << 20;
        long[] injected = new long[5];
        injected[0] = sipp(dir, quota * 35 / 100, new Random(seed));
        injected[4] = pcap(dir, quota * 5 / 100, new Random(seed + 4));
        injected[1] = bbb(dir, quota * 3 / 10, new Random(seed + 1));
        injected[2] = wcs(dir, quota * 2 / 10, new Random(seed + 2));
        injected[3] = stats(dir, quota / 10, new Random(seed + 3));
        String expected = "sip.callee-busy " + (injected[0] + injected[4]) + "\nbbb.ice-blocked " + injected[1] + "\nwcs.media-ports-blocked " + injected[2]
                + "\nbitrix.callee-busy " + injected[3] + "\n";
        Files.writeString(dir.resolveSibling(dir.getFileName() + ".expected.txt"), expected); // beside the corpus, not read as part of it
        System.out.print(expected);
    }

    /** Writes to a file of {@code names}, starting the next one past {@link #CHUNK} bytes (at a record boundary). */
    static final class Rolling implements AutoCloseable {
        private final Path dir;
        private final IntFunction<String> names;
        private final String header;
        private BufferedWriter w;
        private int index;
        private long inFile;
        long written;

        Rolling(Path dir, IntFunction<String> names, String header) {
            this.dir = dir;
            this.names = names;
            this.header = header;
        }

        void write(String s) throws IOException {
            if (w == null || inFile >= CHUNK) {
                roll(names.apply(++index));
            }
            w.write(s);
            inFile += s.length();
            written += s.length();
        }

        void roll(String name) throws IOException {
            close();
            w = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
            inFile = 0;
            if (!header.isEmpty()) {
                w.write(header);
                inFile += header.length();
                written += header.length();
            }
        }

        @Override
        public void close() throws IOException {
            if (w != null) {
                w.close();
            }
        }
    }

    static final LocalDateTime SIPP_START = LocalDateTime.of(2024, 3, 5, 10, 0);
    static final DateTimeFormatter SIPP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'\t'HH:mm:ss.SSSSSS");

    static long sipp(Path dir, long bytes, Random r) throws IOException {
        long busy = 0;
        try (Rolling w = new Rolling(dir, i -> "uac_" + (4100 + i) + "_messages.log", "")) {
            for (int call = 1; w.written < bytes; call++) {
                boolean isBusy = call % 50 == 0;
                busy += isBusy ? 1 : 0;
                String id = call + "-" + (1000 + r.nextInt(9000)) + "@192.0.2.10";
                String t = SIPP_START.plusNanos(call * 100_000_000L + r.nextInt(50_000) * 1000L).format(SIPP_TIME);
                msg(w, t, "sent", "INVITE sip:bob@192.0.2.20:5060 SIP/2.0", id, "1 INVITE", true);
                msg(w, t, "received", "SIP/2.0 100 Trying", id, "1 INVITE", false);
                if (isBusy) {
                    msg(w, t, "received", "SIP/2.0 486 Busy Here", id, "1 INVITE", false);
                    msg(w, t, "sent", "ACK sip:bob@192.0.2.20:5060 SIP/2.0", id, "1 ACK", false);
                } else {
                    msg(w, t, "received", "SIP/2.0 180 Ringing", id, "1 INVITE", false);
                    msg(w, t, "received", "SIP/2.0 200 OK", id, "1 INVITE", true);
                    msg(w, t, "sent", "ACK sip:bob@192.0.2.20:5060 SIP/2.0", id, "1 ACK", false);
                    msg(w, t, "sent", "BYE sip:bob@192.0.2.20:5060 SIP/2.0", id, "2 BYE", false);
                    msg(w, t, "received", "SIP/2.0 200 OK", id, "2 BYE", false);
                }
            }
        }
        return busy;
    }

    static void msg(Rolling w, String time, String dir, String start, String callId, String cseq, boolean sdp) throws IOException {
        String m = sipMessage(start, callId, cseq, sdp);
        w.write("----------------------------------------------- " + time + "\nUDP message " + dir + " (" + m.length() + " bytes):\n\n"
                + m.replace("\r\n", "\n") + "\n");
    }

    static String sipMessage(String start, String callId, String cseq, boolean sdp) {
        String body = sdp ? "v=0\r\no=- 1 1 IN IP4 192.0.2.10\r\ns=-\r\nc=IN IP4 192.0.2.10\r\nt=0 0\r\nm=audio 6000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n" : "";
        String m = start + "\r\nVia: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-" + callId.hashCode() + "-" + cseq.charAt(0) + "\r\nFrom: <sip:alice@192.0.2.10>;tag=1\r\n"
                + "To: <sip:bob@192.0.2.20>" + (start.startsWith("SIP/2.0 1") || start.startsWith("INVITE") ? "" : ";tag=2") + "\r\nCall-ID: " + callId
                + "\r\nCSeq: " + cseq + "\r\nContact: <sip:alice@192.0.2.10:5060>\r\nMax-Forwards: 70\r\n"
                + (sdp ? "Content-Type: application/sdp\r\n" : "") + "Content-Length: " + body.length() + "\r\n\r\n" + body;
        return m;
    }

    /**
     * A libpcap capture (Ethernet, IPv4, UDP 5060) of the same kind of calls as the SIPp traces, a day
     * later, for the side-by-side with tshark and pkts.io. Every 50th call is busy.
     */
    static long pcap(Path dir, long bytes, Random r) throws IOException {
        long busy = 0;
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(dir.resolve("sip-capture.pcap")), 1 << 16)) {
            java.nio.ByteBuffer h = java.nio.ByteBuffer.allocate(24).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1); // LINKTYPE_ETHERNET
            out.write(h.array());
            long written = 24;
            long t0 = SIPP_START.plusDays(1).toEpochSecond(java.time.ZoneOffset.UTC) * 1_000_000L;
            for (int call = 1; written < bytes; call++) {
                boolean isBusy = call % 50 == 0;
                busy += isBusy ? 1 : 0;
                String id = "cap" + call + "-" + (1000 + r.nextInt(9000)) + "@192.0.2.10";
                long t = t0 + call * 100_000L;
                written += packet(out, t, true, sipMessage("INVITE sip:bob@192.0.2.20:5060 SIP/2.0", id, "1 INVITE", true));
                written += packet(out, t + 2_000, false, sipMessage("SIP/2.0 100 Trying", id, "1 INVITE", false));
                if (isBusy) {
                    written += packet(out, t + 9_000, false, sipMessage("SIP/2.0 486 Busy Here", id, "1 INVITE", false));
                    written += packet(out, t + 9_500, true, sipMessage("ACK sip:bob@192.0.2.20:5060 SIP/2.0", id, "1 ACK", false));
                } else {
                    written += packet(out, t + 9_000, false, sipMessage("SIP/2.0 180 Ringing", id, "1 INVITE", false));
                    written += packet(out, t + 30_000, false, sipMessage("SIP/2.0 200 OK", id, "1 INVITE", true));
                    written += packet(out, t + 30_500, true, sipMessage("ACK sip:bob@192.0.2.20:5060 SIP/2.0", id, "1 ACK", false));
                    written += packet(out, t + 60_000, true, sipMessage("BYE sip:bob@192.0.2.20:5060 SIP/2.0", id, "2 BYE", false));
                    written += packet(out, t + 61_000, false, sipMessage("SIP/2.0 200 OK", id, "2 BYE", false));
                }
            }
        }
        return busy;
    }

    private static final byte[] CALLER = {(byte) 192, 0, 2, 10};
    private static final byte[] CALLEE = {(byte) 192, 0, 2, 20};

    /** One Ethernet/IPv4/UDP frame from the caller ({@code out}) or to it, with a correct IPv4 header checksum. */
    static long packet(java.io.OutputStream out, long micros, boolean fromCaller, String sip) throws IOException {
        byte[] payload = sip.getBytes(StandardCharsets.US_ASCII);
        int ipLength = 20 + 8 + payload.length;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16 + 14 + ipLength);
        b.order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt((int) (micros / 1_000_000)).putInt((int) (micros % 1_000_000)).putInt(14 + ipLength)
                .putInt(14 + ipLength);
        b.order(java.nio.ByteOrder.BIG_ENDIAN);
        b.put(new byte[] {2, 0, 0, 0, 0, (byte) (fromCaller ? 2 : 1)}).put(new byte[] {2, 0, 0, 0, 0, (byte) (fromCaller ? 1 : 2)}).putShort((short) 0x0800);
        int ip = b.position();
        b.put((byte) 0x45).put((byte) 0).putShort((short) ipLength).putShort((short) 0).putShort((short) 0x4000).put((byte) 64).put((byte) 17)
                .putShort((short) 0).put(fromCaller ? CALLER : CALLEE).put(fromCaller ? CALLEE : CALLER);
        int sum = 0;
        for (int i = 0; i < 20; i += 2) {
            sum += ((b.get(ip + i) & 0xff) << 8) | (b.get(ip + i + 1) & 0xff);
        }
        sum = (sum & 0xffff) + (sum >>> 16);
        b.putShort(ip + 10, (short) ~((sum & 0xffff) + (sum >>> 16)));
        b.putShort((short) 5060).putShort((short) 5060).putShort((short) (8 + payload.length)).putShort((short) 0).put(payload);
        out.write(b.array());
        return b.capacity();
    }

    static final LocalDateTime BBB_START = LocalDateTime.of(2024, 3, 12, 14, 0);
    static final DateTimeFormatter BBB_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
    static final DateTimeFormatter NGINX_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    static long bbb(Path dir, long bytes, Random r) throws IOException {
        long failures = 0;
        try (Rolling w = new Rolling(dir, i -> "html5-client.log." + i, "")) {
            for (int u = 1; w.written < bytes; u++) {
                String user = String.format("w_u%010d", u);
                boolean fails = u % 40 == 0;
                failures += fails ? 1 : 0;
                LocalDateTime at = BBB_START.plusNanos(u * 500_000_000L);
                String t = at.format(BBB_TIME) + "Z";
                String rec = fails
                        ? rec(user, 50, "audio_failure", "Audio error - errorCode=1007, cause=ICE negotiation failed. Current state - failed",
                                "{\\x22errorCode\\x22:1007,\\x22cause\\x22:\\x22ICE negotiation failed. Current state - failed\\x22,\\x22bridge\\x22:\\x22sip\\x22}", u, t)
                        : rec(user, 30, "audio_joined", "Audio Joined", "{\\x22secondsToActivateAudio\\x22:1.2}", u, t);
                w.write("198.51.100." + (1 + r.nextInt(250)) + " [" + at.format(NGINX_TIME) + "+00:00] ["
                        + rec(user, 30, "sip_js_session_accepted", "Audio call session accepted", "{}", u, t) + "," + rec + "]\n");
            }
        }
        return failures;
    }

    static String rec(String user, int level, String code, String msg, String extra, int u, String time) {
        return "{\\x22name\\x22:\\x22clientLogger\\x22,\\x22level\\x22:" + level + ",\\x22logCode\\x22:\\x22" + code + "\\x22,\\x22extraInfo\\x22:" + extra
                + ",\\x22msg\\x22:\\x22" + msg + "\\x22,\\x22time\\x22:\\x22" + time + "\\x22,\\x22userInfo\\x22:{\\x22meetingId\\x22:\\x22m-"
                + (u / 30) + "\\x22,\\x22requesterUserId\\x22:\\x22" + user + "\\x22,\\x22sessionToken\\x22:\\x22t" + u
                + "\\x22},\\x22userAgent\\x22:\\x22Mozilla/5.0 (Windows NT 10.0) Chrome/120.0\\x22,\\x22count\\x22:1}";
    }

    static final LocalDateTime WCS_START = LocalDateTime.of(2024, 11, 4, 8, 0);
    static final DateTimeFormatter WCS_TIME = DateTimeFormatter.ofPattern("HH:mm:ss,SSS");
    static final DateTimeFormatter WCS_ROLL = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH");

    static long wcs(Path dir, long bytes, Random r) throws IOException {
        long failures = 0;
        try (Rolling w = new Rolling(dir, i -> { throw new IllegalStateException("rolled by the hour"); }, "")) {
            int hour = -1;
            for (int s = 1; w.written < bytes; s++) {
                LocalDateTime at = WCS_START.plusNanos(s * 200_000_000L + r.nextInt(1000) * 1_000_000L / 5);
                int h = at.getDayOfYear() * 24 + at.getHour();
                if (h != hour) { // the server rolls its log every hour; the suffix is the only date a line has
                    w.roll("flashphoner.log." + at.format(WCS_ROLL));
                    hour = h;
                }
                boolean fails = s % 25 == 0;
                failures += fails ? 1 : 0;
                String session = "/198.51.100." + (1 + s % 250) + ":" + (20000 + s % 40000) + "/203.0.113.20:8443#" + s;
                String t = at.format(WCS_TIME);
                w.write(t + " INFO            RestClient - API-ASYNC-pool-8-thread-2 SEND REST OBJECT ==>\nURL:http://localhost:8081/apps/EchoApp/StreamStatusEvent\nOBJECT:\n{\n"
                        + "  \"sessionId\" : \"" + session + "\",\n  \"mediaSessionId\" : \"m-" + s + "\",\n  \"name\" : \"stream" + s + "\",\n"
                        + "  \"status\" : \"" + (fails ? "FAILED" : "PLAYING") + "\",\n  \"info\" : \"" + (fails ? "Failed by ICE timeout" : "Unknown") + "\"\n}\n"
                        + t + " INFO        WebRtcSession - WebRtc-pool-3-thread-4 ICE state for m-" + s + " " + (fails ? "checking" : "connected") + "\n");
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return failures;
    }

    static long stats(Path dir, long bytes, Random r) throws IOException {
        long busy = 0;
        String header = "ID;CALL_ID;CALL_TYPE;PHONE_NUMBER;CALL_DURATION;CALL_START_DATE;CALL_FAILED_CODE;CALL_FAILED_REASON;SESSION_ID\n";
        try (Rolling w = new Rolling(dir, i -> "statistics-" + i + ".csv", header)) {
            for (int i = 1; w.written < bytes; i++) {
                boolean isBusy = i % 20 == 0;
                busy += isBusy ? 1 : 0;
                w.write(i + ";C" + i + ";1;+7495" + (1000000 + r.nextInt(8999999)) + ";" + (isBusy ? 0 : 30 + r.nextInt(300))
                        + ";2026-05-13T11:13:20+03:00;" + (isBusy ? "486;Busy here" : "200;Success call") + ";" + (3800000000L + i) + "\n");
            }
        }
        return busy;
    }
}
