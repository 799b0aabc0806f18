package dev.rtcdiag.parsers;

import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.LogParser;
import java.util.NoSuchElementException;

/**
 * An opened input: its events in order, plus what is known about it (format, counts, bytes). Wraps
 * the format's parser and appends the framework's own findings about the input (for example a
 * {@code .gz} that was cut off) as malformed events at the end, so nothing is silent.
 */
public final class ParsedInput implements LogParser {

    private final InputFile input;
    private final String format;
    private final LogParser parser;
    private final CountingInputStream raw;
    private final java.util.function.LongFunction<LogEvent> trailer;
    private LogEvent pendingTrailer;
    private String cut;
    private boolean trailerDone;
    private long events;
    private long malformed;
    private long lines;
    private long lastLine;

    private final dev.rtcdiag.parsers.spi.EnvelopeStack envelopes;

    ParsedInput(InputFile input, String format, dev.rtcdiag.parsers.spi.EnvelopeStack envelopes, LogParser parser, CountingInputStream raw,
            java.util.function.LongFunction<LogEvent> trailer) {
        this.input = input;
        this.format = format;
        this.envelopes = envelopes;
        this.parser = parser;
        this.raw = raw;
        this.trailer = trailer;
    }

    /** The input. */
    public InputFile input() {
        return input;
    }

    /** The format id chosen (detected or forced). */
    public String format() {
        return format;
    }

    /** The paste artefacts and log-shipper prefixes taken off every line before the format read it. */
    public dev.rtcdiag.parsers.spi.EnvelopeStack envelopes() {
        return envelopes;
    }

    /**
     * The regions of the input read so far: one for an input of one format; several where it concatenates
     * sources (each with its own format and envelopes). Complete once the input is read.
     */
    public java.util.List<Region> regions() {
        return parser instanceof RegionParser r ? r.regions() : java.util.List.of(new Region(1, 0, format, envelopes));
    }

    /**
     * Why the input ended before its end, when it did (a {@code .gz} cut off or expanding past its bound):
     * what was read is diagnosed, and the result should say it is partial. Known once the input is read.
     */
    public java.util.Optional<String> cut() {
        return java.util.Optional.ofNullable(cut);
    }

    /** Events handed out so far. */
    public long eventCount() {
        return events;
    }

    /** Malformed events handed out so far. */
    public long malformedCount() {
        return malformed;
    }

    /** The highest line (or packet) number seen so far. */
    public long lines() {
        return lines;
    }

    /** Bytes read from the file so far (compressed bytes for a {@code .gz}). */
    public long bytesRead() {
        return raw.count();
    }

    @Override
    public boolean hasNext() {
        if (parser.hasNext()) {
            return true;
        }
        if (!trailerDone) {
            trailerDone = true;
            pendingTrailer = trailer.apply(Math.max(1, lastLine)); // after everything read, so positions never go back
            cut = pendingTrailer == null ? null : pendingTrailer.message();
        }
        return pendingTrailer != null;
    }

    @Override
    public LogEvent next() {
        LogEvent e;
        if (parser.hasNext()) {
            e = parser.next();
        } else if (hasNext()) {
            e = pendingTrailer;
            pendingTrailer = null;
        } else {
            throw new NoSuchElementException();
        }
        events++;
        if (e.isMalformed()) {
            malformed++;
        }
        lines = Math.max(lines, e.position().line() + e.lineCount() - 1);
        lastLine = Math.max(lastLine, e.position().line());
        return e;
    }

    @Override
    public void close() {
        parser.close();
    }
}
