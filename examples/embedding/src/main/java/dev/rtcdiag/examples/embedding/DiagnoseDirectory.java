package dev.rtcdiag.examples.embedding;

import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.core.Diagnoser;
import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Evidence;
import dev.rtcdiag.core.Finding;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Embedding rtcdiag in a Java application: diagnose every log below a directory and print each
 * finding with its remedy and evidence. Run it with
 * {@code java -cp … dev.rtcdiag.examples.embedding.DiagnoseDirectory examples/logs/bbb}.
 */
public final class DiagnoseDirectory {

    private DiagnoseDirectory() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/logs");
        print(Diagnoser.builder().build().diagnose(List.of(dir)), Language.EN, System.out);
    }

    /** The findings, one block each; what an application would show its support staff. */
    static void print(Diagnosis d, Language lang, PrintStream out) {
        out.printf("%d findings in %d sessions%n", d.findings().size(), d.sessions().size());
        for (Finding f : d.findings()) {
            out.printf("%s %s: %s%n  what to do: %s%n", f.severity().id().toUpperCase(java.util.Locale.ROOT), f.causeId(),
                    f.cause().title(lang), f.cause().remedy(lang));
            for (Evidence e : f.evidence()) {
                out.printf("  %s:%d  %s%n", e.position().source(), e.position().line(), e.text());
            }
        }
    }
}
