package dev.rtcdiag.parsers.internal.sip;

import dev.rtcdiag.parsers.internal.sip.SipEvents.Frame;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asterisk {@code pjsip set logger on}: {@code <--- Transmitting|Received SIP request|response (N bytes) to|from UDP:ip:port --->}. */
final class AsteriskPjsipFraming extends SipFraming {

    private static final Pattern HEADER = Pattern.compile(
            "<--- (Transmitting|Received) SIP (?:request|response) \\((\\d+) bytes\\) (?:to|from) ([A-Za-z]+):(\\S+) --->");
    private static final Pattern PREFIX_TIME = Pattern.compile("^\\[(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?)\\]");

    private final FrameClock clock;

    AsteriskPjsipFraming(FrameClock clock) {
        super("asterisk-pjsip");
        this.clock = clock;
    }

    @Override
    Frame open(String text) {
        if (!text.contains("<--- ")) {
            return null;
        }
        Matcher m = HEADER.matcher(text);
        if (!m.find()) {
            return null;
        }
        boolean in = m.group(1).equals("Received");
        return new Frame(id(), in ? "in" : "out", m.group(3).toUpperCase(Locale.ROOT), in ? m.group(4) : "", in ? "" : m.group(4), time(clock, text));
    }

    @Override
    boolean opens(String text) {
        return text.contains("<--- ");
    }

    /** The {@code [date time]} an Asterisk log line starts with. */
    static dev.rtcdiag.parsers.spi.EventTime time(FrameClock clock, String text) {
        Matcher m = PREFIX_TIME.matcher(text);
        return m.find() ? clock.local(m.group(1), m.group(2)) : dev.rtcdiag.parsers.spi.EventTime.NONE;
    }
}
