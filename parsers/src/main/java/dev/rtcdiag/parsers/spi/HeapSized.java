package dev.rtcdiag.parsers.spi;

/**
 * A payload that knows about how much heap it holds, so an event carrying it can say its own size
 * ({@link LogEvent#sizeEstimate()}): memory limits are set in bytes, and a parsed SIP message with its
 * body weighs far more than its line of text.
 */
public interface HeapSized {

    /** About how many bytes of heap this holds; an estimate for budgets, not an exact figure. */
    long sizeEstimate();
}
