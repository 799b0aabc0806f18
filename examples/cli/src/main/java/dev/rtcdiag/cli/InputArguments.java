package dev.rtcdiag.cli;

import dev.rtcdiag.core.report.TerminalText;
import dev.rtcdiag.parsers.Inputs;
import java.io.PrintWriter;
import java.util.List;

/**
 * The command line's PATH arguments as the library's inputs: {@code -} is standard input, a directory
 * is walked once with the {@code --include}/{@code --exclude} selection, and what the walk left out is
 * said on stderr (a few names and how many). Parsing arguments is the CLI's business; the library takes
 * the resulting {@link Inputs.Expansion} or plain paths.
 */
final class InputArguments {

    private InputArguments() {
    }

    static Inputs.Expansion expand(List<String> arguments, InputOptions options, PrintWriter err) {
        Inputs.Expansion x = Inputs.expand(arguments, options.selection());
        List<String> skipped = x.skipped();
        if (!skipped.isEmpty()) {
            err.println("rtcdiag: skipped " + skipped.size() + " path(s) in directories (binaries, --include/--exclude, default excludes): "
                    + TerminalText.safe(String.join(", ", skipped.subList(0, Math.min(5, skipped.size())))) + (skipped.size() > 5 ? ", …" : ""));
        }
        return x;
    }
}
