package dev.rtcdiag.core.report;

import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Evidence;
import dev.rtcdiag.core.Finding;
import dev.rtcdiag.core.InputStats;
import dev.rtcdiag.core.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The human-readable {@code diagnose} report: a summary, then the findings grouped by cause (the first
 * {@link ReportOptions#examplesPerCause()} of a cause in full, the rest counted), then the inputs. Labels
 * come from {@link Labels}: plural forms per language, and in Persian every left-to-right value isolated.
 */
public final class TextReport {

    private TextReport() {
    }

    /** Loads the labels of the options' language ahead of time (see {@link ReportWriter#prepare}). */
    public static void prepare(ReportOptions o) {
        Labels.prepare(o.language());
    }

    /** Writes the report to {@code out}; does not close it. */
    public static void write(Diagnosis d, Writer out, ReportOptions o) throws IOException {
        write(RedactedDiagnosis.of(d, o.redactor()), out, o);
    }

    /** Writes an already redacted diagnosis (the CLI redacts once for every output it writes); does not close {@code out}. */
    public static void write(RedactedDiagnosis view, Writer out, ReportOptions o) throws IOException {
        Diagnosis d = view.diagnosis();
        Language l = o.language();
        long errors = d.findingCount(Severity.ERROR);
        long warnings = d.findingCount(Severity.WARNING);
        long infos = d.findingCount() - errors - warnings;
        out.write(Labels.get(l, "summary", "findings", d.findingCount(), "errors", errors, "warnings", warnings, "infos", infos,
                "sessions", d.sessionCount(), "inputs", d.inputs().size()) + "\n");
        if (d.isPartial()) {
            out.write(TerminalText.safe(Labels.get(l, "partial", "reason", d.partialReason())) + "\n");
        }
        if (d.findings().isEmpty()) {
            long unreadable = d.inputs().stream().filter(i -> !i.readable()).count();
            // "no failures" would be a claim about inputs that were never read
            out.write((unreadable == 0 ? Labels.get(l, "healthy") : Labels.get(l, "healthy-unread", "count", unreadable)) + "\n");
        }
        // grouped by cause, in the order of each cause's first (most severe, most confident) finding
        Map<String, List<Finding>> byCause = new LinkedHashMap<>();
        for (Finding f : d.findings()) {
            byCause.computeIfAbsent(f.causeId(), k -> new ArrayList<>()).add(f);
        }
        for (List<Finding> group : byCause.values()) {
            String cause = group.get(0).causeId();
            long sessions = group.stream().map(Finding::session).distinct().count();
            if (group.size() > 1) {
                out.write("\n" + Labels.get(l, "group", "cause", cause, "sessions", sessions) + "\n");
            }
            int shown = Math.min(group.size(), o.examplesPerCause());
            for (Finding f : group.subList(0, shown)) {
                finding(f, l, out);
            }
            if (shown < group.size()) {
                long rest = group.subList(shown, group.size()).stream().map(Finding::session).distinct().count();
                out.write("\n" + Labels.get(l, "group-rest", "count", rest, "cause", cause) + "\n");
            }
        }
        for (var e : d.unlisted().entrySet()) {
            out.write("\n" + Labels.get(l, "unlisted", "count", e.getValue(), "cause", e.getKey()) + "\n");
        }
        out.write("\n" + Labels.get(l, "inputs") + ":\n");
        for (InputStats i : d.inputs()) {
            if (i.readable()) {
                out.write("  " + Labels.ltr(l, TerminalText.safe(i.path())) + " " + Labels.ltr(l, i.format()) + ": "
                        + Labels.get(l, "counts", "lines", i.lines(), "events", i.events(), "malformed", i.malformed())
                        + (i.envelopes().isEmpty() ? "" : "; " + Labels.get(l, "envelopes") + ": " + Labels.ltr(l, String.join(", ", i.envelopes()))) + "\n");
                for (int k = 1; k < i.regions().size(); k++) {
                    dev.rtcdiag.parsers.Region r = i.regions().get(k);
                    out.write("    " + Labels.get(l, "region", "line", r.line()) + ": " + Labels.ltr(l, r.format())
                            + (r.envelopes().isEmpty() ? "" : "; " + Labels.get(l, "envelopes") + ": " + Labels.ltr(l, r.envelopes().describe())) + "\n");
                }
            } else {
                out.write("  " + Labels.ltr(l, TerminalText.safe(i.path())) + ": " + Labels.get(l, "unreadable") + ": "
                        + Labels.ltr(l, TerminalText.safe(i.error())) + "\n");
            }
        }
        out.flush();
    }

    private static void finding(Finding f, Language l, Writer out) throws IOException {
        out.write("\n" + f.severity().name() + " " + Labels.ltr(l, f.causeId()) + " (" + Labels.get(l, "confidence") + " "
                + String.format(Locale.ROOT, "%.2f", f.confidence()) + ")\n");
        out.write("  " + f.cause().title(l) + "\n");
        out.write("  " + Labels.get(l, "session") + ": " + Labels.ltr(l, TerminalText.safe(f.session()))
                + f.first().iso().map(t -> "; " + Labels.get(l, "first") + ": " + Labels.ltr(l, t)).orElse("") + "\n");
        out.write("  " + Labels.get(l, "symptom") + ": " + Labels.ltr(l, String.join(" ", java.util.stream.Stream.of(f.symptom().system(), f.symptom().code(), f.symptom().name())
                .filter(x -> !x.isBlank()).toList())) + "\n");
        out.write("  " + Labels.get(l, "why") + ": " + f.cause().explanation(l) + "\n");
        out.write("  " + Labels.get(l, "fix") + ": " + f.cause().remedy(l) + "\n");
        out.write("  " + Labels.get(l, "evidence") + ":\n");
        for (Evidence e : f.evidence()) {
            // log lines stay left to right whatever the language: isolated as a whole
            out.write("    " + Labels.ltr(l, TerminalText.safe(e.position() + ": " + e.text()
                    + (e.note().isEmpty() ? "" : " ← " + e.note()))) + "\n");
        }
        for (String n : f.notes()) {
            out.write("  " + Labels.get(l, "note") + ": " + TerminalText.safe(n) + "\n");
        }
        if (!f.cause().nextSteps().isEmpty()) {
            out.write("  " + Labels.get(l, "next") + ": " + Labels.ltr(l, String.join(", ", f.cause().nextSteps())) + "\n");
        }
    }
}
