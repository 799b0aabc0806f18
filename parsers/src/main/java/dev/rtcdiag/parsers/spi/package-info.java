/**
 * The parser SPI: what a log format plugs into.
 *
 * <p>Key types: {@link dev.rtcdiag.parsers.spi.LogFormatProvider} (a format: detect, then open; found
 * through {@link java.util.ServiceLoader}), {@link dev.rtcdiag.parsers.spi.Detection} (match with
 * priority, need more data, no match), {@link dev.rtcdiag.parsers.spi.LogParser} (one input, streaming
 * {@link dev.rtcdiag.parsers.spi.LogEvent}s), {@link dev.rtcdiag.parsers.spi.ParserConfig} (limits with
 * documented defaults), {@link dev.rtcdiag.parsers.spi.LineReader} (positions, line ends, charsets) and
 * the event vocabulary {@link dev.rtcdiag.parsers.spi.EventKind}, {@link dev.rtcdiag.parsers.spi.EventTime},
 * {@link dev.rtcdiag.parsers.spi.SourcePosition}, {@link dev.rtcdiag.parsers.spi.MalformedReason}.
 *
 * <p>Bad data is data: a parser never throws for malformed input, it emits a
 * {@link dev.rtcdiag.parsers.spi.EventKind#MALFORMED} event and resynchronises.
 */
package dev.rtcdiag.parsers.spi;
