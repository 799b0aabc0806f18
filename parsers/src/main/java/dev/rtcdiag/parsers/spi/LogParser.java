package dev.rtcdiag.parsers.spi;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Parses one input into events, streaming: memory depends on the {@link ParserConfig} limits and
 * the records open at a time, never on the size of the input.
 *
 * <p>One parser per input, used from one thread. Iteration never throws for bad data (bad records
 * become {@link EventKind#MALFORMED} events); an I/O failure of the underlying input surfaces as
 * {@link java.io.UncheckedIOException}, as with {@link java.nio.file.Files#lines}. In
 * {@linkplain ParserConfig#strict() strict mode} a malformed record throws {@link LogParseException}.
 * Close the parser (or the stream from {@link #events()}) to release the input.
 */
public interface LogParser extends Iterator<LogEvent>, AutoCloseable {

    /**
     * Whether the parser is inside a multi-line record it has not finished (a SIP message, an entry with
     * continuation lines): an input that concatenates several sources is never split there. The default,
     * for parsers that do not say, is {@code true}: never split.
     */
    default boolean inRecord() {
        return true;
    }

    /** Releases the input. Never throws a checked exception. */
    @Override
    void close();

    /** The remaining events as a sequential stream; closing the stream closes the parser. */
    default Stream<LogEvent> events() {
        Spliterator<LogEvent> s = Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(s, false).onClose(this::close);
    }
}
