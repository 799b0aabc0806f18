package dev.rtcdiag.junit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests find third-party data: the checkout's {@code testdata/conformance} (RFC 4475, RFC 3665,
 * the MIT captures of pkts; provenance in its README), and the external corpus for material without a
 * licence to copy it into the repository: {@code $RTCDIAG_CORPUS/<name>}, or {@code ../shared/<name>}
 * beside the checkout. A test that needs the external corpus and cannot find it is skipped with the
 * reason, which {@link SkipReasons} repeats at the end of the module's tests.
 */
public final class TestData {

    private TestData() {
    }

    /** The checkout's {@code testdata/conformance}, found from any module's folder. */
    public static Path conformance() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 6 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("testdata").resolve("conformance");
            if (Files.isDirectory(candidate.resolve("rfc4475"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("testdata/conformance is missing from this checkout");
    }

    /** A conformance file from the checkout, else from the external corpus, else the test is skipped, saying why. */
    public static Path conformanceFile(String relative) {
        Path inRepo = conformance().resolve(relative);
        return Files.exists(inRepo) ? inRepo : external("conformance").resolve(relative);
    }

    /** A folder of the external corpus, or the test is skipped, saying why. */
    public static Path external(String name) {
        Optional<Path> p = findExternal(name);
        Assumptions.assumeTrue(p.isPresent(), () -> name + "/ is kept outside the repository (third-party material we have no licence to copy, or external inputs); "
                + "set RTCDIAG_CORPUS to a folder holding " + name + "/ to run this test");
        return p.get();
    }

    /** A folder of the external corpus, if there is one. */
    public static Optional<Path> findExternal(String name) {
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
}
