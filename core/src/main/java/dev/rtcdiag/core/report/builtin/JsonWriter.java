package dev.rtcdiag.core.report.builtin;

import dev.rtcdiag.core.report.JsonReport;

/** {@code json}: the whole diagnosis as JSON (schema 1). */
public final class JsonWriter extends BuiltInWriter {

    /** For {@link java.util.ServiceLoader}. */
    public JsonWriter() {
        super("json", "the whole diagnosis as JSON (schema 1)", 0, JsonReport::write);
    }
}
