package dev.rtcdiag.cli;

import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.core.Diagnoser;
import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.InputStats;
import dev.rtcdiag.core.Redactor;
import dev.rtcdiag.core.Severity;
import dev.rtcdiag.core.report.RedactedDiagnosis;
import dev.rtcdiag.core.report.ReportOptions;
import dev.rtcdiag.core.report.ReportWriter;
import dev.rtcdiag.parsers.Inputs;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rtcdiag diagnose [options] PATH…}: find failures and their causes. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = {"Find failures and their causes, with the evidence lines.",
                "PATH may be a file, a directory (read recursively), a .gz file, or - for standard input.",
                "Exit status: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage error or unreadable input."})
final class DiagnoseCommand implements Callable<Integer> {


    enum FailOn { error, warning, never }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Inputs.")
    List<String> paths;

    @Mixin
    InputOptions inputOptions;

    @Option(names = "--output-format", paramLabel = "FORMAT",
            converter = WriterConverter.class,
            description = "text, json, sarif, warnings-ng, junit, html, or the id of another installed report writer "
                    + "(default: from the -o file's extension, .json .sarif .xml .html; else text).")
    ReportWriter outputFormat;

    @Option(names = {"-o", "--output"}, paramLabel = "[FORMAT=]FILE",
            description = "Write the report to FILE instead of standard output; repeat with FORMAT=FILE to write several reports "
                    + "from one pass (-o sarif=r.sarif -o junit=r.xml -o html=r.html); FILE - is standard output.")
    List<String> outputs = new java.util.ArrayList<>();

    @Option(names = "--all", description = "In the text report, show every finding in full; by default the first "
            + ReportOptions.EXAMPLES_PER_CAUSE + " of each cause are, and the rest are counted.")
    boolean all;

    @Option(names = {"-f", "--follow"}, description = "Keep reading the files as they grow, through rotations (like tail -F), and print each "
            + "finding when its session closes (text, or JSON lines with --output-format json); Ctrl-C ends with a summary.")
    boolean follow;

    @Option(names = "--lang", paramLabel = "L", converter = LanguageConverter.class, defaultValue = "en",
            description = "Language of titles, explanations and remedies: en, fa, ru, tr (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Which severity makes the exit status 1: error, warning or never (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--redact", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Hide passwords, digest responses, tokens and session tokens (default: on; --no-redact shows them).")
    boolean redact;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that parse inputs and judge closed sessions while one correlates; the result is the same "
            + "for any N (default: one fewer than the processors, at least 1, at most 8).")
    Integer threads;

