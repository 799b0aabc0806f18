package dev.rtcdiag.parsers.internal;

import dev.rtcdiag.parsers.spi.Detection;
import dev.rtcdiag.parsers.spi.DetectionInput;
import dev.rtcdiag.parsers.spi.LogFormatProvider;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What every built-in provider shares: its id, its one-line description and detection summary (as
 * {@code rtcdiag formats} lists them), and the common detection "one of the first lines has the
 * format's line grammar".
 */
public abstract class BaseFormatProvider implements LogFormatProvider {

    private final String id;
    private final String description;
    private final String detectionSummary;

    protected BaseFormatProvider(String id, String description, String detectionSummary) {
        this.id = Objects.requireNonNull(id, "id");
        this.description = Objects.requireNonNull(description, "description");
        this.detectionSummary = Objects.requireNonNull(detectionSummary, "detectionSummary");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final String detectionSummary() {
        return detectionSummary;
    }

    /** A match with {@code priority} when one of the first {@code lines} lines matches {@code grammar} entirely. */
    protected static Detection anyLine(DetectionInput input, int lines, Pattern grammar, int priority) {
        for (String line : input.firstLines(lines)) {
            if (grammar.matcher(line).matches()) {
                return Detection.match(priority);
            }
        }
        return Detection.noMatch();
    }
}
