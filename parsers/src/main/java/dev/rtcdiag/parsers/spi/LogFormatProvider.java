package dev.rtcdiag.parsers.spi;

import java.io.IOException;

/**
 * A log format: detects whether an input is in the format and opens a parser for it.
 *
 * <p>Implementations are stateless, have a public no-argument constructor, and are found through
 * {@link java.util.ServiceLoader} ({@code provides dev.rtcdiag.parsers.spi.LogFormatProvider with …}
 * in {@code module-info.java} and a {@code META-INF/services} entry for class-path use). One provider
 * serves any number of inputs and threads; each {@link LogParser} it opens serves exactly one input
 * on one thread.
 */
public interface LogFormatProvider {

    /**
     * The stable format id, lower-case, dot-separated by family ({@code "sip.sipp-trace"},
     * {@code "bbb.html5-client"}). Shown in {@code rtcdiag formats} and in every event; never changes.
     */
    String id();

    /** One line saying what the format is ({@code "SIPp -trace_msg message log"}). */
    String description();

    /** How the format is recognised, for {@code rtcdiag formats} ({@code "first line matches '----- … message sent'"}). */
    String detectionSummary();

    /**
     * Decides from a prefix whether the input is in this format. Must not throw for any input and
     * must not keep references to the input.
     */
    Detection detect(DetectionInput input);

    /**
     * Opens a parser over one input.
     *
     * @throws IOException if the input cannot be read at all
     */
    LogParser open(LogInput input, ParserConfig config) throws IOException;
}
