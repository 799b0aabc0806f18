package dev.rtcdiag.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The {@code rtcdiag} command line. {@link #run(String[], PrintWriter, PrintWriter)} does the work and
 * returns the exit status, so tests can call it; {@link #main(String[])} is the only place that exits.
 */
public final class Main {

    private Main() {
    }

    /**
     * The library logs through SLF4J; here its simple backend writes to stderr: nothing by default (the
     * command says what matters itself), info and warnings with {@code --verbose}, and also debug (each
     * input's detected format) with {@code --debug}. Set before the first logger is made, which fixes
     * the level for the process; a level given with {@code -Dorg.slf4j.simpleLogger.defaultLogLevel} wins.
     */
    static void configureLogging(String[] args) {
        java.util.List<String> a = java.util.Arrays.asList(args);
        String level = a.contains("--debug") || System.getenv("RTCDIAG_DEBUG") != null ? "debug"
                : a.contains("--verbose") || a.contains("-v") ? "info" : "off";
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", level);
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
        setIfAbsent("org.slf4j.simpleLogger.levelInBrackets", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Runs the tool and exits with its status. Output is always UTF-8, whatever the platform default. */
    public static void main(String[] args) {
        // buffered, flushed by each command at its end: a flush per event line made `events` five times slower
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
                1 << 16), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs one command line.
     *
     * @return the exit status: 0 success, 1 findings at or above {@code --fail-on}, 2 usage error or unreadable input
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        configureLogging(args);
        if (args.length > 0 && args[0].equals("diagnose")) {
            // the rules and the knowledge base, built while picocli makes its model and reads the arguments
            WarmUp.start("rules", () -> {
                dev.rtcdiag.core.rules.RuleSet.standard();
                dev.rtcdiag.core.KnowledgeBase.standard();
            });
            // ICU's plural rules and number data, which every language's labels share (the text report is the
            // default output); the chosen language's own labels are prepared once the arguments are parsed
            WarmUp.start("labels", () -> dev.rtcdiag.core.report.TextReport.prepare(dev.rtcdiag.core.report.ReportOptions.defaults()));
        }
        CommandLine cl = RtcdiagCommand.commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        boolean debug = java.util.Arrays.asList(args).contains("--debug") || System.getenv("RTCDIAG_DEBUG") != null;
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("rtcdiag: " + ex.getMessage());
            if (debug) {
                ex.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.USAGE;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("rtcdiag: " + ex.getMessage());
            // "did you mean": picocli's own suggestions for a mistyped subcommand or option
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.USAGE;
        });
        int status;
        try {
            status = cl.execute(args);
        } catch (Throwable t) { // NOPMD: whatever escapes the library, the contract is exit 2 with a reason, never 1 (findings)
            err.println("rtcdiag: internal error: " + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage())
                    + (debug ? "" : " (--debug prints the stack trace)"));
            if (debug) {
                t.printStackTrace(err);
            }
            status = ExitCodes.USAGE;
        }
        out.flush();
        err.flush();
        return status;
    }
}
