package dev.rtcdiag.core;

import dev.rtcdiag.parsers.spi.EventTime;
import java.util.Objects;

/**
 * A call or session the correlator formed, as reports list it.
 *
 * @param key the session key ({@code call-id=…}, {@code meeting=… user=…}, {@code source=…} for logs without keys)
 * @param system the system ({@code sip}, {@code bbb}, … or {@code log})
 * @param outcome an {@link Outcome#id()}: {@code established}, {@code failed}, {@code cancelled}, {@code registered},
 *        {@code unanswered} or {@code unknown}
 * @param start the first event's time
 * @param end the last event's time
 * @param events how many events belong to it
 * @param closedEarly whether a limit (open sessions or events per session) forced it closed before its end
 * @param source the input its first event came from (CI reports group sessions by input)
 * @param timeline its notable events, when the diagnoser was asked to keep them (else empty)
 */
public record SessionSummary(String key, String system, String outcome, EventTime start, EventTime end, long events, boolean closedEarly,
        String source, java.util.List<TimelineEntry> timeline) {

    /** A summary without a time line. */
    public SessionSummary(String key, String system, String outcome, EventTime start, EventTime end, long events, boolean closedEarly,
            String source) {
        this(key, system, outcome, start, end, events, closedEarly, source, java.util.List.of());
    }

    /** A summary whose input is not known. */
    public SessionSummary(String key, String system, String outcome, EventTime start, EventTime end, long events, boolean closedEarly) {
        this(key, system, outcome, start, end, events, closedEarly, "");
    }

    /** Validates components. */
    public SessionSummary {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(source, "source");
        timeline = java.util.List.copyOf(timeline);
    }

    /** The {@link #outcome()} as its type ({@link Outcome#UNKNOWN} for an id this version does not know). */
    public Outcome outcomeType() {
        return Outcome.of(outcome);
    }
}
