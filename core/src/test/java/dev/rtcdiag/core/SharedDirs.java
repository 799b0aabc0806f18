package dev.rtcdiag.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Test data: the checkout's {@code testdata/conformance}, and the external corpus for what has no
 * licence to be copied into the repository ({@code $RTCDIAG_CORPUS/<name>}, or {@code ../shared/<name>}
 * beside the checkout). A test that needs the external corpus and cannot find it is skipped, saying why.
 */
final class SharedDirs {

    private SharedDirs() {
    }

    /** The checkout's {@code testdata/conformance}. */
    static Path conformance() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 6 && dir != null; i++, dir = dir.getParent()) {
            Path c = dir.resolve("testdata").resolve("conformance");
            if (Files.isDirectory(c.resolve("rfc4475"))) {
                return c;
            }
        }
        throw new IllegalStateException("testdata/conformance is missing from this checkout");
    }

    /** A conformance file from the checkout, else from the external corpus, else the test is skipped. */
    static Path conformanceFile(String relative) {
        Path inRepo = conformance().resolve(relative);
        if (Files.exists(inRepo)) {
            return inRepo;
        }
        return find("conformance").resolve(relative);
    }

    /** A folder of the external corpus, or the test is skipped with the reason. */
    static Path find(String name) {
        Optional<Path> p = external(name);
        Assumptions.assumeTrue(p.isPresent(), () -> name + "/: third-party material without a licence to copy it into the repository; "
                + "set RTCDIAG_CORPUS to a folder holding " + name + "/ to run this test");
        return p.get();
    }

    static Optional<Path> external(String name) {
        String env = System.getenv("RTCDIAG_CORPUS");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env).resolve(name);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 6 && dir != null; i++, dir = dir.getParent()) {
            Path c = dir.resolveSibling("shared").resolve(name);
            if (Files.isDirectory(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
