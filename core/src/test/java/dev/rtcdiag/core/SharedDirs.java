package dev.rtcdiag.core;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The third-party material beside this checkout ({@code ../shared/<name>}), read in place; tests that need it are skipped without it. */
final class SharedDirs {

    private SharedDirs() {
    }

    static Path find(String name) {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 6 && dir != null; i++, dir = dir.getParent()) {
            Path c = dir.resolveSibling("shared").resolve(name);
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        Assumptions.abort("../shared/" + name + " is not beside this checkout");
        return null;
    }
}
