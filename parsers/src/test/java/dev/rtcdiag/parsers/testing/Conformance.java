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
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 6 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("testdata").resolve("conformance");
            if (Files.isDirectory(candidate.resolve("rfc4475"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("testdata/conformance is missing from this checkout");
    }

    /**
     * A conformance file: from the checkout, else from the external corpus ({@code RTCDIAG_CORPUS}, or
     * {@code ../shared} beside the checkout), else the test is skipped, saying why.
     */
    public static Path file(String relative) {
        Path inRepo = require().resolve(relative);
        if (Files.exists(inRepo)) {
            return inRepo;
        }
        Optional<Path> external = external("conformance").map(d -> d.resolve(relative)).filter(Files::exists);
        Assumptions.assumeTrue(external.isPresent(), () -> "conformance/" + relative + " is third-party data without a licence to "
                + "redistribute, so it is not in the repository; set RTCDIAG_CORPUS to a folder holding conformance/ and realworld/ to run this test");
        return external.get();
    }

    /** A folder of the external corpus: {@code $RTCDIAG_CORPUS/<name>}, or {@code ../shared/<name>} beside the checkout. */
    public static Optional<Path> external(String name) {
        String env = System.getenv("RTCDIAG_CORPUS");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env).resolve(name);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 6 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve(name);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
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
