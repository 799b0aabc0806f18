package dev.rtcdiag.core.judge;

import dev.rtcdiag.parsers.spi.EventTime;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SystemId;
import java.util.List;
import java.util.Objects;

/**
 * A session the correlator has closed, as a value: what a {@link SessionJudge} needs to find what went
 * wrong in it, and what a report says of it. Built by the correlator of one machine, or by a distributed
 * engine from its keyed state; judged anywhere.
 *
 * @param key the session key ({@code call-id=…}, {@code meeting=… user=…})
 * @param system the system of its events ({@code sip}, {@code bbb}, … or {@code log})
 * @param events the events kept for the rules, in time order
 * @param context notable events of other sessions of the same meeting and of the server, for rules that
 *        look beyond their session (empty for most systems)
 * @param closedEarly whether a limit closed it before its end, or kept only some of its events
 * @param notes what limited the analysis of this session ("closed early: …"); each finding repeats them
 * @param eventCount how many events belonged to it, kept or not
 * @param start the time of its first event
 * @param end the time of its last event
 * @param source the input its first event came from
 * @param outcome how it ended
 */
public record ClosedSession(String key, SystemId system, List<LogEvent> events, List<LogEvent> context, boolean closedEarly, List<String> notes,
        long eventCount, EventTime start, EventTime end, String source, dev.rtcdiag.core.Outcome outcome) {

    /** Validates and copies. */
    public ClosedSession {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(system, "system");
        events = List.copyOf(events);
        context = List.copyOf(context);
        notes = List.copyOf(notes);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** A session of these events alone, with no context and nothing cut (tests, and events judged as one session). */
    public static ClosedSession of(String key, SystemId system, List<LogEvent> events) {
        EventTime start = events.stream().map(LogEvent::time).filter(EventTime::isPresent).min(EventTime::compareTo).orElse(EventTime.NONE);
        EventTime end = events.stream().map(LogEvent::time).filter(EventTime::isPresent).max(EventTime::compareTo).orElse(EventTime.NONE);
        return new ClosedSession(key, system, events, List.of(), false, List.of(), events.size(), start, end,
                events.isEmpty() ? "" : events.get(0).position().source(), dev.rtcdiag.core.Outcome.UNKNOWN);
    }
}
