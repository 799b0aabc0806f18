package dev.rtcdiag.core.rules;

import dev.rtcdiag.parsers.spi.LogEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The events a condition matched, in order, each with a short note on its role.
 *
 * @param events the matched events
 * @param notes one note per event (same size), may be empty strings
 */
public record Match(List<LogEvent> events, List<String> notes) {

    /** Copies the lists; they must have the same size. */
    public Match {
        events = List.copyOf(events);
        notes = List.copyOf(notes);
        if (events.size() != notes.size()) {
            throw new IllegalArgumentException("one note per event: " + events.size() + " events, " + notes.size() + " notes");
        }
    }

    /** A match of events without notes. */
    public static Match of(List<LogEvent> events) {
        return new Match(events, events.stream().map(e -> "").toList());
    }

    /** This match followed by another's events. */
    public Match plus(Match other) {
        List<LogEvent> e = new ArrayList<>(events);
        List<String> n = new ArrayList<>(notes);
        e.addAll(other.events);
        n.addAll(other.notes);
        return new Match(e, n);
    }
}
