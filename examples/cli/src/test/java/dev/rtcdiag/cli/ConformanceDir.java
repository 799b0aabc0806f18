package dev.rtcdiag.cli;

import java.nio.file.Path;

/** The checkout's {@code testdata/conformance} (RFC 4475, RFC 3665 and the pkts captures; provenance in its README). */
final class ConformanceDir {

    private ConformanceDir() {
    }

    static Path require() {
        return dev.rtcdiag.junit.TestData.conformance();
    }
}
