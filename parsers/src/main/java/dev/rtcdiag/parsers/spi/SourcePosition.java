package dev.rtcdiag.parsers.spi;

import java.util.Objects;

/**
 * Where a record starts in its input: the display name of the source, the 1-based number of the
 * record's first line and the 0-based byte offset of that line (both in the decompressed text for
 * {@code .gz} inputs). For packet captures, {@code line} is the 1-based packet number.
 *
 * @param source the input's display name (a path as the user gave it, or {@code "-"} for stdin)
 * @param line 1-based line (or packet) number
 * @param byteOffset 0-based byte offset of the line start
 */
public record SourcePosition(String source, long line, long byteOffset) implements Comparable<SourcePosition> {

    /** Validates the numbers. */
    public SourcePosition {
        Objects.requireNonNull(source, "source");
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1: " + line);
        }
        if (byteOffset < 0) {
            throw new IllegalArgumentException("byteOffset must be >= 0: " + byteOffset);
        }
    }

    /** Orders by source name, then line. */
    @Override
    public int compareTo(SourcePosition o) {
        int c = source.compareTo(o.source);
        return c != 0 ? c : Long.compare(line, o.line);
    }

    @Override
    public String toString() {
        return source + ":" + line;
    }
}
