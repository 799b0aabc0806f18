import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a deterministic mixed corpus for benchmarks: SIPp traces, BigBlueButton html5-client logs,
 * Flashphoner WCS server logs and Bitrix24 statistics, in the formats rtcdiag reads, with a known
 * number of injected failures (printed at the end and written to {@code <dir>.expected.txt}).
 *
 * <p>Run with the JDK alone (no build): {@code java bench/CorpusGenerator.java <dir> <megabytes> [seed]}.
 * Every 50th SIP call is busy (486), every 40th BBB user gets 1007, every 25th WCS stream fails by ICE
 * timeout, every 20th statistics row is 486; everything else is healthy.
 */
public final class CorpusGenerator {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench/corpus");
        long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 200;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Files.createDirectories(dir);
        long quota = megabytes << 20;
        long[] injected = new long[4];
        injected[0] = sipp(dir.resolve("sipp-trace.log"), quota * 4 / 10, new Random(seed));
        injected[1] = bbb(dir.resolve("html5-client.log"), quota * 3 / 10, new Random(seed + 1));
        injected[2] = wcs(dir.resolve("flashphoner.log.2024-11-04-08"), quota * 2 / 10, new Random(seed + 2));
        injected[3] = stats(dir.resolve("statistics.csv"), quota / 10, new Random(seed + 3));
        String expected = "sip.callee-busy " + injected[0] + "\nbbb.ice-blocked " + injected[1] + "\nwcs.media-ports-blocked " + injected[2]
                + "\nbitrix.callee-busy " + injected[3] + "\n";
        Files.writeString(dir.resolveSibling(dir.getFileName() + ".expected.txt"), expected); // beside the corpus, not read as part of it
        System.out.print(expected);
    }

    static long sipp(Path f, long bytes, Random r) throws IOException {
        long busy = 0;
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            long written = 0;
            for (int call = 1; written < bytes; call++) {
                boolean isBusy = call % 50 == 0;
                busy += isBusy ? 1 : 0;
                String id = call + "-" + (1000 + r.nextInt(9000)) + "@192.0.2.10";
                String t = String.format("2024-03-05\t10:%02d:%02d.%06d", (call / 60) % 60, call % 60, r.nextInt(1_000_000));
                written += msg(w, t, "sent", "INVITE sip:bob@192.0.2.20:5060 SIP/2.0", id, "1 INVITE", true);
                written += msg(w, t, "received", "SIP/2.0 100 Trying", id, "1 INVITE", false);
                if (isBusy) {
                    written += msg(w, t, "received", "SIP/2.0 486 Busy Here", id, "1 INVITE", false);
                    written += msg(w, t, "sent", "ACK sip:bob@192.0.2.20:5060 SIP/2.0", id, "1 ACK", false);
                } else {
                    written += msg(w, t, "received", "SIP/2.0 180 Ringing", id, "1 INVITE", false);
                    written += msg(w, t, "received", "SIP/2.0 200 OK", id, "1 INVITE", true);
                    written += msg(w, t, "sent", "ACK sip:bob@192.0.2.20:5060 SIP/2.0", id, "1 ACK", false);
                    written += msg(w, t, "sent", "BYE sip:bob@192.0.2.20:5060 SIP/2.0", id, "2 BYE", false);
                    written += msg(w, t, "received", "SIP/2.0 200 OK", id, "2 BYE", false);
                }
            }
        }
        return busy;
    }

    static long msg(BufferedWriter w, String time, String dir, String start, String callId, String cseq, boolean sdp) throws IOException {
        String body = sdp ? "v=0\r\no=- 1 1 IN IP4 192.0.2.10\r\ns=-\r\nc=IN IP4 192.0.2.10\r\nt=0 0\r\nm=audio 6000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n" : "";
        String m = start + "\r\nVia: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-" + callId.hashCode() + "-" + cseq.charAt(0) + "\r\nFrom: <sip:alice@192.0.2.10>;tag=1\r\n"
                + "To: <sip:bob@192.0.2.20>" + (start.startsWith("SIP/2.0 1") || start.startsWith("INVITE") ? "" : ";tag=2") + "\r\nCall-ID: " + callId
                + "\r\nCSeq: " + cseq + "\r\nContact: <sip:alice@192.0.2.10:5060>\r\nMax-Forwards: 70\r\n"
                + (sdp ? "Content-Type: application/sdp\r\n" : "") + "Content-Length: " + body.length() + "\r\n\r\n" + body;
        String block = "----------------------------------------------- " + time + "\nUDP message " + dir + " (" + m.length() + " bytes):\n\n"
                + m.replace("\r\n", "\n") + "\n";
        w.write(block);
        return block.length();
    }

    static long bbb(Path f, long bytes, Random r) throws IOException {
        long failures = 0;
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            long written = 0;
            for (int u = 1; written < bytes; u++) {
                String user = String.format("w_u%010d", u);
                boolean fails = u % 40 == 0;
                failures += fails ? 1 : 0;
                String rec = fails
                        ? rec(user, 50, "audio_failure", "Audio error - errorCode=1007, cause=ICE negotiation failed. Current state - failed",
                                "{\\x22errorCode\\x22:1007,\\x22cause\\x22:\\x22ICE negotiation failed. Current state - failed\\x22,\\x22bridge\\x22:\\x22sip\\x22}", u)
                        : rec(user, 30, "audio_joined", "Audio Joined", "{\\x22secondsToActivateAudio\\x22:1.2}", u);
                String line = "198.51.100." + (1 + r.nextInt(250)) + " [2024-03-12T14:" + String.format("%02d:%02d", (u / 60) % 60, u % 60) + "+00:00] ["
                        + rec(user, 30, "sip_js_session_accepted", "Audio call session accepted", "{}", u) + "," + rec + "]\n";
                w.write(line);
                written += line.length();
            }
        }
        return failures;
    }

    static String rec(String user, int level, String code, String msg, String extra, int u) {
        return "{\\x22name\\x22:\\x22clientLogger\\x22,\\x22level\\x22:" + level + ",\\x22logCode\\x22:\\x22" + code + "\\x22,\\x22extraInfo\\x22:" + extra
                + ",\\x22msg\\x22:\\x22" + msg + "\\x22,\\x22time\\x22:\\x222024-03-12T14:00:00.000Z\\x22,\\x22userInfo\\x22:{\\x22meetingId\\x22:\\x22m-"
                + (u / 30) + "\\x22,\\x22requesterUserId\\x22:\\x22" + user + "\\x22,\\x22sessionToken\\x22:\\x22t" + u
                + "\\x22},\\x22userAgent\\x22:\\x22Mozilla/5.0 (Windows NT 10.0) Chrome/120.0\\x22,\\x22count\\x22:1}";
    }

    static long wcs(Path f, long bytes, Random r) throws IOException {
        long failures = 0;
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            long written = 0;
            for (int s = 1; written < bytes; s++) {
                boolean fails = s % 25 == 0;
                failures += fails ? 1 : 0;
                String session = "/198.51.100." + (1 + s % 250) + ":" + (20000 + s % 40000) + "/203.0.113.20:8443#" + s;
                String t = String.format("%02d:%02d:%02d,%03d", (s / 3600) % 24, (s / 60) % 60, s % 60, r.nextInt(1000));
                String entry = t + " INFO            RestClient - API-ASYNC-pool-8-thread-2 SEND REST OBJECT ==>\nURL:http://localhost:8081/apps/EchoApp/StreamStatusEvent\nOBJECT:\n{\n"
                        + "  \"sessionId\" : \"" + session + "\",\n  \"mediaSessionId\" : \"m-" + s + "\",\n  \"name\" : \"stream" + s + "\",\n"
                        + "  \"status\" : \"" + (fails ? "FAILED" : "PLAYING") + "\",\n  \"info\" : \"" + (fails ? "Failed by ICE timeout" : "Unknown") + "\"\n}\n"
                        + t + " INFO        WebRtcSession - WebRtc-pool-3-thread-4 ICE state for m-" + s + " " + (fails ? "checking" : "connected") + "\n";
                w.write(entry);
                written += entry.length();
            }
        }
        return failures;
    }

    static long stats(Path f, long bytes, Random r) throws IOException {
        long busy = 0;
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            String header = "ID;CALL_ID;CALL_TYPE;PHONE_NUMBER;CALL_DURATION;CALL_START_DATE;CALL_FAILED_CODE;CALL_FAILED_REASON;SESSION_ID\n";
            w.write(header);
            long written = header.length();
            for (int i = 1; written < bytes; i++) {
                boolean isBusy = i % 20 == 0;
                busy += isBusy ? 1 : 0;
                String row = i + ";C" + i + ";1;+7495" + (1000000 + r.nextInt(8999999)) + ";" + (isBusy ? 0 : 30 + r.nextInt(300))
                        + ";2026-05-13T11:13:20+03:00;" + (isBusy ? "486;Busy here" : "200;Success call") + ";" + (3800000000L + i) + "\n";
                w.write(row);
                written += row.length();
            }
        }
        return busy;
    }
}
