package dev.rtcdiag.core;

import dev.rtcdiag.parsers.Region;
import java.util.List;
import java.util.Objects;

/**
 * What was read from one input.
 *
 * @param path the display name
 * @param format the format id detected or forced ({@code ""} when the input could not be opened)
 * @param lines lines (or packets) read
 * @param events events produced
 * @param malformed malformed events among them
 * @param bytes bytes read from the file (compressed size for {@code .gz})
 * @param error why the input could not be read at all, or {@code ""}
 * @param envelopes ids of the paste artefacts and log-shipper prefixes taken off every line ({@code "syslog"}, {@code "ansi"}), outermost first
 *        (of the first region)
 * @param regions where the input concatenates several sources: each part with its format and envelopes; one region otherwise
 */
public record InputStats(String path, String format, long lines, long events, long malformed, long bytes, String error, List<String> envelopes,
        List<Region> regions) {

    /** Statistics of an input read without envelopes. */
    public InputStats(String path, String format, long lines, long events, long malformed, long bytes, String error) {
        this(path, format, lines, events, malformed, bytes, error, List.of(), List.of());
    }

    /** Validates components. */
    public InputStats {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(error, "error");
        envelopes = List.copyOf(envelopes);
        regions = List.copyOf(regions);
    }

    /** Whether the input was read. */
    public boolean readable() {
        return error.isEmpty();
    }
}
