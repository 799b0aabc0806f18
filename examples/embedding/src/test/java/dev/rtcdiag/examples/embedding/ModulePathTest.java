package dev.rtcdiag.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A modular application's view: catalog, parsers and core (and their dependencies) on the module path,
 * as {@code requires dev.rtcdiag.core} gives them. The texts of core's knowledge base and report labels
 * must be read there too; before, every title printed as its key ({@code sip.auth-failed.title}),
 * because the catalog's text loader asked for another module's encapsulated resources. The rest of the
 * suite runs on the class path, where that cannot be seen.
 */
class ModulePathTest {

    @Test
    void textsAreReadOnTheModulePath() throws Exception {
        List<String> modulePath = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            if (entry.contains("catalog") || entry.contains("parsers") || entry.contains("rtcdiag-core") || entry.contains("core" + File.separator + "target")
                    || name.startsWith("jackson-") || name.startsWith("slf4j-api") || name.startsWith("guava-") || name.startsWith("failureaccess-") || name.startsWith("icu4j-")) {
                modulePath.add(entry);
            } else if (entry.contains("test-classes")) {
                classPath.add(entry);
            }
        }
        assertThat(modulePath).as("rtcdiag's modules").hasSizeGreaterThanOrEqualTo(4);
        Process p = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(),
                "--module-path", String.join(File.pathSeparator, modulePath), "--add-modules", "dev.rtcdiag.core",
                "-cp", String.join(File.pathSeparator, classPath), ModulePathProbe.class.getName(), "../logs/sip/asterisk-wrong-password.log")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("module: dev.rtcdiag.core").as(out).doesNotContain("sip.auth-failed.title").doesNotContain(".explanation")
                .contains("title: Authentication failed: wrong SIP username or password");
    }
}
