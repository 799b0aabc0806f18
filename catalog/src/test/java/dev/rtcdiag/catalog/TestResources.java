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

    /** The external corpus's folder of source documents, if present. */
    static Optional<Path> seeds() {
        return dev.rtcdiag.junit.TestData.findExternal("seeds");
    }
}
