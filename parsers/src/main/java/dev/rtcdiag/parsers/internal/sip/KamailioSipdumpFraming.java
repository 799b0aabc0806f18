package dev.rtcdiag.parsers.internal.sip;

import dev.rtcdiag.parsers.internal.sip.SipEvents.Frame;
import dev.rtcdiag.parsers.spi.EventTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kamailio {@code sipdump}: {@code ====================}, {@code key: value} lines (tag, time, proto,
 * addresses), {@code ~~~~~~~~~~~~~~~~~~~~}, the message, {@code ||||||||||||||||||||}.
 */
final class KamailioSipdumpFraming extends SipFraming {

    private static final String START = "====================";
    private static final String HEADER_END = "~~~~~~~~~~~~~~~~~~~~";
    private static final Pattern EPOCH = Pattern.compile("(\\d{9,11})(?:\\.(\\d{1,6}))?");

    private String tag = "";
    private String time = "";
    private String proto = "";
    private String srcIp = "";
    private String srcPort = "";
    private String dstIp = "";
    private String dstPort = "";

    KamailioSipdumpFraming() {
        super("kamailio-sipdump");
    }

    @Override
    Frame open(String text) {
        if (!text.equals(START)) {
            return null;
        }
        tag = time = proto = srcIp = srcPort = dstIp = dstPort = "";
        return Frame.none(id());
    }

    @Override
    Opens opened() {
        return Opens.HEADER_BLOCK;
    }

    @Override
    boolean opens(String text) {
        return text.equals(START);
    }

    @Override
    Frame headerLine(String text) {
        if (text.equals(HEADER_END)) {
            return frame();
        }
        int colon = text.indexOf(':');
        if (colon > 0) {
            String k = text.substring(0, colon).strip();
            String v = text.substring(colon + 1).strip();
            switch (k) {
                case "tag" -> tag = v;
                case "time" -> time = v;
                case "proto" -> proto = v.split("\\s+")[0];
                case "srcip" -> srcIp = v;
                case "srcport" -> srcPort = v;
                case "dstip" -> dstIp = v;
                case "dstport" -> dstPort = v;
                default -> {
                }
            }
        }
        return null;
    }

    @Override
    String incompleteHeader() {
        return "sipdump record header without '" + HEADER_END + "'";
    }

    @Override
    boolean closes(String text) {
        return text.equals("||||||||||||||||||||");
    }

    private Frame frame() {
        EventTime t = EventTime.NONE;
        Matcher m = EPOCH.matcher(time);
        if (m.matches()) {
            t = FrameClock.epoch(m.group(1), m.group(2), time);
        }
        String direction = tag.startsWith("rcv") ? "in" : tag.startsWith("snd") ? "out" : "";
        return new Frame(id(), direction, proto.toUpperCase(Locale.ROOT),
                srcIp.isEmpty() ? "" : address(srcIp, srcPort), dstIp.isEmpty() ? "" : address(dstIp, dstPort), t);
    }
}
