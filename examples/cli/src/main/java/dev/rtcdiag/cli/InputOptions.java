package dev.rtcdiag.cli;

import dev.rtcdiag.parsers.spi.ParserConfig;
import java.time.LocalDate;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** Options shared by the commands that read inputs. */
final class InputOptions {

    @Option(names = "--format-hint", paramLabel = "ID", description = "Force a format instead of detecting it (see 'rtcdiag formats').")
    String formatHint;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Zone assumed for timestamps without one (default: UTC).")
    ZoneId zone;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Day assumed for logs that print only a time of day.")
    LocalDate date;

    @Option(names = "--max-line-length", paramLabel = "BYTES", description = "Longest line read in full (default: ${DEFAULT-VALUE}).", defaultValue = "65536")
    int maxLineLength;

    @Option(names = "--include", paramLabel = "GLOB", description = "In directories, read only files matching GLOB, relative to the directory "
            + "(repeatable; '**.log' matches at any depth).")
    java.util.List<String> include = new java.util.ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "In directories, skip files matching GLOB (repeatable).")
    java.util.List<String> exclude = new java.util.ArrayList<>();

    @Option(names = "--no-default-excludes", description = "Also read .git, .svn, .hg, target, node_modules, .gradle and .idea folders.")
    boolean noDefaultExcludes;

    /** Which files of a directory are read. */
    dev.rtcdiag.parsers.Inputs.Selection selection() {
        return new dev.rtcdiag.parsers.Inputs.Selection(include, exclude, !noDefaultExcludes);
    }

    ParserConfig config() {
        ParserConfig c = ParserConfig.defaults().withMaxLineLength(maxLineLength);
        if (zone != null) {
            c = c.withZone(zone);
        }
        if (date != null) {
            c = c.withDate(date);
        }
        return c;
    }
}