    @Option(names = "--max-open-sessions", paramLabel = "N", defaultValue = "10000",
            description = "Sessions kept open at once; beyond it the least recently used closes early (default: ${DEFAULT-VALUE}). "
                    + "Lower it for a small heap: about 2,000 fit in 64 MiB.")
    int maxOpenSessions;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = "10000",
            description = "Findings listed; beyond it they are counted per cause, each cause keeping ten examples (default: ${DEFAULT-VALUE}).")
    int maxFindings;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "PT10M",
            description = "Log time after which a quiet session closes, ISO-8601 (default: ${DEFAULT-VALUE}).")
    java.time.Duration idleTimeout;

    @Option(names = "--time-budget", paramLabel = "DURATION",
            description = "Stop after this much wall-clock time, ISO-8601 (PT30S, PT5M); the report is then marked partial.")
    java.time.Duration timeBudget;

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "Stop after reading N bytes of input (all inputs, as stored); the report is then marked partial.")
    Long maxBytes;

    @Override
    public Integer call() throws IOException {
        List<OutputTarget> targets;
        try {
            targets = OutputTarget.of(outputs, outputFormat);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("rtcdiag: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (Interruption interruption = Interruption.install()) {
            return follow ? follow(targets, interruption) : diagnose(targets, interruption);
        }
    }

    /** The diagnoser settings every mode shares. */
    private Diagnoser.Builder configure(Diagnoser.Builder b) {
        return b.parserConfig(inputOptions.config()).formatHint(inputOptions.formatHint).selection(inputOptions.selection())
                .threads(threads != null ? threads : defaultThreads(Runtime.getRuntime().availableProcessors()))
                .maxOpenSessions(maxOpenSessions).maxFindings(maxFindings).idleTimeout(idleTimeout);
    }

    private Integer follow(List<OutputTarget> targets, Interruption interruption) {
        PrintWriter err = spec.commandLine().getErr();
        if (targets.size() != 1 || targets.get(0).file().isPresent() || !List.of("text", "json").contains(targets.get(0).writer().id())) {
            err.println("rtcdiag: --follow prints to standard output, as text or JSON lines (--output-format json); it takes no -o");
            return ExitCodes.USAGE;
        }
        List<Path> files = new java.util.ArrayList<>();
        for (String p : paths) {
            if (p.equals("-") || Files.isDirectory(Path.of(p))) {
                err.println("rtcdiag: --follow reads files (a file that does not exist yet is waited for), not " + (p.equals("-") ? "standard input" : "the directory " + p));
                return ExitCodes.USAGE;
            }
            files.add(Path.of(p));
        }
        ReportOptions options = new ReportOptions(lang, redact ? Redactor.standard() : Redactor.none(), VersionProvider.version());
        Severity bar = failOn == FailOn.never ? null : failOn == FailOn.warning ? Severity.WARNING : Severity.ERROR;
        try {
            boolean reached = new Follow(files, this::configure, inputOptions.config(), inputOptions.formatHint, targets.get(0).writer().id().equals("json"),
                    options, spec.commandLine().getOut(), err, interruption::requested).run(bar);
            return reached ? ExitCodes.FINDINGS : ExitCodes.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.USAGE;
        }
    }

    private Integer diagnose(List<OutputTarget> targets, Interruption interruption) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        for (OutputTarget t : targets) {
            java.nio.file.Path dir = t.file().map(f -> f.toAbsolutePath().getParent()).orElse(null);
            if (dir != null && !Files.isDirectory(dir)) {
                err.println("rtcdiag: cannot write the report to " + t.file().get() + ": the directory " + dir + " does not exist");
                return ExitCodes.USAGE;
            }
        }
        ReportOptions options = new ReportOptions(lang, redact ? Redactor.standard() : Redactor.none(), VersionProvider.version());
        if (all) {
            options = options.showingAll();
        }
        ReportOptions prepared = options;
        WarmUp.start("reports", () -> targets.forEach(t -> t.writer().prepare(prepared)));
        ProgressLine progress = new ProgressLine(err, ProgressLine.stderrIsTerminal());
        Diagnosis d;
        try {
            // the command line's own argument parsing: "-" is standard input, directories are walked with the selection
            Inputs.Expansion inputs = InputArguments.expand(paths, inputOptions, err);
            Diagnoser diagnoser = configure(Diagnoser.builder())
                    .keepTimelines(targets.stream().mapToInt(t -> t.writer().timelineEntries()).max().orElse(0)).progress(progress)
                    .timeBudget(timeBudget).maxBytes(maxBytes == null ? Long.MAX_VALUE : maxBytes)
                    .cancellation(interruption::requested).build();
            d = diagnoser.diagnose(inputs);
            progress.clear();
        } catch (IllegalArgumentException e) {
            err.println("rtcdiag: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        // one redaction, before anything is written: stderr lines and every report render this view only
        RedactedDiagnosis view = RedactedDiagnosis.of(d, options.redactor());
        for (InputStats i : view.diagnosis().inputs()) {
            if (!i.readable()) {
                err.println("rtcdiag: " + dev.rtcdiag.core.report.TerminalText.safe(i.error()));
            }
        }
        boolean written = true;
        for (OutputTarget t : targets) {
            written &= write(t, view, options, err);
        }
        if (!written) {
            return ExitCodes.USAGE;
        }
        if (d.inputs().stream().anyMatch(i -> !i.readable())) {
            return ExitCodes.USAGE;
        }
        return switch (failOn) {
            case never -> ExitCodes.OK;
            case warning -> d.hasFindingsAtLeast(Severity.WARNING) ? ExitCodes.FINDINGS : ExitCodes.OK;
            case error -> d.hasFindingsAtLeast(Severity.ERROR) ? ExitCodes.FINDINGS : ExitCodes.OK;
        };
    }

    /**
     * Writes one report; a file is written to a temporary file beside it and renamed, so a reader (Jenkins)
     * never sees half a report. Says on stderr why it could not be written, and goes on with the others.
     */
    private boolean write(OutputTarget target, RedactedDiagnosis view, ReportOptions options, PrintWriter err) throws IOException {
        java.nio.file.Path output = target.file().orElse(null);
        java.nio.file.Path temp = null;
        try {
            temp = output == null ? null : Files.createTempFile(output.toAbsolutePath().getParent(), "." + output.getFileName() + ".", ".part");
            Writer out = output == null ? spec.commandLine().getOut()
                    : new java.io.BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8));
            target.writer().write(view, out, options); // the writer chosen by id (ReportWriter SPI), from the redacted view
            out.flush();
            if (output != null) {
                out.close();
                Files.move(temp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            err.println("rtcdiag: cannot write the " + target.writer().id() + " report" + (output == null ? "" : " to " + output) + ": " + dev.rtcdiag.parsers.IoErrors.reason(e));
            picocli.CommandLine.Model.OptionSpec debug = spec.findOption("--debug");
            if (debug != null && Boolean.TRUE.equals(debug.getValue())) {
                e.printStackTrace(err);
            }
            return false;
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
        if (output == null && spec.commandLine().getOut().checkError()) {
            err.println("rtcdiag: cannot write the report to standard output (closed pipe, full disk or device)");
            return false;
        }
        return true;
    }

    /** An installed report writer by id ({@code warnings-ng} or {@code warnings_ng}). */
    static final class WriterConverter implements picocli.CommandLine.ITypeConverter<ReportWriter> {
        @Override
        public ReportWriter convert(String value) {
            return ReportWriter.find(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException("unknown output format '" + value
                    + "' (" + ReportWriter.installed().stream().map(ReportWriter::id).collect(java.util.stream.Collectors.joining(", ")) + ")"));
        }
    }

    /**
     * Parsing threads when {@code --threads} is not given: the correlating thread keeps one processor busy,
     * so one fewer than the processors (at least 1, at most 8). With two processors, two parsing threads
     * beside the correlating one and the JIT compiler took 9.3 s where one took 8.6 s (BENCHMARKS.md).
     */
    static int defaultThreads(int processors) {
        return Math.max(1, Math.min(8, processors - 1));
    }
}
