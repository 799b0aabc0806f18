package dev.rtcdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during a run writes what was diagnosed so far, marked partial, and an {@code -o} file is
 * whole. The CLI runs in its own JVM reading a pipe that the test feeds: a failing call, blank lines past
 * what format detection reads, then a blank line every 50 ms, as a live log would; SIGINT arrives in the middle. Before, the JVM ended at once
 * and left no report.
 */
@EnabledOnOs(OS.LINUX)
class InterruptTest {

    @Test
    void sigintWritesThePartialReport(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("live.log");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path report = dir.resolve("report.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process cli = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.rtcdiag.cli.Main",
                "diagnose", "--output-format", "json", "-o", report.toString(), fifo.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("console.txt").toFile()).start();
        AtomicBoolean feeding = new AtomicBoolean(true);
        Thread feeder = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(Files.readAllBytes(Path.of("../logs/sip/sipp-busy.log")));
                out.write("\n".repeat(70_000).getBytes(StandardCharsets.US_ASCII)); // past what format detection looks at
                out.flush();
                while (feeding.get()) {
                    out.write("\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(50);
                }
            } catch (Exception e) {
                // the reader went away: the run ended
            }
        });
        feeder.start();
        Thread.sleep(3_000); // the JVM starts and reads the call
        assertThat(cli.isAlive()).as("still reading the live log").isTrue();
        assertThat(new ProcessBuilder("kill", "-INT", Long.toString(cli.pid())).start().waitFor()).isZero();
        boolean ended = cli.waitFor(30, TimeUnit.SECONDS);
        feeding.set(false);
        feeder.join(5_000);
        assertThat(ended).as("the run ends after SIGINT").isTrue();
        assertThat(cli.exitValue()).as(Files.readString(dir.resolve("console.txt"))).isEqualTo(130);
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("partial").asText()).startsWith("cancelled");
        assertThat(json.get("findings").findValuesAsText("cause")).contains("sip.callee-busy");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
