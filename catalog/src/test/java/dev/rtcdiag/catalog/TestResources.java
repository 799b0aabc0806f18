package dev.rtcdiag.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Helpers to read the tab-separated test tables and to find the external corpus of source documents. */
final class TestResources {

    private TestResources() {
    }

    /** Rows of a tab-separated resource next to this class, without comment and blank lines. */
    static List<String[]> table(String name) {
        try (InputStream in = TestResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n"))
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The external corpus ({@code $RTCDIAG_CORPUS}, or {@code ../shared} beside the checkout) when it holds the source documents. */
    static Optional<Path> shared() {
        String env = System.getenv("RTCDIAG_CORPUS");
        if (env != null && !env.isBlank()) {
            return Files.isDirectory(Path.of(env).resolve("seeds")) ? Optional.of(Path.of(env)) : Optional.empty();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("seeds"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
