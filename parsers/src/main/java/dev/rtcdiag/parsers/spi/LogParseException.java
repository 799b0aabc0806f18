package dev.rtcdiag.parsers.spi;

/**
 * Thrown only in strict mode ({@link ParserConfig#strict()}): the malformed record that lenient
 * parsing would have reported as an event, with its position. Tests and CI use strict mode to catch
 * grammar drift early.
 */
public final class LogParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient LogEvent event;

    /** Wraps a malformed event. */
    public LogParseException(LogEvent event) {
        super(event.position() + ": " + event.malformedReason().map(Enum::name).orElse("MALFORMED") + ": " + event.message());
        this.event = event;
    }

    /** The malformed event. */
    public LogEvent event() {
        return event;
    }
}
