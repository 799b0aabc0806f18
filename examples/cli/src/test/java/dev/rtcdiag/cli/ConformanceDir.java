package dev.rtcdiag.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Finds ../shared/conformance beside the checkout; tests that need it are skipped, with a message, without it. */
final class ConformanceDir {

    private ConformanceDir() {
    }

    static Path require() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 6 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("conformance");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        Assumptions.abort("../shared/conformance is not beside this checkout");
        return null;
    }
}
