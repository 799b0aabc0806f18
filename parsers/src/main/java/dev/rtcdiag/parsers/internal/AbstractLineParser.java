package dev.rtcdiag.parsers.internal;

import dev.rtcdiag.parsers.spi.Line;
import dev.rtcdiag.parsers.spi.LineReader;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.LogInput;
import dev.rtcdiag.parsers.spi.LogParseException;
import dev.rtcdiag.parsers.spi.LogParser;
import dev.rtcdiag.parsers.spi.MalformedReason;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.PriorityQueue;
import java.util.NoSuchElementException;

/**
 * Base of the line-oriented parsers: pulls {@link Line}s, lets the subclass turn them into events,
 * and hands events out in order. Handles the shared rules once: over-long lines become
 * {@link MalformedReason#TOO_LONG} events (and are still given to the subclass, cut), binary lines
 * become {@link MalformedReason#BAD_ENCODING} events, strict mode throws, and the input is closed at
 * the end or on {@link #close()}.
 */
public abstract class AbstractLineParser implements LogParser {

    /** The input's display name. */
    protected final String source;
    /** The format id stamped on events. */
    protected final String format;
    /** The limits. */
    protected final ParserConfig config;
    private final LineReader reader;
    private final LogInput input;
    /** Events ordered by line (then emission order), so positions never go backwards. */
    private final PriorityQueue<Pending> pending = new PriorityQueue<>();
    private long sequence;
    private boolean finished;
    private boolean closed;

    protected AbstractLineParser(LogInput input, ParserConfig config, String format) {
        this.input = input;
        this.source = input.name();
        this.format = format;
        this.config = config;
        this.reader = input.lines(config);
    }

    /** Handles one line; emit events with {@link #emit(LogEvent)}. */
    protected abstract void onLine(Line line);

    /** Called once at the end of the input: flush any open record (as {@link MalformedReason#TRUNCATED} if incomplete). */
    protected abstract void onEnd();

    /**
     * The first line of a multi-line record the subclass still has open, or {@link Long#MAX_VALUE}
     * when none is open. Events from later lines are held back until that record's own event is
     * emitted, so that events always come out in line order.
     */
    protected long openRecordLine() {
        return Long.MAX_VALUE;
    }

    /** Whether a multi-line record is open ({@link #openRecordLine()} names one). */
    @Override
    public final boolean inRecord() {
        return openRecordLine() != Long.MAX_VALUE;
    }

    /** Queues an event for the caller. */
    protected final void emit(LogEvent event) {
        if (event.isMalformed() && config.strict()) {
            throw new LogParseException(event);
        }
        pending.add(new Pending(event, sequence++));
    }

    private record Pending(LogEvent event, long sequence) implements Comparable<Pending> {
        @Override
        public int compareTo(Pending o) {
            int c = Long.compare(event.position().line(), o.event.position().line());
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }

    private boolean releasable() {
        return !pending.isEmpty() && (finished || pending.peek().event().position().line() < openRecordLine());
    }

    /** Cuts raw text to the configured excerpt length. */
    protected final String excerpt(String text) {
        int max = config.maxExcerptLength();
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    @Override
    public final boolean hasNext() {
        while (!releasable() && !finished) {
            step();
        }
        return !pending.isEmpty();
    }

    @Override
    public final LogEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.poll().event();
    }

    private void step() {
        Line line;
        try {
            line = reader.next();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        if (line == null) {
            finished = true;
            onEnd();
            close();
            return;
        }
        if (line.binary()) {
            emit(LogEvent.malformed(line.position(source), format, MalformedReason.BAD_ENCODING,
                    "binary data, not text (" + line.byteLength() + " bytes)", excerpt(printable(line.text()))));
            return;
        }
        if (line.truncated()) {
            emit(LogEvent.malformed(line.position(source), format, MalformedReason.TOO_LONG,
                    "line of " + line.byteLength() + " bytes exceeds maxLineLength " + config.maxLineLength() + "; cut",
                    excerpt(line.text())));
        }
        onLine(line);
    }

    /** Replaces control characters so a binary excerpt can be shown. */
    protected static String printable(String s) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), 256));
        for (int i = 0; i < s.length() && sb.length() < 256; i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 && c != '\t' ? '.' : c);
        }
        return sb.toString();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        finished = true;
        try {
            input.close();
        } catch (IOException e) {
            // Closing a read-only input cannot lose data; nothing to report.
        }
    }
}
