package dev.rtcdiag.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level command; does nothing by itself but print usage. Its subcommands are added by
 * {@link #commandLine(String[])}, not named in the annotation: picocli builds the model of every
 * subcommand it is given, by reflection, and for a one-message input that took longer than the diagnosis.
 */
@Command(name = "rtcdiag",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads logs of real-time communication systems and says what failed, why, and what to do.")
final class RtcdiagCommand implements java.util.concurrent.Callable<Integer> {

    /** The subcommands, in the order help lists them. */
    private static final java.util.List<java.util.function.Supplier<Object>> SUBCOMMANDS = java.util.List.of(DiagnoseCommand::new,
            EventsCommand::new, ExplainCommand::new, CausesCommand::new, FormatsCommand::new, picocli.CommandLine.HelpCommand::new,
            picocli.AutoComplete.GenerateCompletion::new);

    /** The names of the subcommands that need no other: given first, only that one is modelled. */
    private static final java.util.Map<String, java.util.function.Supplier<Object>> SELF_CONTAINED = java.util.Map.of(
            "diagnose", DiagnoseCommand::new, "events", EventsCommand::new, "explain", ExplainCommand::new,
            "causes", CausesCommand::new, "formats", FormatsCommand::new);

    /**
     * The command line for these arguments: when the first names a subcommand that needs no other, only
     * that one is added, which parses and runs exactly as with all of them; anything else (help, completion,
     * a mistyped name that gets suggestions, no subcommand) gets every subcommand.
     */
    static picocli.CommandLine commandLine(String[] args) {
        picocli.CommandLine cl = new picocli.CommandLine(new RtcdiagCommand());
        var only = args.length > 0 ? SELF_CONTAINED.get(args[0]) : null;
        if (only != null) {
            cl.addSubcommand(only.get());
        } else {
            SUBCOMMANDS.forEach(s -> cl.addSubcommand(s.get()));
        }
        return cl;
    }

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
