package dev.rtcdiag.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's {@code testdata/conformance} (RFC 4475, RFC 3665 and the pkts captures; provenance in its README). */
final class ConformanceDir {

    private ConformanceDir() {
    }

    static Path require() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 6 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("testdata").resolve("conformance");
            if (Files.isDirectory(candidate.resolve("rfc4475"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("testdata/conformance is missing from this checkout");
    }
}
