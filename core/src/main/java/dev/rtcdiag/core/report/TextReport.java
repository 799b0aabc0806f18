package dev.rtcdiag.core.report;

import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.catalog.TextBundle;
import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Evidence;
import dev.rtcdiag.core.Finding;
import dev.rtcdiag.core.InputStats;
import dev.rtcdiag.core.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** The human-readable {@code diagnose} report: one block per finding, then a summary of inputs. */
public final class TextReport {

    private static final TextBundle LABELS = TextBundle.of("labels", TextReport.class::getResourceAsStream);

    private TextReport() {
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
        out.write(label(l, "summary", "findings", Long.toString(d.findingCount()), "errors", Long.toString(errors),
                "warnings", Long.toString(warnings), "infos", Long.toString(infos), "sessions", Long.toString(d.sessionCount()),
                "inputs", Integer.toString(d.inputs().size())) + "\n");
        if (d.isPartial()) {
            out.write(TerminalText.safe(label(l, "partial", "reason", d.partialReason())) + "\n");
        }
        if (d.findings().isEmpty()) {
            long unreadable = d.inputs().stream().filter(i -> !i.readable()).count();
            // "no failures" would be a claim about inputs that were never read
            out.write((unreadable == 0 ? label(l, "healthy") : label(l, "healthy-unread", "count", Long.toString(unreadable))) + "\n");
        }
        for (Finding f : d.findings()) {
            out.write("\n" + f.severity().name() + "  " + f.causeId() + "  (" + label(l, "confidence") + " "
                    + String.format(Locale.ROOT, "%.2f", f.confidence()) + ")\n");
            out.write("  " + f.cause().title(l) + "\n");
            out.write("  " + label(l, "session") + ": " + TerminalText.safe(f.session())
                    + f.first().iso().map(t -> "   " + label(l, "first") + ": " + t).orElse("") + "\n");
            out.write("  " + label(l, "symptom") + ": " + f.symptom().system() + " " + f.symptom().code() + " " + f.symptom().name() + "\n");
            out.write("  " + label(l, "why") + ": " + f.cause().explanation(l) + "\n");
            out.write("  " + label(l, "fix") + ": " + f.cause().remedy(l) + "\n");
            out.write("  " + label(l, "evidence") + ":\n");
            for (Evidence e : f.evidence()) {
                out.write("    " + TerminalText.safe(e.position() + "  " + e.text()
                        + (e.note().isEmpty() ? "" : "   ← " + e.note())) + "\n");
            }
            for (String n : f.notes()) {
                out.write("  " + label(l, "note") + ": " + TerminalText.safe(n) + "\n");
            }
            if (!f.cause().nextSteps().isEmpty()) {
                out.write("  " + label(l, "next") + ": " + String.join(", ", f.cause().nextSteps()) + "\n");
            }
        }
        for (var e : d.unlisted().entrySet()) {
            out.write("\n" + label(l, "unlisted", "count", Long.toString(e.getValue()), "cause", e.getKey()) + "\n");
        }
        out.write("\n" + label(l, "inputs") + ":\n");
        for (InputStats i : d.inputs()) {
            if (i.readable()) {
                out.write("  " + TerminalText.safe(i.path()) + "  " + i.format() + "  " + label(l, "counts", "lines", Long.toString(i.lines()),
                        "events", Long.toString(i.events()), "malformed", Long.toString(i.malformed()))
                        + (i.envelopes().isEmpty() ? "" : "  " + label(l, "envelopes") + ": " + String.join(", ", i.envelopes())) + "\n");
                for (int k = 1; k < i.regions().size(); k++) {
                    dev.rtcdiag.parsers.Region r = i.regions().get(k);
                    out.write("    " + label(l, "region", "line", Long.toString(r.line())) + "  " + r.format()
                            + (r.envelopes().isEmpty() ? "" : "  " + label(l, "envelopes") + ": " + r.envelopes().describe()) + "\n");
                }
            } else {
                out.write("  " + TerminalText.safe(i.path() + "  " + label(l, "unreadable") + ": " + i.error()) + "\n");
            }
        }
        out.flush();
    }

    private static String label(Language l, String key, String... args) {
        String text = LABELS.get(key, l);
        for (int i = 0; i + 1 < args.length; i += 2) {
            text = text.replace("{" + args[i] + "}", args[i + 1]);
        }
        return text;
    }
}
