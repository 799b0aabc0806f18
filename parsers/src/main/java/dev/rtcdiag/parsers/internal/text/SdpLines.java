package dev.rtcdiag.parsers.internal.text;

import dev.rtcdiag.parsers.attributes.SipAttributes;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.Line;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SystemId;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An SDP body pasted without its SIP message (from {@code v=0} to the first line that is not
 * {@code x=…}): one event at its {@code v=0} line, with the connection addresses as
 * {@code sdp-bare}. Editors and translators insert spaces around {@code =} and {@code /}
 * ({@code c = IN IP4 10.0.0.1}); those are read through. A body inside a SIP message is the SIP
 * parser's, never this.
 */
final class SdpLines {

    private final String source;
    private final String format;
    private Line start;
    private final Set<String> addresses = new LinkedHashSet<>();
    private int count;

    SdpLines(String source, String format) {
        this.source = source;
        this.format = format;
    }

    /**
     * Offers a line not taken by the SIP extractor; returns the event of an SDP the line ends (or
     * {@code null}) and whether the line itself belongs to the SDP, in {@link #consumed()}.
     */
    LogEvent offer(Line line) {
        String t = normalise(line.text());
        if (start == null) {
            consumed = t.equals("v=0");
            if (consumed) {
                start = line;
                addresses.clear();
                count = 1;
            }
            return null;
        }
        if (t.length() >= 2 && t.charAt(1) == '=' && Character.isLowerCase(t.charAt(0)) && count < 200) {
            consumed = true;
            count++;
            if (t.startsWith("c=IN IP")) {
                String[] parts = t.substring(2).split(" ");
                if (parts.length >= 3) {
                    String a = parts[2].replace("*", "");
                    int slash = a.indexOf('/');
                    addresses.add(slash > 0 ? a.substring(0, slash) : a);
                }
            }
            return null;
        }
        consumed = false;
        return finish();
    }

    private boolean consumed;

    /** The line of an SDP still open, or {@link Long#MAX_VALUE}. */
    long openSince() {
        return start == null ? Long.MAX_VALUE : start.number();
    }

    boolean consumed() {
        return consumed;
    }

    /** The event of an SDP still open at the end of the input, or {@code null}. */
    LogEvent finish() {
        if (start == null) {
            return null;
        }
        Line s = start;
        start = null;
        if (addresses.isEmpty()) {
            return null;
        }
        return LogEvent.builder(s.position(source), format).system(SystemId.SIP).kind(EventKind.STATUS)
                .message("SDP without a SIP message (" + count + " lines), connection " + String.join(",", addresses))
                .raw(s.text()).lineCount(count).set(SipAttributes.SDP_BARE, String.join(",", addresses)).build();
    }

    /** {@code "a = rtpmap: 96 opus / 48000/2"} as {@code "a=rtpmap:96 opus/48000/2"}; clean lines unchanged. */
    static String normalise(String line) {
        String s = line.strip();
        if (s.length() < 2 || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        int eq = 1;
        while (eq < s.length() && s.charAt(eq) == ' ') {
            eq++;
        }
        if (eq >= s.length() || s.charAt(eq) != '=') {
            return s;
        }
        String value = s.substring(eq + 1).strip().replace(" / ", "/").replace(": ", ":");
        return s.charAt(0) + "=" + value;
    }
}
