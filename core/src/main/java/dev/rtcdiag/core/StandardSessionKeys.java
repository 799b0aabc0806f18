package dev.rtcdiag.core;

import dev.rtcdiag.parsers.spi.CorrelationKeys;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SystemId;
import java.util.List;
import java.util.Map;

/** {@link SessionKeys#standard()}: Call-ID for SIP, meeting and user for conferencing, then the vendor keys. */
final class StandardSessionKeys implements SessionKeys {

    static final StandardSessionKeys INSTANCE = new StandardSessionKeys();

    private StandardSessionKeys() {
    }

    @Override
    public String keyOf(LogEvent e) {
        Map<String, String> k = e.keys();
        String callId = k.get(CorrelationKeys.CALL_ID);
        String meeting = k.get(CorrelationKeys.MEETING);
        String user = k.get(CorrelationKeys.USER);
        if (callId != null && e.system().equals(SystemId.SIP) && user == null) {
            return CorrelationKeys.CALL_ID + "=" + callId;
        }
        if (meeting != null) {
            return CorrelationKeys.MEETING + "=" + meeting + (user == null ? "" : " " + CorrelationKeys.USER + "=" + user);
        }
        if (user != null) {
            return CorrelationKeys.USER + "=" + user;
        }
        for (String name : new String[] {CorrelationKeys.SESSION, CorrelationKeys.CALL, CorrelationKeys.MEDIA, CorrelationKeys.CALL_ID}) {
            String v = k.get(name);
            if (v != null) {
                return name + "=" + v;
            }
        }
        return "source=" + e.position().source();
    }

    @Override
    public List<String> aliasesOf(LogEvent e) {
        String meeting = e.keys().get(CorrelationKeys.MEETING);
        String user = e.keys().get(CorrelationKeys.USER);
        return meeting != null && user != null ? List.of(CorrelationKeys.USER + "=" + user) : List.of();
    }
}
