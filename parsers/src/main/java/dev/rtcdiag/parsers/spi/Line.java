package dev.rtcdiag.parsers.spi;

/**
 * One line of text input with its exact position, as produced by {@link LineReader}.
 *
 * @param text the decoded line without its terminator (cut at {@link ParserConfig#maxLineLength()} bytes if longer)
 * @param number 1-based line number
 * @param byteOffset 0-based offset of the line's first byte in the input
 * @param byteLength the length of the line in bytes, without terminator, before any cut
 * @param truncated whether the line was longer than the limit and was cut
 * @param encoding how the bytes were decoded
 * @param binary whether the line looks like binary data (NUL or many control bytes) rather than text
 */
public record Line(String text, long number, long byteOffset, long byteLength, boolean truncated,
        LineEncoding encoding, boolean binary) {

    /** The position of this line in the named source. */
    public SourcePosition position(String source) {
        return new SourcePosition(source, number, byteOffset);
    }

    /** How the bytes of a line were turned into text. */
    public enum LineEncoding {
        /** Only ASCII bytes. */
        ASCII,
        /** Valid UTF-8. */
        UTF_8,
        /** Not UTF-8; decoded as Windows-1251 because the high bytes form Cyrillic-looking words. */
        WINDOWS_1251,
        /** Not UTF-8; decoded as ISO-8859-1 (every byte maps to a character, nothing is lost). */
        ISO_8859_1,
        /** Decoded with the charset forced by {@link ParserConfig#charset()}. */
        FORCED;

        /** Whether the line needed a fallback charset. */
        public boolean isFallback() {
            return this == WINDOWS_1251 || this == ISO_8859_1;
        }
    }
}
