package dev.rtcdiag.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rtcdiag.core.Redactor;
import dev.rtcdiag.parsers.InputFile;
import dev.rtcdiag.parsers.Inputs;
import dev.rtcdiag.parsers.ParsedInput;
import dev.rtcdiag.parsers.Parsers;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rtcdiag events PATH…}: the parsed, normalised events, one JSON object per line. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Print the parsed, normalised events, one JSON object per line, in input order.",
                "PATH may be a file, a directory (read recursively), a .gz file, or - for standard input."})
final class EventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Inputs.")
    List<String> paths;

    @Mixin
    InputOptions inputOptions;

    @Option(names = "--redact", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Hide passwords, digest responses and tokens (default: on; --no-redact shows them).")
    boolean redact;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs.Expansion expansion = InputArguments.expand(paths, inputOptions, err);
        expansion.problems().forEach(p -> err.println("rtcdiag: " + p.reason()));
        if (expansion.files().isEmpty()) {
            return ExitCodes.USAGE;
        }
        Parsers parsers = Parsers.discover();
        ParserConfig config = inputOptions.config();
        Redactor redactor = redact ? Redactor.standard() : Redactor.none();
        boolean anyRead = false;
        JsonFactory json = new JsonFactory();
        for (InputFile file : expansion.files()) {
            try (ParsedInput in = parsers.open(file, config, inputOptions.formatHint)) {
                anyRead = true;
                long n = 0;
                while (in.hasNext()) {
                    out.println(toJson(json, redactor.redact(in.next()))); // redacted once, before the writer sees it
                    // a reader that went away (| head -1) or a device that is full: stop reading, say so
                    if ((++n & 1023) == 0 && out.checkError()) {
                        err.println("rtcdiag: cannot write the events (closed pipe, full disk or device); stopped");
                        return ExitCodes.USAGE;
                    }
                }
                if (in.eventCount() == 0) {
                    err.println("rtcdiag: " + file.name() + ": no events (empty input)");
                }
            } catch (IOException e) {
                err.println("rtcdiag: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                err.println("rtcdiag: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        out.flush();
        if (out.checkError()) {
            err.println("rtcdiag: cannot write the events (closed pipe, full disk or device)");
            return ExitCodes.USAGE;
        }
        return anyRead && expansion.problems().isEmpty() ? ExitCodes.OK : ExitCodes.USAGE;
    }

    /** The event as one line of JSON, per docs/cli.md. */
    static String toJson(JsonFactory factory, LogEvent e) {
        java.io.StringWriter w = new java.io.StringWriter(256);
        try (JsonGenerator g = factory.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("path", e.position().source());
            g.writeNumberField("line", e.position().line());
            g.writeStringField("format", e.format());
            writeNullable(g, "time", e.time().isoOffset().orElse(null));
            g.writeStringField("timePrecision", e.time().precision().id());
            g.writeStringField("system", e.system().id());
            g.writeStringField("kind", e.kind().id());
            writeNullable(g, "code", e.code().map(c -> c.code()).orElse(null));
            writeNullable(g, "session", e.keys().isEmpty() ? null
                    : e.keys().entrySet().stream().map(k -> k.getKey() + "=" + k.getValue()).collect(Collectors.joining(" ")));
            writeNullable(g, "level", e.level() == dev.rtcdiag.parsers.spi.Level.UNSPECIFIED ? null : e.level().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("message", e.message());
            g.writeObjectFieldStart("attributes");
            e.malformedReason().ifPresent(r -> write(g, "malformed-reason", r.name()));
            for (Map.Entry<String, String> a : e.wireAttributes().entrySet()) {
                write(g, a.getKey(), a.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return w.toString();
    }

    private static void writeNullable(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }

    private static void write(JsonGenerator g, String name, String value) {
        try {
            g.writeStringField(name, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
