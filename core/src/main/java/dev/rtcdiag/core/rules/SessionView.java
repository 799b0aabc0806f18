package dev.rtcdiag.core.rules;

import dev.rtcdiag.parsers.spi.LogEvent;
import java.util.List;
import java.util.Objects;

/**
 * What a rule sees: one correlated session's events in input order (bounded; see
 * {@code Diagnoser.Builder#maxEventsPerSession}), its key and system, and whether a limit cut it short.
 *
 * @param key the session key
 * @param system the session's system
 * @param events the events kept for it, in order
 * @param closedEarly whether a limit (open sessions, events per session) closed or cut it
 */
public record SessionView(String key, String system, List<LogEvent> events, boolean closedEarly) {

    /** Copies the list. */
    public SessionView {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(system, "system");
        events = List.copyOf(events);
    }
}
