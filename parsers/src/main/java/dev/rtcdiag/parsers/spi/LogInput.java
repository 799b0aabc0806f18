package dev.rtcdiag.parsers.spi;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * One input handed to a {@link LogFormatProvider}: its display name and its bytes from the start
 * (already decompressed). Read it once, either as lines through {@link #lines(ParserConfig)} (what
 * text formats do) or as raw bytes through {@link #stream()} (binary formats such as pcap).
 */
public final class LogInput implements Closeable {

    private final String name;
    private final InputStream stream;
    private final EnvelopeStack envelopes;

    /** Wraps a stream positioned at the first byte of the input. */
    public LogInput(String name, InputStream stream) {
        this(name, stream, EnvelopeStack.NONE);
    }

    /** Wraps a stream whose lines carry {@code envelopes} (taken off by {@link #lines(ParserConfig)}). */
    public LogInput(String name, InputStream stream, EnvelopeStack envelopes) {
        this.name = Objects.requireNonNull(name, "name");
        this.stream = Objects.requireNonNull(stream, "stream");
        this.envelopes = Objects.requireNonNull(envelopes, "envelopes");
    }

    /** The envelopes each line carries ({@link EnvelopeStack#NONE} for clean input and for binary formats). */
    public EnvelopeStack envelopes() {
        return envelopes;
    }

    /** The display name used in every {@link SourcePosition}. */
    public String name() {
        return name;
    }

    /** The raw bytes. */
    public InputStream stream() {
        return stream;
    }

    /** A line reader over the bytes, taking the input's envelopes off each line. */
    public LineReader lines(ParserConfig config) {
        return new LineReader(stream, config, envelopes);
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
