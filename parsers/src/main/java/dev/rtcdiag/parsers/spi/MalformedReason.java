package dev.rtcdiag.parsers.spi;

/** Why a record became a {@link EventKind#MALFORMED} event. */
public enum MalformedReason {
    /** A line or record exceeded a {@link ParserConfig} limit; the rest was skipped up to the next record. */
    TOO_LONG,
    /** The text does not follow the format's grammar. */
    BAD_SYNTAX,
    /** The bytes are not text in any charset the input could be in (binary data, NUL bytes). */
    BAD_ENCODING,
    /** The input ended in the middle of a record, or a compressed input was cut off. */
    TRUNCATED,
    /** A resource bound was hit (open multi-line records, decompression size); the record was closed early. */
    LIMIT_EXCEEDED
}
