package dev.rtcdiag.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command; does nothing by itself but print usage. */
@Command(name = "rtcdiag",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads logs of real-time communication systems and says what failed, why, and what to do.",
        subcommands = {DiagnoseCommand.class, EventsCommand.class, ExplainCommand.class, CausesCommand.class, FormatsCommand.class,
            picocli.CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class})
final class RtcdiagCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Read by {@link Main} from the arguments (it must work even when the command line does not parse). */
    @picocli.CommandLine.Option(names = "--debug", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "On an internal error, print the stack trace (otherwise one line says what failed).")
    boolean debug;

    /** Read by {@link Main} before any logger exists. */
    @picocli.CommandLine.Option(names = {"-v", "--verbose"}, scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Say on stderr what the library notices: files skipped, limits that cut input, parser and rule faults "
                    + "(--debug adds how each input's format was chosen).")
    boolean verbose;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }
}
