package dev.rtcdiag.parsers;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One input to read: a file found under the paths the user gave, or standard input.
 *
 * @param name the display name used in positions and reports (the path as given, {@code "-"} for stdin)
 * @param path the file, or {@code null} for standard input
 */
public record InputFile(String name, Path path) {

    /** Validates the name. */
    public InputFile {
        Objects.requireNonNull(name, "name");
    }

    /** Standard input. */
    public static InputFile stdin() {
        return new InputFile("-", null);
    }

    /** The file, unless this is standard input. */
    public Optional<Path> file() {
        return Optional.ofNullable(path);
    }

    /** Whether this is standard input. */
    public boolean isStdin() {
        return path == null;
    }
}
