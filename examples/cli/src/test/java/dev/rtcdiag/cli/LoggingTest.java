package dev.rtcdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library's SLF4J messages reach stderr through the CLI's simple backend only when asked: nothing by
 * default, skips and limits with {@code --verbose}, each input's detected format with {@code --debug}.
 * Each case runs in its own JVM, because the backend reads its level once per process.
 */
class LoggingTest {

    private static String stderrOf(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.rtcdiag.cli.Main"));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    @Test
    void quietByDefaultVerboseAndDebugOnRequest(@TempDir Path dir) throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.copy(Path.of("../logs/sip/sipp-busy.log"), logs.resolve("sipp-busy.log"));
        Files.write(logs.resolve("core.bin"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0});
        Path gz = logs.resolve("cut.log.gz");
        byte[] whole;
        try (var b = new java.io.ByteArrayOutputStream(); var z = new java.util.zip.GZIPOutputStream(b)) {
            z.write(Files.readAllBytes(Path.of("../logs/sip/sipp-busy.log")));
            z.finish();
            whole = b.toByteArray();
        }
        Files.write(gz, java.util.Arrays.copyOf(whole, whole.length / 2)); // damaged: cut in the middle

        String quiet = stderrOf(dir, "diagnose", logs.toString());
        assertThat(quiet).doesNotContain("[INFO]").doesNotContain("[WARN]").doesNotContain("[DEBUG]");

        String verbose = stderrOf(dir, "diagnose", "--verbose", logs.toString());
        assertThat(verbose).contains("[INFO] Inputs - skipped " + logs.resolve("core.bin") + " (binary)")
                .contains("[WARN] Parsers - " + gz + ": compressed input is cut off").doesNotContain("[DEBUG]");

        String debug = stderrOf(dir, "diagnose", "--debug", logs.toString());
        assertThat(debug).contains("[DEBUG] Parsers - " + logs.resolve("sipp-busy.log") + ": format sip.sipp-trace");
    }
}
