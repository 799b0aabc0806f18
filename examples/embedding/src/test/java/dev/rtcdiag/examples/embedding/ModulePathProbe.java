package dev.rtcdiag.examples.embedding;

import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.core.KnowledgeBase;
import dev.rtcdiag.core.Diagnoser;
import dev.rtcdiag.core.report.ReportOptions;
import dev.rtcdiag.core.report.TextReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Run by {@link ModulePathTest} in a JVM with rtcdiag on the module path: prints a title and a text report. */
public final class ModulePathProbe {

    private ModulePathProbe() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("module: " + KnowledgeBase.class.getModule().getName());
        System.out.println("title: " + KnowledgeBase.standard().get("sip.auth-failed").title(Language.EN));
        PrintWriter out = new PrintWriter(System.out);
        TextReport.write(Diagnoser.builder().build().diagnose(List.of(Path.of(args[0]))), out, ReportOptions.defaults());
        out.flush();
    }
}
