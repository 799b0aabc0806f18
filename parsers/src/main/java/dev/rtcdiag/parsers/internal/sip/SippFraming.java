package dev.rtcdiag.parsers.internal.sip;

import dev.rtcdiag.parsers.internal.sip.SipEvents.Frame;
import dev.rtcdiag.parsers.spi.EventTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SIPp {@code -trace_msg}: a line of 47 dashes and a time (date and time, or epoch seconds), then
 * {@code UDP message sent (N bytes):} or {@code … message received [N] bytes :}, an empty line, the message.
 */
final class SippFraming extends SipFraming {

    static final String DASHES = "-----------------------------------------------";
    private static final Pattern DIRECTION = Pattern.compile(
            "(?<!\\S)(\\S++) (?:control )?message (sent|received)\\s*[(\\[](\\d+)[)\\]] bytes\\s*:\\s*|(?<!\\S)(\\S++) (?:control )?message (sent|received) \\((\\d+) bytes\\):\\s*");
    private static final Pattern TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[\\t ]+(\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?)|(\\d{9,11})\\.(\\d{1,6})");

    private final FrameClock clock;

    SippFraming(FrameClock clock) {
        super("sipp");
        this.clock = clock;
    }

    @Override
    Frame open(String text) {
        if (!text.startsWith(DASHES) || text.length() <= DASHES.length() || text.charAt(DASHES.length()) != ' ') {
            return null;
        }
        return new Frame(id(), "", "", "", "", time(text.substring(DASHES.length() + 1)));
    }

    @Override
    boolean opens(String text) {
        return text.startsWith(DASHES);
    }

    @Override
    Frame framingLine(String stripped, Frame frame, int framingLines) {
        if (framingLines > 0) {
            return null;
        }
        Matcher m = DIRECTION.matcher(stripped);
        if (!m.matches()) {
            return null;
        }
        String transport = m.group(1) != null ? m.group(1) : m.group(4);
        String dir = m.group(2) != null ? m.group(2) : m.group(5);
        return new Frame(frame.framing(), dir.equals("sent") ? "out" : "in", transport.toUpperCase(Locale.ROOT), "", "", frame.time());
    }

    private EventTime time(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.find()) {
            return EventTime.NONE;
        }
        return m.group(1) != null ? clock.local(m.group(1), m.group(2)) : FrameClock.epoch(m.group(3), m.group(4), m.group());
    }
}
