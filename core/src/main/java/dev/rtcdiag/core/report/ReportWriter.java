package dev.rtcdiag.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * An output format of a diagnosis, chosen by id: the CLI's {@code --output-format}, an embedding
 * application, or a distributed engine's sink all pick a writer with {@link #find(String)}. Writers are
 * found through {@link ServiceLoader} ({@code META-INF/services/dev.rtcdiag.core.report.ReportWriter},
 * or {@code provides} on the module path); the six built-in ones are {@code text}, {@code json},
 * {@code sarif}, {@code warnings-ng}, {@code junit} and {@code html}.
 *
 * <p>A writer renders a {@link RedactedDiagnosis} only: secrets were taken out once, before any writer
 * runs, so a new writer cannot leak one.
 */
public interface ReportWriter {

    /** The id users type ({@code "sarif"}), lower case. */
    String id();

    /** One line for help texts. */
    String description();

    /** How many time-line entries per session this writer draws (a diagnosis keeps them only when asked); default none. */
    default int timelineEntries() {
        return 0;
    }

    /**
     * Loads ahead of time what writing in these options will need (message formats, plural rules), so a
     * caller can do it on another thread while the input is read: the CLI does, and a one-message run gets
     * its report that much sooner. Writing works the same without it; it may run at the same time as
     * {@link #write}. The default does nothing.
     */
    default void prepare(ReportOptions options) {
    }

    /** Writes the report to {@code out}; does not close it. */
    void write(RedactedDiagnosis view, Writer out, ReportOptions options) throws IOException;

    /** Every installed writer, ordered by id. */
    static List<ReportWriter> installed() {
        return Installed.WRITERS;
    }

    /** The writer with an id (case-insensitive; {@code warnings_ng} is taken for {@code warnings-ng}). */
    static Optional<ReportWriter> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Installed.WRITERS.stream().filter(w -> w.id().equals(wanted)).findFirst();
    }

    /** Loaded on first use. */
    final class Installed {
        static final List<ReportWriter> WRITERS = ServiceLoader.load(ReportWriter.class, ReportWriter.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).sorted(Comparator.comparing(ReportWriter::id)).toList();

        private Installed() {
        }
    }
}
