package dev.rtcdiag.parsers.internal.sip;

import dev.rtcdiag.parsers.internal.sip.SipEvents.Frame;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Voximplant session logs: {@code -----BEGIN SIP TRACE id}, then entries {@code date time  Sent:|Received:}
 * each followed by a message (compact headers), then {@code -----END SIP TRACE id}. An entry line opens a
 * frame only inside such a block.
 */
final class VoximplantFraming extends SipFraming {

    private static final Pattern ENTRY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,6})?)\\s+(Sent|Received):\\s*$");
    private static final String BEGIN = "-----BEGIN SIP TRACE";
    private static final String END = "-----END SIP TRACE";

    private final FrameClock clock;
    private boolean inBlock;

    VoximplantFraming(FrameClock clock) {
        super("voximplant");
        this.clock = clock;
    }

    @Override
    Frame open(String text) {
        if (text.startsWith(BEGIN)) {
            inBlock = true;
            return Frame.none(id());
        }
        return entry(text);
    }

    @Override
    Frame reopen(String text) {
        return entry(text);
    }

    @Override
    boolean endsBlock(String text) {
        return text.startsWith(END);
    }

    /** An entry line of an open block opens the frame of the message after it. */
    private Frame entry(String text) {
        if (!inBlock || text.isEmpty() || !Character.isDigit(text.charAt(0))) {
            return null;
        }
        Matcher m = ENTRY.matcher(text);
        return m.matches() ? new Frame(id(), m.group(3).equals("Sent") ? "out" : "in", "", "", "", clock.local(m.group(1), m.group(2))) : null;
    }

    @Override
    boolean opens(String text) {
        return text.startsWith(BEGIN) || text.startsWith(END) || (inBlock && !text.isEmpty() && Character.isDigit(text.charAt(0))
                && ENTRY.matcher(text).matches());
    }

    @Override
    boolean closes(String text) {
        return text.startsWith(END);
    }

    @Override
    void closed() {
        inBlock = false;
    }
}
