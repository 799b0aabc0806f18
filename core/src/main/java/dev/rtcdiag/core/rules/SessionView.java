package dev.rtcdiag.core.rules;

import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SystemId;
import java.util.List;
import java.util.Objects;

/**
 * What a rule sees: one correlated session's events in order (bounded; see
 * {@code Diagnoser.Builder#maxEventsPerSession}), its key and system, whether a limit cut it short,
 * and its context: notable events seen so far outside the session that may explain it (the other
 * users of the same meeting, server-wide evidence such as an nginx error for {@code /ws} or a
 * {@code bbb-conf --check} warning). The context is bounded and holds only what was read before the
 * session closed.
 *
 * @param key the session key
 * @param system the session's system
 * @param events the events kept for it, in order
 * @param closedEarly whether a limit (open sessions, events per session) closed or cut it
 * @param context notable events from outside the session, oldest first
 */
public record SessionView(String key, SystemId system, List<LogEvent> events, boolean closedEarly, List<LogEvent> context) {

    /** Copies the lists. */
    public SessionView {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(system, "system");
        events = List.copyOf(events);
        context = List.copyOf(context);
    }

    /** A session without context. */
    public SessionView(String key, SystemId system, List<LogEvent> events, boolean closedEarly) {
        this(key, system, events, closedEarly, List.of());
    }
}
