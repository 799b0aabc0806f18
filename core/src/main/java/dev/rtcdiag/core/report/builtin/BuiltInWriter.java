package dev.rtcdiag.core.report.builtin;

import dev.rtcdiag.core.report.RedactedDiagnosis;
import dev.rtcdiag.core.report.ReportOptions;
import dev.rtcdiag.core.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;

/** A built-in writer: its id, description and the renderer it names; each subclass is one line of facts. */
abstract class BuiltInWriter implements ReportWriter {

    /** The renderer's static entry point. */
    @FunctionalInterface
    interface Renderer {
        void write(RedactedDiagnosis view, Writer out, ReportOptions options) throws IOException;
    }

    private final String id;
    private final String description;
    private final int timelineEntries;
    private final Renderer renderer;

    BuiltInWriter(String id, String description, int timelineEntries, Renderer renderer) {
        this.id = id;
        this.description = description;
        this.timelineEntries = timelineEntries;
        this.renderer = renderer;
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
    public final int timelineEntries() {
        return timelineEntries;
    }

    @Override
    public final void write(RedactedDiagnosis view, Writer out, ReportOptions options) throws IOException {
        renderer.write(view, out, options);
    }
}
