package dev.rtcdiag.parsers.internal.text;

import dev.rtcdiag.parsers.attributes.SipAttributes;
import dev.rtcdiag.parsers.internal.sip.SipEvents;
import dev.rtcdiag.parsers.sip.SipMessage;
import dev.rtcdiag.parsers.sip.SipParser;
import dev.rtcdiag.parsers.spi.EventTime;
import dev.rtcdiag.parsers.spi.Line;
import dev.rtcdiag.parsers.spi.LogEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SIP packet summaries: tshark's one line per packet ({@code  1 0.000 a -> b SIP 453 Status: 403 Domain forbidden | })
 * and Wireshark's packet-list export (tab-separated No, Time, Source, Destination, Protocol, Length,
 * Info). The Info column names the request's method or the response's status and reason, nothing
 * else; each line becomes a SIP event whose message holds just that, with
 * <ul>
 *   <li>a Call-ID {@code packet-list:<a>~<b>} naming the address pair, since a summary has none
 *       (a blank line, where a paste joins two captures, starts a new numbering);</li>
 *   <li>a CSeq counted per pair, a response taking the CSeq of the last request the other side sent
 *       (the summary does not say which request a status answers; in a packet list it is the latest);</li>
 *   <li>the attribute {@code headers=unknown}, so that rules which need header facts (credentials) do
 *       not read their absence as a fact.</li>
 * </ul>
 */
final class PacketListLines {

    private static final Pattern TSHARK = Pattern.compile(
            "^\\s{0,8}(\\d{1,9})\\s{1,16}(\\d{1,9}\\.\\d{1,9})\\s{1,16}(\\S{1,64})\\s{1,8}(?:->|→)\\s{1,8}(\\S{1,64})\\s{1,16}(SIP(?:/SDP)?)\\s{1,16}(\\d{1,6})\\s{1,16}(Request|Status): (.{1,1000})$");
    private static final Pattern WIRESHARK = Pattern.compile(
            "^(\\d{1,9})\\t(\\d{1,9}\\.\\d{1,9})\\t(\\S{1,64})\\t(\\S{1,64})\\t(SIP(?:/SDP)?)\\t(\\d{1,6})\\t(Request|Status): (.{1,1000})$");
    private static final Pattern REQUEST = Pattern.compile("^([A-Z]{2,16}) (\\S{1,500})");
    private static final Pattern STATUS = Pattern.compile("^(\\d{3}) ?([^|(]{0,200})");

    private final String source;
    private final String format;
    /** Per address pair: the CSeq counter; bounded like every open-record table (the oldest pair goes first). */
    private final Map<String, long[]> cseq;
    /** Per pair and sender: the last request's method and CSeq, bounded the same way. */
    private final Map<String, String> lastMethod;
    private int block;

    PacketListLines(String source, String format, int maxPairs) {
        this.source = source;
        this.format = format;
        this.cseq = bounded(maxPairs);
        this.lastMethod = bounded(2 * maxPairs);
    }

    private static <V> Map<String, V> bounded(int max) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> e) {
                return size() > max;
            }
        };
    }

    /** The SIP event a summary line stands for, or {@code null}. */
    LogEvent event(Line line) {
        String text = line.text();
        if (text.isBlank()) {
            block++;
            return null;
        }
        if (!text.contains("SIP") || !(text.contains("Request: ") || text.contains("Status: "))) {
            return null;
        }
        Matcher m = TSHARK.matcher(text);
        if (!m.matches()) {
            m = WIRESHARK.matcher(text);
            if (!m.matches()) {
                return null;
            }
        }
        String src = m.group(3);
        String dst = m.group(4);
        String info = m.group(8).strip();
        if (info.endsWith("|")) {
            info = info.substring(0, info.length() - 1).strip();
        }
        String pair = block + "|" + (src.compareTo(dst) < 0 ? src + "~" + dst : dst + "~" + src);
        String callId = "packet-list:" + pair.substring(pair.indexOf('|') + 1) + (block == 0 ? "" : "#" + block);
        long[] counter = cseq.computeIfAbsent(pair, k -> new long[1]);
        String message;
        if (m.group(7).equals("Request")) {
            Matcher r = REQUEST.matcher(info);
            if (!r.find()) {
                return null;
            }
            counter[0]++;
            lastMethod.put(pair + "|" + src, r.group(1) + " " + counter[0]);
            message = r.group(1) + " " + r.group(2) + " SIP/2.0\r\nCall-ID: " + callId + "\r\nCSeq: " + counter[0] + " " + r.group(1) + "\r\n\r\n";
        } else {
            Matcher s = STATUS.matcher(info);
            if (!s.find()) {
                return null;
            }
            String last = lastMethod.get(pair + "|" + dst);
            String cs = last == null ? "" : "CSeq: " + last.substring(last.indexOf(' ') + 1) + " " + last.substring(0, last.indexOf(' ')) + "\r\n";
            message = "SIP/2.0 " + s.group(1) + " " + s.group(2).strip() + "\r\nCall-ID: " + callId + "\r\n" + cs + "\r\n";
        }
        SipMessage sip = SipParser.parse(message);
        LogEvent e = SipEvents.toEvent(sip, line.position(source), format,
                new SipEvents.Frame("packet-list", "", "", src, dst, EventTime.NONE), text, 1);
        return e.toBuilder().set(SipAttributes.HEADERS, "unknown").set(SipAttributes.PACKET, m.group(1)).build();
    }
}
