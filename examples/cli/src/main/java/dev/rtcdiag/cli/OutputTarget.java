package dev.rtcdiag.cli;

import dev.rtcdiag.core.report.ReportWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One report a run writes: a format and a file, or standard output. {@code -o} takes {@code FILE} or
 * {@code FORMAT=FILE} and may be repeated, so one pass writes SARIF, JUnit and HTML for a CI job.
 *
 * @param writer the report writer
 * @param file where to write it; empty for standard output ({@code -} or no {@code -o})
 */
record OutputTarget(ReportWriter writer, Optional<Path> file) {

    /**
     * The targets of a command line: each {@code -o} value, with {@code FORMAT=} when its text before
     * '=' is an installed writer's id (else the whole value is a file name), the format otherwise
     * {@code --output-format}, else inferred from the file's extension; standard output when there is
     * no {@code -o}.
     *
     * @throws IllegalArgumentException naming the value, for two reports to one place
     */
    static List<OutputTarget> of(List<String> outputs, ReportWriter explicit) {
        List<OutputTarget> targets = new ArrayList<>();
        if (outputs.isEmpty()) {
            targets.add(new OutputTarget(explicit != null ? explicit : ReportWriter.find("text").orElseThrow(), Optional.empty()));
            return targets;
        }
        for (String value : outputs) {
            int eq = value.indexOf('=');
            Optional<ReportWriter> named = eq > 0 ? ReportWriter.find(value.substring(0, eq)) : Optional.empty();
            String name = named.isPresent() ? value.substring(eq + 1) : value;
            if (name.isEmpty()) {
                throw new IllegalArgumentException("-o " + value + ": no file after '='");
            }
            Optional<Path> file = name.equals("-") ? Optional.empty() : Optional.of(Path.of(name));
            ReportWriter writer = named.orElseGet(() -> explicit != null ? explicit : inferred(file.orElse(null)));
            for (OutputTarget t : targets) {
                if (t.file().equals(file)) {
                    throw new IllegalArgumentException("-o " + value + ": " + (file.isPresent() ? file.get() : "standard output")
                            + " is already the target of another report");
                }
            }
            targets.add(new OutputTarget(writer, file));
        }
        return targets;
    }

    /** The writer for a file's extension: {@code .json} (warnings-ng when the name says so), .sarif, .xml (JUnit), .html; else text. */
    static ReportWriter inferred(Path output) {
        String name = output == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        String id = name.endsWith(".json") ? (name.contains("warnings") ? "warnings-ng" : "json") : name.endsWith(".sarif") ? "sarif"
                : name.endsWith(".xml") ? "junit" : name.endsWith(".html") || name.endsWith(".htm") ? "html" : "text";
        return ReportWriter.find(id).orElseThrow();
    }
}
