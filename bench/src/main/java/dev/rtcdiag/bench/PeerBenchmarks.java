package dev.rtcdiag.bench;

import dev.rtcdiag.parsers.sip.SipMessage;
import dev.rtcdiag.parsers.sip.SipParser;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.parser.StringMsgParser;
import io.pkts.buffer.Buffers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * SIP message parsing side by side: rtcdiag's {@link SipParser}, JAIN-SIP's {@code StringMsgParser}
 * (the NIST reference implementation) and pkts.io's {@code SipMessage.frame}, on the same messages:
 * the seven of a call of the {@link CorpusGenerator} corpus (INVITE with SDP, 100, 180, 200 with SDP,
 * ACK, BYE, 200) and a typical RFC 3261 INVITE. One operation parses all eight and reads what a
 * diagnosis needs of each — start line, Call-ID, CSeq, top Via branch, From tag. pkts.io and rtcdiag
 * frame the message and read a header when it is first asked for; JAIN-SIP parses every header at once.
 * {@link #rtcdiagValidated} also asks rtcdiag whether each message is valid, which reads every header
 * and records every deviation from RFC 3261 (the work the eager parsers do, and more); setUp checks
 * once that every parser accepts every message. Scores are operations per second; messages per second
 * are eight times that.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class PeerBenchmarks {

    /** Messages parsed by one operation. */
    public static final int MESSAGES = 8;

    private final List<byte[]> messages = new ArrayList<>();

    @Setup
    public void setUp() {
        String id = "7-4711@192.0.2.10";
        for (String[] m : new String[][] {
                {"INVITE sip:bob@192.0.2.20:5060 SIP/2.0", "1 INVITE", "sdp"}, {"SIP/2.0 100 Trying", "1 INVITE", ""},
                {"SIP/2.0 180 Ringing", "1 INVITE", ""}, {"SIP/2.0 200 OK", "1 INVITE", "sdp"},
                {"ACK sip:bob@192.0.2.20:5060 SIP/2.0", "1 ACK", ""}, {"BYE sip:bob@192.0.2.20:5060 SIP/2.0", "2 BYE", ""},
                {"SIP/2.0 200 OK", "2 BYE", ""}}) {
            messages.add(CorpusGenerator.sipMessage(m[0], id, m[1], !m[2].isEmpty()).getBytes(StandardCharsets.US_ASCII));
        }
        messages.add(HotPathBenchmarks.INVITE.clone());
        if (messages.size() != MESSAGES) {
            throw new IllegalStateException(messages.size() + " messages");
        }
        // every parser must accept every message, or the comparison is not of the same work
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        rtcdiagValidated(bh);
        jainSip(bh);
        pkts(bh);
        bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    }

    @Benchmark
    public void rtcdiag(Blackhole bh) {
        for (byte[] b : messages) {
            readFields(SipParser.parse(b).message(), bh);
        }
    }

    @Benchmark
    public void rtcdiagValidated(Blackhole bh) {
        for (byte[] b : messages) {
            SipMessage m = SipParser.parse(b).message();
            if (!m.isValid()) {
                throw new IllegalStateException("rtcdiag rejected a message: " + m.invalidReason());
            }
            readFields(m, bh);
        }
    }

    /** What every parser here reads of a message: start line, Call-ID, CSeq method, top Via branch, From tag. */
    private static void readFields(SipMessage m, Blackhole bh) {
        bh.consume(m.startLine());
        bh.consume(m.callId().orElseThrow());
        bh.consume(m.cseq().orElseThrow().method());
        bh.consume(m.vias().get(0).branch().orElseThrow());
        bh.consume(m.from().orElseThrow().tag().orElseThrow());
    }

    @Benchmark
    public void jainSip(Blackhole bh) {
        StringMsgParser parser = new StringMsgParser();
        for (byte[] b : messages) {
            try {
                SIPMessage m = parser.parseSIPMessage(b, true, false, null);
                bh.consume(m instanceof SIPResponse r ? r.getStatusCode() : m.getFirstLine());
                bh.consume(m.getCallId().getCallId());
                bh.consume(m.getCSeq().getMethod());
                bh.consume(m.getTopmostVia().getBranch());
                bh.consume(m.getFrom().getTag());
            } catch (java.text.ParseException e) {
                throw new IllegalStateException("JAIN-SIP rejected a message", e);
            }
        }
    }

    @Benchmark
    public void pkts(Blackhole bh) {
        for (byte[] b : messages) {
            try {
                io.pkts.packet.sip.SipMessage m = io.pkts.packet.sip.SipMessage.frame(Buffers.wrap(b));
                bh.consume(m.isResponse() ? m.toResponse().getStatus() : m.getMethod());
                bh.consume(m.getCallIDHeader().getCallId());
                bh.consume(m.getCSeqHeader().getMethod());
                bh.consume(m.getViaHeader().getBranch());
                bh.consume(m.getFromHeader().getTag());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("pkts.io rejected a message", e);
            }
        }
    }
}
