package dev.rtcdiag.cli;

import dev.rtcdiag.parsers.spi.LogFormatProvider;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rtcdiag formats}: the installed log formats and how each is detected. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "List the log formats the tool recognises and how each is detected.")
final class FormatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<LogFormatProvider> providers = StreamSupport.stream(ServiceLoader.load(LogFormatProvider.class).spliterator(), false)
                .sorted(Comparator.comparing(LogFormatProvider::id))
                .collect(Collectors.toList());
        if (providers.isEmpty()) {
            out.println(CliTexts.get(dev.rtcdiag.catalog.Language.EN, "formats.none"));
            return ExitCodes.OK;
        }
        out.println(CliTexts.get(dev.rtcdiag.catalog.Language.EN, "formats.header"));
        int width = providers.stream().mapToInt(p -> p.id().length()).max().orElse(10);
        for (LogFormatProvider p : providers) {
            out.printf("  %-" + width + "s  %s%n", p.id(), p.description());
            out.printf("  %-" + width + "s  detected by: %s%n", "", p.detectionSummary());
        }
        return ExitCodes.OK;
    }
}
