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
 * The conformance data: {@code testdata/conformance} in this checkout (RFC 4475, RFC 3665, the MIT
 * captures of pkts; provenance in its README), and the few third-party files without a licence to
 * redistribute, which are read from an external corpus when there is one ({@link #file}) and otherwise
 * skip their test with the reason.
 */
public final class Conformance {

    private Conformance() {
    }

    /** The checkout's {@code testdata/conformance}. */
    public static Path require() {
        return dev.rtcdiag.junit.TestData.conformance();
    }

    /** A conformance file: from the checkout, else from the external corpus, else the test is skipped, saying why. */
    public static Path file(String relative) {
        return dev.rtcdiag.junit.TestData.conformanceFile(relative);
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
