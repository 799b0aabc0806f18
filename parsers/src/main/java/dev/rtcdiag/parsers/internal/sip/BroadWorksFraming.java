package dev.rtcdiag.parsers.internal.sip;

import dev.rtcdiag.parsers.internal.sip.SipEvents.Frame;
import dev.rtcdiag.parsers.spi.EventTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BroadWorks XSLog: a body line {@code udp 1128 SIP Bytes OUT to 10.48.93.128:5060} followed by the
 * message indented (four spaces; the indentation is read from the first line after it). Older builds
 * put the start line on the same line: {@code udp 420 Bytes OUT to ip:port SIP/2.0 600 …}.
 */
final class BroadWorksFraming extends SipFraming {

    private static final Pattern HEADER = Pattern.compile(
            "(?:^\\s*|\\| )(udp|tcp|tls)\\s+(\\d+)\\s+(?:SIP\\s+)?Bytes\\s+(IN|OUT)\\s+(?:from|to)\\s+(\\[[^\\]]+\\]|[\\d.]+|[0-9a-fA-F:]+):(\\d+)(?:\\s+(.*))?$");

    /** Leading white space to remove from each message line; -1 until the first line after the header shows it. */
    private int indent;
    private String startLine;

    BroadWorksFraming() {
        super("broadworks");
    }

    @Override
    Frame open(String text) {
        if (!text.contains(" Bytes ")) {
            return null;
        }
        Matcher m = HEADER.matcher(text);
        if (!m.find()) {
            return null;
        }
        boolean in = m.group(3).equals("IN");
        String peer = m.group(4) + ":" + m.group(5);
        indent = -1;
        String rest = m.group(6);
        startLine = rest != null && SipTextExtractor.isStartLine(rest.strip()) ? rest.strip() : null;
        return new Frame(id(), in ? "in" : "out", m.group(1).toUpperCase(Locale.ROOT), in ? peer : "", in ? "" : peer, EventTime.NONE);
    }

    @Override
    boolean opens(String text) {
        return text.contains(" Bytes ") && HEADER.matcher(text).find();
    }

    @Override
    String startLineOnHeader() {
        String s = startLine;
        startLine = null;
        return s;
    }

    @Override
    void afterHeader(String text) {
        if (indent < 0 && !text.isBlank()) {
            int n = 0;
            while (n < text.length() && n < 8 && (text.charAt(n) == ' ' || text.charAt(n) == '\t')) {
                n++;
            }
            indent = n;
        }
    }

    @Override
    String messageText(String text) {
        int n = 0;
        while (n < indent && n < text.length() && (text.charAt(n) == ' ' || text.charAt(n) == '\t')) {
            n++;
        }
        return n == 0 ? text : text.substring(n);
    }
}
