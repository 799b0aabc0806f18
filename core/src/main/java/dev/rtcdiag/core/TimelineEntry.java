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
 * @param kind the event kind ({@code sip-request}, {@code error-code}, …), or {@link #RETRANSMISSION} for a SIP
 *        message sent again (same start line, top Via branch and CSeq, same direction)
 * @param label what a person reads (SIP start line, code, message)
 * @param from the sending endpoint ({@code ip:port}, or empty when the log does not say)
 * @param to the receiving endpoint (or empty)
 * @param detail what a reader may unfold: the SDP of a SIP message that carries one (at most
 *        {@link #MAX_DETAIL} characters), else empty
 */
public record TimelineEntry(EventTime time, SourcePosition position, String kind, String label, String from, String to, String detail) {

    /** The kind of a SIP message that repeats an earlier one of its session. */
    public static final String RETRANSMISSION = "sip-retransmission";

    /** The longest detail kept. */
    public static final int MAX_DETAIL = 4096;

    /** An entry without detail. */
    public TimelineEntry(EventTime time, SourcePosition position, String kind, String label, String from, String to) {
        this(time, position, kind, label, from, to, "");
    }

    /** Validates components. */
    public TimelineEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(detail, "detail");
    }

    /** Whether both ends are known (a ladder arrow). */
    public boolean isArrow() {
        return !from.isEmpty() && !to.isEmpty();
    }
}
