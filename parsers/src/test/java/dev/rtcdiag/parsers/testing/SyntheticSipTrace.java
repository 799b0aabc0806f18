package dev.rtcdiag.parsers.testing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An endless-looking SIPp {@code -trace_msg} log produced on the fly (nothing on disk, nothing held
 * in memory): call after call of INVITE / 100 / 180 / 200 / ACK / BYE / 200, each with its own
 * Call-ID, until {@code totalBytes} have been produced. Used to prove that parsing memory does not
 * grow with the input.
 */
public final class SyntheticSipTrace extends InputStream {

    /** Messages per call. */
    public static final int MESSAGES_PER_CALL = 7;

    private final long totalBytes;
    private long produced;
    private long call;
    private byte[] chunk = new byte[0];
    private int pos;

    public SyntheticSipTrace(long totalBytes) {
        this.totalBytes = totalBytes;
    }

    /** Complete calls produced so far (call after EOF for the final count). */
    public long calls() {
        return call;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (pos >= chunk.length) {
            if (produced >= totalBytes) {
                return -1;
            }
            chunk = nextCall().getBytes(StandardCharsets.US_ASCII);
            pos = 0;
            produced += chunk.length;
            call++;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
    }

    private String nextCall() {
        long c = call;
        String id = c + "-" + (c * 7919 % 100_000) + "@192.0.2.20";
        String time = String.format("2024-03-05\t10:%02d:%02d.%06d", (c / 60) % 60, c % 60, c % 1_000_000);
        String from = "From: sipp <sip:1002@192.0.2.20:5061>;tag=" + c + "SIPpTag00\n";
        String to = "To: <sip:2001@203.0.113.10:5060>";
        String via = "Via: SIP/2.0/UDP 192.0.2.20:5061;branch=z9hG4bK-" + c + "-1-0\n";
        String sdp = "v=0\no=user1 53655765 2353687637 IN IP4 192.0.2.20\ns=-\nc=IN IP4 192.0.2.20\nt=0 0\nm=audio 6000 RTP/AVP 0\na=rtpmap:0 PCMU/8000\n";
        StringBuilder sb = new StringBuilder(4096);
        frame(sb, time, "sent", "INVITE sip:2001@203.0.113.10:5060 SIP/2.0\n" + via + from + to + "\nCall-ID: " + id
                + "\nCSeq: 1 INVITE\nContact: sip:1002@192.0.2.20:5061\nMax-Forwards: 70\nContent-Type: application/sdp\nContent-Length: " + (sdp.length() + 7) + "\n\n" + sdp);
        frame(sb, time, "received", "SIP/2.0 100 Trying\n" + via + from + to + "\nCall-ID: " + id + "\nCSeq: 1 INVITE\nContent-Length: 0\n");
        frame(sb, time, "received", "SIP/2.0 180 Ringing\n" + via + from + to + ";tag=as" + c + "\nCall-ID: " + id + "\nCSeq: 1 INVITE\nContent-Length: 0\n");
        frame(sb, time, "received", "SIP/2.0 200 OK\n" + via + from + to + ";tag=as" + c + "\nCall-ID: " + id
                + "\nCSeq: 1 INVITE\nContent-Type: application/sdp\nContent-Length: " + (sdp.length() + 7) + "\n\n" + sdp);
        frame(sb, time, "sent", "ACK sip:2001@203.0.113.10:5060 SIP/2.0\n" + via + from + to + ";tag=as" + c + "\nCall-ID: " + id + "\nCSeq: 1 ACK\nContent-Length: 0\n");
        frame(sb, time, "sent", "BYE sip:2001@203.0.113.10:5060 SIP/2.0\n" + via + from + to + ";tag=as" + c + "\nCall-ID: " + id + "\nCSeq: 2 BYE\nContent-Length: 0\n");
        frame(sb, time, "received", "SIP/2.0 200 OK\n" + via + from + to + ";tag=as" + c + "\nCall-ID: " + id + "\nCSeq: 2 BYE\nContent-Length: 0\n");
        return sb.toString();
    }

    private static void frame(StringBuilder sb, String time, String direction, String message) {
        sb.append("----------------------------------------------- ").append(time).append('\n');
        sb.append(direction.equals("sent") ? "UDP message sent (" + message.length() + " bytes):\n\n"
                : "UDP message received [" + message.length() + "] bytes :\n\n");
        sb.append(message).append("\n\n");
    }
}
