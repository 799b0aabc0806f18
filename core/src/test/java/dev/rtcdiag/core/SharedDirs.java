package dev.rtcdiag.core;

import dev.rtcdiag.junit.TestData;
import java.nio.file.Path;

/** The test data of {@link TestData}, by the names this module's tests use. */
final class SharedDirs {

    private SharedDirs() {
    }

    /** The checkout's {@code testdata/conformance}. */
    static Path conformance() {
        return TestData.conformance();
    }

    /** A conformance file from the checkout, else from the external corpus, else the test is skipped. */
    static Path conformanceFile(String relative) {
        return TestData.conformanceFile(relative);
    }

    /** A folder of the external corpus, or the test is skipped with the reason. */
    static Path find(String name) {
        return TestData.external(name);
    }
}
