package dev.rtcdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The command line models only the subcommand it is given first (picocli's model of all seven took longer
 * than diagnosing a one-message log), and that must not change what any command says or does.
 */
class SubcommandModelTest {

    private static final List<String> ALL = List.of("diagnose", "events", "explain", "causes", "formats", "help", "generate-completion");

    @Test
    void aNamedSubcommandIsTheOnlyOneModelled() {
        assertThat(RtcdiagCommand.commandLine(new String[] {"diagnose", "x.log"}).getSubcommands()).containsOnlyKeys("diagnose");
        assertThat(RtcdiagCommand.commandLine(new String[] {"formats"}).getSubcommands()).containsOnlyKeys("formats");
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "generate-completion", "--help", "diagnos", "-v"})
    void anythingElseGetsEverySubcommandInHelpOrder(String first) {
        assertThat(RtcdiagCommand.commandLine(new String[] {first}).getSubcommands().keySet()).containsExactlyElementsOf(ALL);
        assertThat(RtcdiagCommand.commandLine(new String[0]).getSubcommands().keySet()).containsExactlyElementsOf(ALL);
    }

    /** Each subcommand's help, as printed from a command line with every subcommand and with it alone. */
    @ParameterizedTest
    @ValueSource(strings = {"diagnose", "events", "explain", "causes", "formats"})
    void aSubcommandAloneHasTheSameOptionsAndHelp(String name) {
        CommandLine everything = RtcdiagCommand.commandLine(new String[] {"help"});
        CommandLine alone = RtcdiagCommand.commandLine(new String[] {name});
        assertThat(usage(alone.getSubcommands().get(name))).isEqualTo(usage(everything.getSubcommands().get(name)));
        // the inherited --debug and --verbose reach it either way
        assertThat(alone.getSubcommands().get(name).getCommandSpec().findOption("--debug")).isNotNull();
        assertThat(alone.getSubcommands().get(name).getCommandSpec().findOption("--verbose")).isNotNull();
    }

    @Test
    void helpOfASubcommandAndSuggestionsStillKnowEveryCommand() {
        assertThat(CliRunner.run("help", "diagnose").out()).startsWith("Usage: rtcdiag diagnose");
        CliRunner typo = CliRunner.run("diagnos", "x.log");
        assertThat(typo.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.err()).contains("Did you mean: rtcdiag diagnose?");
        assertThat(CliRunner.run("diagnose", "--bogus").err()).contains("Try 'rtcdiag diagnose --help'.");
    }

    private static String usage(CommandLine c) {
        StringWriter w = new StringWriter();
        c.usage(new PrintWriter(w));
        return w.toString();
    }
}
