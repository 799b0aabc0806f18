package dev.rtcdiag.parsers.internal;

import dev.rtcdiag.parsers.spi.Line;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.MalformedReason;
import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.spi.SourcePosition;

/**
 * A multi-line record a parser holds until its next header line: the event being built, where it
 * began, how many lines and characters it has taken, and the start of its text for the excerpt. One
 * class for every "entry, then continuation lines" format, so the limits behave alike everywhere:
 * <ul>
 *   <li>at most {@link ParserConfig#maxRecordLines()} lines and {@link ParserConfig#maxRecordBytes()}
 *       characters; the line that would pass either is refused with a
 *       {@link MalformedReason#LIMIT_EXCEEDED} event naming the limit, and the record is closed;</li>
 *   <li>only the first {@link ParserConfig#maxExcerptLength()} characters of the text are kept (the
 *       event's raw text is an excerpt anyway): a header with 10,000 long continuation lines costs an
 *       excerpt, not the lines.</li>
 * </ul>
 * Not thread-safe; one per parser.
 */
public final class HeldRecord {

    private final ParserConfig config;
    private final String source;
    private final String format;
    private final int keep;
    private boolean open;
    private LogEvent.Builder builder;
    private SourcePosition at;
    private final StringBuilder raw = new StringBuilder();
    private int lines;
    private long chars;

    /** A holder for the records of one input that keeps the excerpt of each record's text. */
    public HeldRecord(ParserConfig config, String source, String format) {
        this(config, source, format, config.maxExcerptLength() + 1);
    }

    /**
     * A holder that keeps up to {@code keep} characters of each record's text, for a format that reads
     * its facts from the whole entry when it closes (BroadWorks bodies, WCS REST objects).
     */
    public HeldRecord(ParserConfig config, String source, String format, int keep) {
        this.config = config;
        this.source = source;
        this.format = format;
        this.keep = Math.max(keep, config.maxExcerptLength() + 1);
    }

    /** Whether a record is held. */
    public boolean isOpen() {
        return open;
    }

    /** Where the held record began. */
    public SourcePosition position() {
        return at;
    }

    /** The lines the held record has taken. */
    public int lines() {
        return lines;
    }

    /** The start of the held record's text (lines joined by LF), as much as this holder keeps. */
    public String text() {
        return raw.toString();
    }

    /** The held record's event, to add facts from its continuation lines. */
    public LogEvent.Builder builder() {
        return builder;
    }

    /** The line the held record began at, or {@link Long#MAX_VALUE} when none is held. */
    public long firstLine() {
        return open ? at.line() : Long.MAX_VALUE;
    }

    /** Holds a new record whose event is built when it closes ({@link #close(LogEvent.Builder)}). */
    public void open(Line line, String text) {
        open(line, null, text);
    }

    /** Holds a new record that begins at {@code line} with {@code text}; the caller closes any held one first. */
    public void open(Line line, LogEvent.Builder b, String text) {
        open = true;
        builder = b;
        at = line.position(source);
        raw.setLength(0);
        lines = 1;
        chars = text.length();
        keep(text);
    }

    /**
     * Adds a continuation line to the held record. Returns {@code null} when it was added, or the
     * {@link MalformedReason#LIMIT_EXCEEDED} event for the line that would pass a limit (not added; the
     * caller emits it, then {@link #close() closes} the record).
     */
    public LogEvent append(Line line, String text) {
        if (lines >= config.maxRecordLines()) {
            return limit(line, text, "record longer than maxRecordLines " + config.maxRecordLines());
        }
        if (chars + 1 + text.length() > config.maxRecordBytes()) {
            return limit(line, text, "record larger than maxRecordBytes " + config.maxRecordBytes());
        }
        lines++;
        chars += 1 + text.length();
        raw.append('\n');
        keep(text);
        return null;
    }

    private LogEvent limit(Line line, String text, String message) {
        return LogEvent.malformed(line.position(source), format, MalformedReason.LIMIT_EXCEEDED, message, excerpt(text));
    }

    /** Keeps text only up to the holder's capacity (by default one past the excerpt length: the excerpt's "…" needs to know there was more). */
    private void keep(String text) {
        int room = keep - raw.length();
        if (room > 0) {
            raw.append(text, 0, Math.min(text.length(), room));
        }
    }

    /** The held record's event (raw excerpt, line count), or {@code null} when none is held; nothing is held afterwards. */
    public LogEvent close() {
        return open ? close(builder) : null;
    }

    /** The held record's event built on {@code b} (raw excerpt, line count added); nothing is held afterwards. */
    public LogEvent close(LogEvent.Builder b) {
        LogEvent e = b.raw(excerpt(raw.toString())).lineCount(lines).build();
        open = false;
        builder = null;
        raw.setLength(0);
        return e;
    }

    private String excerpt(String text) {
        int max = config.maxExcerptLength();
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
