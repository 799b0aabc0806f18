package dev.rtcdiag.cli;

import dev.rtcdiag.catalog.Catalog;
import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.CodeSystem;
import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.catalog.sip.Q850Cause;
import dev.rtcdiag.catalog.sip.SipQ850Mapping;
import dev.rtcdiag.catalog.sip.SipStatus;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rtcdiag explain SYSTEM CODE [--lang L]}: looks a code up in the catalog. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Look a code up in the catalog, e.g. 'explain sip 486', 'explain bbb 1007',",
                "'explain wcs \"Failed by ICE timeout\"', 'explain bitrix 603-S --lang ru', 'explain cause sip.auth-failed'.",
                "Systems: sip, q850, freeswitch, stun, websocket, webrtc, bbb, webex, broadworks, bitrix, voximplant, wcs."})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYSTEM", description = "The code's system.")
    String system;

    @Parameters(index = "1", paramLabel = "CODE", arity = "1..*", description = "The code (several words are joined with spaces).")
    List<String> code;

    @Option(names = "--lang", paramLabel = "L", converter = LanguageConverter.class, defaultValue = "en",
            description = "Language of the explanation: en, fa, ru, tr (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text = String.join(" ", code);
        if (system.equalsIgnoreCase("cause")) {
            return explainCause(out, err, text);
        }
        CodeSystem sys = CodeSystem.find(system).orElse(null);
        if (sys == null) {
            err.println("rtcdiag: " + CliTexts.get(lang, "error.unknownSystem", "system", system, "systems",
                    Arrays.stream(CodeSystem.values()).map(CodeSystem::id).collect(Collectors.joining(", "))));
            return ExitCodes.USAGE;
        }
        List<CatalogCode> listed = Catalog.lookup(sys, text);
        if (listed.isEmpty()) {
            CatalogCode fallback = Catalog.of(sys, text);
            if (!fallback.isInterpretable()) {
                err.println("rtcdiag: " + CliTexts.get(lang, "error.unknownCode", "code", text, "system", sys.id()));
                return ExitCodes.USAGE;
            }
            print(out, fallback);
            return ExitCodes.OK;
        }
        if (listed.size() > 1) {
            out.println(CliTexts.get(lang, "label.meanings", "n", Integer.toString(listed.size())));
            out.println();
        }
        for (int i = 0; i < listed.size(); i++) {
            if (i > 0) {
                out.println();
            }
            print(out, listed.get(i));
        }
        return ExitCodes.OK;
    }

    private int explainCause(PrintWriter out, PrintWriter err, String id) {
        var cause = dev.rtcdiag.core.KnowledgeBase.standard().find(id);
        if (cause.isEmpty()) {
            err.println("rtcdiag: unknown cause id '" + id + "' (see 'rtcdiag causes')");
            return ExitCodes.USAGE;
        }
        var c = cause.get();
        out.println(c.id() + " — " + c.title(lang) + " (" + CliTexts.get(lang, "severity." + c.severity().id()) + ")");
        out.println("  " + c.explanation(lang));
        out.println("  → " + c.remedy(lang));
        if (!c.nextSteps().isEmpty()) {
            out.println("  " + CliTexts.get(lang, "label.next") + ": " + String.join(", ", c.nextSteps()));
        }
        out.println("  " + CliTexts.get(lang, "label.source") + ": " + c.source());
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, CatalogCode c) {
        out.println(c.system().id() + " " + c.code() + " — " + c.title(lang.locale()));
        if (!c.isKnown()) {
            out.println("  (" + CliTexts.get(lang, "label.unknown") + ")");
        }
        String description = c.description(lang.locale());
        if (!description.isBlank()) {
            out.println("  " + description);
        }
        if (c instanceof SipStatus s) {
            out.println("  " + CliTexts.get(lang, "label.class") + ": " + s.statusClass().label() + " " + s.statusClass().displayName());
            out.println("  " + CliTexts.get(lang, "label.registered") + ": " + CliTexts.get(lang, s.isRegistered() ? "yes" : "no"));
            if (!s.isKnown() && s.treatedAs() != s) {
                out.println("  " + CliTexts.get(lang, "label.treatedAs") + ": " + s.treatedAs().value() + " " + s.treatedAs().reasonPhrase());
            }
            SipQ850Mapping.toQ850(s).ifPresent(q -> out.println("  " + CliTexts.get(lang, "label.q850") + ": " + q.value() + " " + q.text()));
        } else if (c instanceof Q850Cause q) {
            out.println("  " + CliTexts.get(lang, "label.class") + ": " + q.causeClass().displayName());
            q.toSipStatus().ifPresent(s -> out.println("  " + CliTexts.get(lang, "label.sip") + ": " + s.value() + " " + s.reasonPhrase()));
        } else {
            out.println("  " + CliTexts.get(lang, "label.category") + ": " + c.category());
        }
        out.println("  " + CliTexts.get(lang, "label.source") + ": " + c.source());
    }
}
