package dev.rtcdiag.core;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds realistic SIPp {@code -trace_msg} logs for one dialog, message by message, so that each
 * cause can be tested with a positive trace and a near-miss. Reconstructed (not captured) traffic
 * following RFC 3261 message layout; addresses from the documentation ranges and RFC 1918.
 */
final class SipTrace {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd\tHH:mm:ss.SSSSSS");

    private final StringBuilder out = new StringBuilder();
    private final String callId;
    private final String fromTag;
    private final String toUri;
    private LocalDateTime time = LocalDateTime.of(2024, 3, 5, 10, 15, 0);
    private int cseq = 1;
    private int branches;
    private String lastRequest = "";
    private String lastMethod = "";
    private String localAddress = "192.0.2.20";
    private String sdpAddress = "192.0.2.20";
    private String codecs = "0 8";
    private String received = "198.51.100.7";
    private List<String> lastExtra = new ArrayList<>();

    SipTrace(String callId, String toUri) {
        this.callId = callId;
        this.toUri = toUri;
        this.fromTag = "4711SIPpTag" + Math.floorMod(callId.hashCode(), 1000);
    }

    static SipTrace call(String callId) {
        return new SipTrace(callId, "sip:2001@203.0.113.10:5060");
    }

    /** The caller's own address in Via and Contact (private when behind NAT). */
    SipTrace from(String address) {
        this.localAddress = address;
        this.sdpAddress = address;
        return this;
    }

    /** The source address the server records in Via {@code received} of its responses. */
    SipTrace receivedAs(String address) {
        this.received = address;
        return this;
    }

    /** Payload types offered in SDP (e.g. "0 8" or "18"). */
    SipTrace codecs(String payloadTypes) {
        this.codecs = payloadTypes;
        return this;
    }

    SipTrace after(double seconds) {
        time = time.plusNanos((long) (seconds * 1e9));
        return this;
    }

    SipTrace request(String method, String... extraHeaders) {
        lastMethod = method;
        lastExtra = List.of(extraHeaders);
        String branch = "z9hG4bK-4711-" + cseq + "-" + (branches++);
        StringBuilder m = new StringBuilder();
        m.append(method).append(' ').append(toUri).append(" SIP/2.0\n");
        m.append("Via: SIP/2.0/UDP ").append(localAddress).append(":5061;branch=").append(branch).append(";rport\n");
        m.append("From: sipp <sip:1002@").append(localAddress).append(":5061>;tag=").append(fromTag).append('\n');
        m.append("To: <").append(toUri).append(">\n");
        m.append("Call-ID: ").append(callId).append('\n');
        m.append("CSeq: ").append(cseq).append(' ').append(method).append('\n');
        m.append("Contact: <sip:1002@").append(localAddress).append(":5061>\n");
        m.append("Max-Forwards: 70\n");
        for (String h : extraHeaders) {
            m.append(h).append('\n');
        }
        if (method.equals("INVITE")) {
            String sdp = sdp();
            m.append("Content-Type: application/sdp\nContent-Length: ").append(sdp.length() + lines(sdp)).append("\n\n").append(sdp);
        } else {
            m.append("Content-Length: 0\n");
        }
        lastRequest = m.toString();
        frame("sent", lastRequest);
        return this;
    }

    /** A CANCEL of the pending INVITE (same branch and CSeq number, RFC 3261 §9.1); responses then answer the CANCEL until {@link #answering(String)}. */
    SipTrace cancel() {
        inviteRequest = lastRequest;
        String cancel = lastRequest.replaceFirst("^INVITE ", "CANCEL ").replace("CSeq: " + cseq + " INVITE", "CSeq: " + cseq + " CANCEL");
        int body = cancel.indexOf("Content-Type:");
        cancel = (body > 0 ? cancel.substring(0, body) : cancel) + "Content-Length: 0\n";
        lastRequest = cancel;
        lastMethod = "CANCEL";
        frame("sent", cancel);
        return this;
    }

