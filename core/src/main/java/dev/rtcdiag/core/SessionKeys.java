package dev.rtcdiag.core;

import dev.rtcdiag.parsers.spi.CorrelationKeys;
import dev.rtcdiag.parsers.spi.LogEvent;
import java.util.Map;

/**
 * How events are grouped into sessions: the key an event belongs to. SIP events group by Call-ID
 * (a dialog and its transactions, joined across files that share it); vendor events by their own
 * keys; events without keys form one session per input file ({@code source=<path>}).
 */
public interface SessionKeys {

    /** The session key of an event. */
    String keyOf(LogEvent event);

    /** The built-in grouping. */
    static SessionKeys standard() {
        return e -> {
            Map<String, String> k = e.keys();
            String callId = k.get(CorrelationKeys.CALL_ID);
            if (callId != null && e.system().equals("sip")) {
                return CorrelationKeys.CALL_ID + "=" + callId;
            }
            String meeting = k.get(CorrelationKeys.MEETING);
            String user = k.get(CorrelationKeys.USER);
            if (meeting != null) {
                return CorrelationKeys.MEETING + "=" + meeting + (user == null ? "" : " " + CorrelationKeys.USER + "=" + user);
            }
            for (String name : new String[] {CorrelationKeys.SESSION, CorrelationKeys.CALL, CorrelationKeys.MEDIA, CorrelationKeys.CALL_ID}) {
                String v = k.get(name);
                if (v != null) {
                    return name + "=" + v;
                }
            }
            return "source=" + e.position().source();
        };
    }
}
