package dev.rtcdiag.cli;

import dev.rtcdiag.core.Diagnoser;
import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Evidence;
import dev.rtcdiag.core.Finding;
import dev.rtcdiag.core.Severity;
import dev.rtcdiag.core.report.JsonReport;
import dev.rtcdiag.core.report.RedactedDiagnosis;
import dev.rtcdiag.core.report.ReportOptions;
import dev.rtcdiag.core.report.TerminalText;
import dev.rtcdiag.parsers.InputFile;
import dev.rtcdiag.parsers.ParsedInput;
import dev.rtcdiag.parsers.Parsers;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * {@code diagnose --follow}: each file is read as it grows ({@link FollowedFile}, rotation aware) and
 * every finding is printed when its session closes, as text or as one JSON line; when the run is
 * stopped (Ctrl-C) the open sessions close, their findings are printed, and a summary ends the output.
 *
 * <p>Each file is diagnosed on its own thread by its own diagnoser, so files are not correlated with
 * each other. Its format is detected once, from what the file holds when it is first non-empty, and then
 * kept: a live file has no end for detection to read to.
 */
final class Follow {

    static final Duration POLL = Duration.ofMillis(200);

    private final List<Path> files;
    private final UnaryOperator<Diagnoser.Builder> configure;
    private final ParserConfig config;
    private final String formatHint;
    private final boolean json;
    private final ReportOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final BooleanSupplier stop;
    /** Counts, not findings: a follow runs for hours, and what it printed need not be kept. */
    private final Map<String, Long> perCause = new TreeMap<>();
    private final long[] bySeverity = new long[Severity.values().length];

    Follow(List<Path> files, UnaryOperator<Diagnoser.Builder> configure, ParserConfig config, String formatHint, boolean json,
            ReportOptions options, PrintWriter out, PrintWriter err, BooleanSupplier stop) {
        this.files = List.copyOf(files);
        this.configure = configure;
        this.config = config;
        this.formatHint = formatHint;
        this.json = json;
        this.options = options;
        this.out = out;
        this.err = err;
        this.stop = stop;
    }

    /** Follows every file until {@code stop}; whether a finding of at least {@code bar} was printed ({@code bar} null: never). */
    boolean run(Severity bar) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        List<AtomicReference<Diagnosis>> results = new ArrayList<>();
        List<FollowedFile> streams = new ArrayList<>();
        for (Path file : files) {
            AtomicReference<Diagnosis> result = new AtomicReference<>();
            results.add(result);
            FollowedFile stream = new FollowedFile(file, POLL, stop);
            streams.add(stream);
            Thread t = new Thread(() -> result.set(follow(file, stream)), "rtcdiag-follow-" + file.getFileName());
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        summary(results, streams);
        if (bar == null) {
            return false;
        }
        for (Severity s : Severity.values()) {
            if (s.atLeast(bar) && bySeverity[s.ordinal()] > 0) {
                return true;
            }
        }
        return false;
    }

    private Diagnosis follow(Path file, FollowedFile stream) {
        String format = formatHint;
        try {
            if (format == null) {
                format = detect(file);
                if (format == null) {
                    return null; // stopped before the file had anything to say
                }
            }
            err.println("rtcdiag: following " + file + " (" + format + "); Ctrl-C ends it with a summary");
            err.flush();
            // the format is known: detection must not wait for 64 KiB that a quiet log may never write
            Diagnoser d = configure.apply(Diagnoser.builder()).parserConfig(config.withDetectionBytes(1)).formatHint(format)
                    .live(true).listener(this::print).build();
            return d.diagnose(stream, file.toString());
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                err.println("rtcdiag: " + file + ": " + dev.rtcdiag.parsers.IoErrors.reason(e instanceof IOException io ? io : new IOException(e.getMessage())));
            }
            return null;
        }
    }

    /** The format of what the file holds now, waiting for it to exist and hold something; null when stopped first. */
    private String detect(Path file) throws IOException {
        Parsers parsers = Parsers.discover();
        while (!Files.isRegularFile(file) || Files.size(file) == 0) {
            if (stop.getAsBoolean()) {
                return null;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        try (ParsedInput in = parsers.open(new InputFile(file.toString(), file), config, null)) {
            return in.format();
        }
    }

    private synchronized void print(Finding f) {
        perCause.merge(f.causeId(), 1L, Long::sum);
        bySeverity[f.severity().ordinal()]++;
        if (json) {
            out.println(JsonReport.line(f, options));
        } else {
            Diagnosis one = new Diagnosis(List.of(f), List.of(), List.of(), "", 0, Map.of());
            Finding r = RedactedDiagnosis.of(one, options.redactor()).diagnosis().findings().get(0);
            Evidence last = r.evidence().isEmpty() ? null : r.evidence().get(r.evidence().size() - 1);
            out.println(TerminalText.safe(r.severity().id().toUpperCase(java.util.Locale.ROOT) + " " + r.causeId() + " "
                    + r.cause().title(options.language()) + " [" + r.session() + "]"
                    + (last == null ? "" : " " + last.position().source() + ":" + last.position().line() + ": " + last.text())));
        }
        out.flush();
    }

    private synchronized void summary(List<AtomicReference<Diagnosis>> results, List<FollowedFile> streams) {
        long findings = java.util.Arrays.stream(bySeverity).sum();
        long sessions = results.stream().map(AtomicReference::get).filter(java.util.Objects::nonNull).mapToLong(Diagnosis::sessionCount).sum();
        long lines = results.stream().map(AtomicReference::get).filter(java.util.Objects::nonNull)
                .flatMap(d -> d.inputs().stream()).mapToLong(i -> i.lines()).sum();
        int rotations = streams.stream().mapToInt(FollowedFile::rotations).sum();
        if (json) {
            java.io.StringWriter w = new java.io.StringWriter();
            try (com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(w)) {
                g.writeStartObject();
                g.writeObjectFieldStart("summary");
                g.writeNumberField("files", files.size());
                g.writeNumberField("rotations", rotations);
                g.writeNumberField("lines", lines);
                g.writeNumberField("sessions", sessions);
                g.writeNumberField("findings", findings);
                for (Severity s : Severity.values()) {
                    g.writeNumberField(s.id(), bySeverity[s.ordinal()]);
                }
                g.writeObjectFieldStart("causes");
                for (Map.Entry<String, Long> e : perCause.entrySet()) {
                    g.writeNumberField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
            }
            out.println(w);
        } else {
            out.println("followed " + files.size() + " file(s), " + rotations + " rotation(s), " + lines + " lines, " + sessions + " session(s): "
                    + findings + " finding(s) (" + bySeverity[Severity.ERROR.ordinal()] + " error, " + bySeverity[Severity.WARNING.ordinal()]
                    + " warning, " + bySeverity[Severity.INFO.ordinal()] + " info)");
            perCause.forEach((cause, n) -> out.println("  " + cause + ": " + n));
        }
        out.flush();
    }
}
