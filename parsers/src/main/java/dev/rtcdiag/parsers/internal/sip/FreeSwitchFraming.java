package dev.rtcdiag.parsers.internal.sip;

import dev.rtcdiag.parsers.internal.sip.SipEvents.Frame;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FreeSWITCH {@code sofia global siptrace}: {@code recv|send N bytes from|to udp/[ip]:port at HH:MM:SS.uuuuuu:}
 * and a 72-dash line. Before 2019 every line is indented by three spaces and a closing dash line ends
 * the message; that form is recognised from its indented dash line.
 */
final class FreeSwitchFraming extends SipFraming {

    static final String DASHES = "-".repeat(72);
    private static final Pattern HEADER = Pattern.compile(
            "^(recv|send|sent) (\\d+) bytes (from|to) ([a-z]+)/\\[([^\\]]*)\\]:(\\d+)\\S* at (\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,6})?):\\s*$");

    private final FrameClock clock;
    /** The pre-2019 form: indented by three spaces, closed by a dash line. */
    private boolean old;

    FreeSwitchFraming(FrameClock clock) {
        super("freeswitch");
        this.clock = clock;
    }

    @Override
    Frame open(String text) {
        if (!opens(text)) {
            return null;
        }
        Matcher m = HEADER.matcher(text);
        m.matches();
        old = false;
        boolean in = m.group(1).equals("recv");
        String peer = address(m.group(5), m.group(6));
        return new Frame(id(), in ? "in" : "out", m.group(4).toUpperCase(Locale.ROOT), in ? peer : "", in ? "" : peer, clock.timeOfDay(m.group(7)));
    }

    @Override
    boolean opens(String text) {
        return (text.startsWith("recv ") || text.startsWith("send ") || text.startsWith("sent ")) && HEADER.matcher(text).matches();
    }

    @Override
    void afterHeader(String text) {
        if (!old && text.startsWith("   -") && strip(text).strip().equals(DASHES)) {
            old = true;
        }
    }

    @Override
    String messageText(String text) {
        return old ? strip(text) : text;
    }

    @Override
    String framingText(String text) {
        return strip(text);
    }

    @Override
    boolean closes(String text) {
        return old && text.strip().equals(DASHES);
    }

    private static String strip(String text) {
        return text.startsWith("   ") ? text.substring(3) : text;
    }
}
