package dev.rtcdiag.parsers.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates {@code ../shared/conformance} (third-party data read in place, never copied into the
 * repository). A test that needs it and cannot find it is skipped with a message saying so.
 */
public final class Conformance {

    private Conformance() {
    }

    /** The conformance folder, if beside this checkout. */
    public static Optional<Path> find() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 6 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("conformance");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The conformance folder, or the test is skipped. */
    public static Path require() {
        Optional<Path> p = find();
        Assumptions.assumeTrue(p.isPresent(), "../shared/conformance is not beside this checkout; conformance tests skipped");
        return p.get();
    }

    /** Rows of an INDEX.tsv without its header row. */
    public static List<String[]> index(Path folder) {
        try {
            return Files.readAllLines(folder.resolve("INDEX.tsv"), StandardCharsets.UTF_8).stream()
                    .skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole file. */
    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits an RFC 3665 flow file at its {@code --- F<n> from -> to} separators. */
    public static List<String> flowMessages(Path file) {
        String text = new String(bytes(file), StandardCharsets.UTF_8);
        return Arrays.stream(text.split("(?m)^--- F\\d+ [^\\n]*\\n")).filter(s -> !s.isBlank()).toList();
    }
}
