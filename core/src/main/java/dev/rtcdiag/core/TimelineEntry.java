package dev.rtcdiag.core;

import dev.rtcdiag.parsers.spi.EventTime;
import dev.rtcdiag.parsers.spi.SourcePosition;
import java.util.Objects;

/**
 * One step of a session's time line, kept when {@code Diagnoser.Builder#keepTimelines} asks for it
 * (the HTML report draws them; SIP messages with both ends known become a ladder).
 *
 * @param time when it happened
 * @param position where it is in the input
 * @param kind the event kind ({@code sip-request}, {@code error-code}, …)
 * @param label what a person reads (SIP start line, code, message)
 * @param from the sending endpoint ({@code ip:port}, or empty when the log does not say)
 * @param to the receiving endpoint (or empty)
 */
public record TimelineEntry(EventTime time, SourcePosition position, String kind, String label, String from, String to) {

    /** Validates components. */
    public TimelineEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** Whether both ends are known (a ladder arrow). */
    public boolean isArrow() {
        return !from.isEmpty() && !to.isEmpty();
    }
}
