package dev.rtcdiag.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.core.Cause;
import dev.rtcdiag.core.KnowledgeBase;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rtcdiag causes}: list or search the knowledge base. */
@Command(name = "causes", mixinStandardHelpOptions = true,
        description = "List or search the knowledge base of causes (search matches every language).")
final class CausesCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--system", paramLabel = "S", description = "Only causes of one system (as the ids begin: sip, webrtc, bbb, webex, broadworks, bitrix, wcs).")
    String system;

    @Option(names = "--search", paramLabel = "WORDS", description = "Only causes whose id or texts contain every word (any language).")
    String search;

    @Option(names = "--lang", paramLabel = "L", converter = LanguageConverter.class, defaultValue = "en",
            description = "Language of the texts: en, fa, ru, tr (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Option(names = {"--output-format", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}); --format is the older name.")
    Format format;

    @Override
    public Integer call() throws IOException {
        KnowledgeBase kb = KnowledgeBase.standard();
        if (system != null && kb.bySystem(system).isEmpty()) {
            spec.commandLine().getErr().println("rtcdiag: unknown system '" + system + "' (" + String.join(", ",
                    kb.causes().stream().map(Cause::system).distinct().toList()) + ")");
            return ExitCodes.USAGE;
        }
        List<Cause> causes = search == null ? kb.bySystem(system) : kb.search(search);
        if (system != null) {
            causes = causes.stream().filter(c -> c.system().equalsIgnoreCase(system.strip())).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartArray();
                for (Cause c : causes) {
                    g.writeStartObject();
                    g.writeStringField("id", c.id());
                    g.writeStringField("severity", c.severity().id());
                    g.writeStringField("title", c.title(lang));
                    g.writeStringField("explanation", c.explanation(lang));
                    g.writeStringField("remedy", c.remedy(lang));
                    g.writeStringField("source", c.source());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            out.println();
        } else {
            for (Cause c : causes) {
                out.printf("%-36s %-8s %s%n", c.id(), c.severity().id(), c.title(lang));
            }
        }
        out.flush();
        return causes.isEmpty() && (search != null || system != null) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
