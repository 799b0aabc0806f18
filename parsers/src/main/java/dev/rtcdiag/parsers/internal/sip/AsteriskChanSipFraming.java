package dev.rtcdiag.parsers.internal.sip;

import dev.rtcdiag.parsers.internal.sip.SipEvents.Frame;
import dev.rtcdiag.parsers.spi.EventTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asterisk chan_sip {@code sip set debug on}: {@code <--- SIP read from UDP:ip:port --->} … {@code <------------->},
 * and {@code Transmitting (NAT) to ip:port:} (or {@code <--- Transmitting (no NAT) to … --->}) … {@code ---}.
 */
final class AsteriskChanSipFraming extends SipFraming {

    private static final Pattern HEADER = Pattern.compile(
            "<--- (?:SIP read from ([A-Za-z]+):(\\S+?)|(?:Reliably )?Transmitting \\((?:no )?NAT\\) to (\\S+?)) ?--->");
    private static final Pattern REQUEST = Pattern.compile("^(?:Reliably )?Transmitting \\((?:no )?NAT\\) to (\\S+):\\s*$");

    private final FrameClock clock;

    AsteriskChanSipFraming(FrameClock clock) {
        super("asterisk-chan-sip");
        this.clock = clock;
    }

    @Override
    Frame open(String text) {
        if (text.contains("<--- ")) {
            Matcher m = HEADER.matcher(text);
            if (m.find()) {
                boolean in = m.group(1) != null;
                return new Frame(id(), in ? "in" : "out", in ? m.group(1).toUpperCase(Locale.ROOT) : "", in ? m.group(2) : "", in ? "" : m.group(3),
                        AsteriskPjsipFraming.time(clock, text));
            }
        }
        if (!text.isEmpty() && (text.charAt(0) == 'T' || text.charAt(0) == 'R') && text.contains("Transmitting (")) {
            Matcher m = REQUEST.matcher(text);
            if (m.matches()) {
                return new Frame(id(), "out", "", "", m.group(1), EventTime.NONE);
            }
        }
        return null;
    }

    @Override
    boolean opens(String text) {
        return text.contains("<--- ");
    }

    @Override
    boolean closes(String text) {
        return text.equals("<------------->") || text.equals("<------------>") || text.equals("---");
    }
}