    /** Following responses answer the earlier INVITE again (after a CANCEL). */
    SipTrace answering(String method) {
        if (method.equals("INVITE") && inviteRequest != null) {
            lastRequest = inviteRequest;
        }
        lastMethod = method;
        return this;
    }

    private String inviteRequest;

    /** The last request again (a UDP retransmission: same branch and CSeq). */
    SipTrace retransmit() {
        frame("sent", lastRequest);
        return this;
    }

    /** The next request of the dialog gets the next CSeq. */
    SipTrace nextCSeq() {
        cseq++;
        return this;
    }

    SipTrace response(int code, String phrase, String... extraHeaders) {
        String via = lastRequest.lines().filter(l -> l.startsWith("Via:")).findFirst().orElseThrow();
        StringBuilder m = new StringBuilder();
        m.append("SIP/2.0 ").append(code).append(' ').append(phrase).append('\n');
        m.append(via).append(";received=").append(received).append('\n');
        m.append("From: sipp <sip:1002@").append(localAddress).append(":5061>;tag=").append(fromTag).append('\n');
        m.append("To: <").append(toUri).append(">").append(code > 100 ? ";tag=as6b2c1f0e" : "").append('\n');
        m.append("Call-ID: ").append(callId).append('\n');
        m.append("CSeq: ").append(cseq).append(' ').append(lastMethod).append('\n');
        for (String h : extraHeaders) {
            m.append(h).append('\n');
        }
        if (code == 200 && lastMethod.equals("INVITE")) {
            String sdp = "v=0\no=- 1 1 IN IP4 203.0.113.10\ns=-\nc=IN IP4 203.0.113.10\nt=0 0\nm=audio 7000 RTP/AVP " + codecs + "\n";
            m.append("Content-Type: application/sdp\nContent-Length: ").append(sdp.length() + lines(sdp)).append("\n\n").append(sdp);
        } else {
            m.append("Content-Length: 0\n");
        }
        frame("received", m.toString());
        return this;
    }

    /** A response carrying its own SDP offer (for codec-mismatch cases). */
    SipTrace responseWithSdp(int code, String phrase, String payloadTypes) {
        String saved = codecs;
        String via = lastRequest.lines().filter(l -> l.startsWith("Via:")).findFirst().orElseThrow();
        String sdp = "v=0\no=- 1 1 IN IP4 203.0.113.10\ns=-\nc=IN IP4 203.0.113.10\nt=0 0\nm=audio 7000 RTP/AVP " + payloadTypes + "\n";
        String m = "SIP/2.0 " + code + " " + phrase + "\n" + via + "\nFrom: sipp <sip:1002@" + localAddress + ":5061>;tag=" + fromTag
                + "\nTo: <" + toUri + ">;tag=as6b2c1f0e\nCall-ID: " + callId + "\nCSeq: " + cseq + " " + lastMethod
                + "\nContent-Type: application/sdp\nContent-Length: " + (sdp.length() + lines(sdp)) + "\n\n" + sdp;
        frame("received", m);
        codecs = saved;
        return this;
    }

    private String sdp() {
        return "v=0\no=user1 53655765 2353687637 IN IP4 " + sdpAddress + "\ns=-\nc=IN IP4 " + sdpAddress + "\nt=0 0\nm=audio 6000 RTP/AVP " + codecs + "\n";
    }

    private static int lines(String s) {
        return (int) s.chars().filter(c -> c == '\n').count();
    }

    private void frame(String direction, String message) {
        out.append("----------------------------------------------- ").append(TIME.format(time)).append('\n');
        out.append(direction.equals("sent") ? "UDP message sent (" + message.length() + " bytes):\n\n"
                : "UDP message received [" + message.length() + "] bytes :\n\n");
        out.append(message).append("\n\n");
        time = time.plusNanos(20_000_000);
    }

    String text() {
        return out.toString();
    }

    /** Concatenates several dialogs into one log. */
    static String join(SipTrace... traces) {
        StringBuilder sb = new StringBuilder();
        for (SipTrace t : traces) {
            sb.append(t.text());
        }
        return sb.toString();
    }
}
