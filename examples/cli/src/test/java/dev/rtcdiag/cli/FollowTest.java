package dev.rtcdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diagnose --follow}: a live log that another thread appends to and rotates (renamed away and
 * recreated, as logrotate does, then truncated in place, as copytruncate does), each finding printed when
 * its session closes, and Ctrl-C ending the run with a summary.
 */
class FollowTest {

    /** The SIPp busy call, made a different call at a different time: call {@code n} starts n×10 minutes later. */
    static String call(int n) throws IOException {
        String busy = Files.readString(Path.of("../logs/sip/sipp-busy.log"));
        return busy.replace("1-4711@", n + "-4711@").replace("10:15:", "1" + n + ":15:");
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String waitFor(Path file, String text, long atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String now = Files.exists(file) ? Files.readString(file) : "";
            if (now.split(java.util.regex.Pattern.quote(text), -1).length - 1 >= atLeast) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("'" + text + "' not seen " + atLeast + " times in " + (Files.exists(file) ? Files.readString(file) : "(nothing)"));
    }

    @Test
    void theFollowedFileReadsThroughRenamesAndTruncations(@TempDir Path dir) throws Exception {
        Path live = dir.resolve("live.log");
        append(live, "one\n");
        AtomicBoolean stop = new AtomicBoolean();
        StringBuilder read = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (FollowedFile in = new FollowedFile(live, Duration.ofMillis(20), stop::get)) {
                byte[] buf = new byte[64];
                int n;
                while ((n = in.read(buf, 0, buf.length)) >= 0) {
                    synchronized (read) {
                        read.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    }
                }
                synchronized (read) {
                    read.append("[end after ").append(in.rotations()).append(" rotations]");
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        reader.start();
        Thread.sleep(200);
        append(live, "two\n");
        Thread.sleep(200);
        Files.move(live, dir.resolve("live.log.1")); // logrotate: rename, then a new file
        append(dir.resolve("live.log.1"), "three (written to the old file after the rename)\n");
        Thread.sleep(100);
        append(live, "four\n");
        Thread.sleep(300);
        Files.writeString(live, ""); // copytruncate: the same file, emptied, then written again
        Thread.sleep(300);
        append(live, "five\n");
        Thread.sleep(300);
        stop.set(true);
        reader.join(5_000);
        assertThat(reader.isAlive()).isFalse();
        assertThat(read.toString()).isEqualTo("one\ntwo\nthree (written to the old file after the rename)\nfour\nfive\n[end after 2 rotations]");
    }

    /** The CLI in its own JVM, stopped with SIGINT as a user would. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void findingsArePrintedAsSessionsCloseAndCtrlCPrintsTheSummary(@TempDir Path dir) throws Exception {
        Path live = dir.resolve("live.log");
        append(live, call(1));
        Path console = dir.resolve("out.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process cli = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.rtcdiag.cli.Main",
                "diagnose", "--follow", "--idle-timeout", "PT1M", live.toString())
                .redirectOutput(console.toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        try {
            waitFor(dir.resolve("err.txt"), "following", 1);
            append(live, call(2)); // ten minutes later in log time: call 1 goes idle and is judged
            waitFor(console, "sip.callee-busy", 1);
            Files.move(live, dir.resolve("live.log.1"));
            append(live, call(3)); // the rotated file's successor: call 2 closes
            String before = waitFor(console, "sip.callee-busy", 2);
            assertThat(before).contains("[call-id=1-4711@192.0.2.20]").contains("[call-id=2-4711@192.0.2.20]").doesNotContain("followed");
            assertThat(cli.isAlive()).isTrue();

            assertThat(new ProcessBuilder("kill", "-INT", Long.toString(cli.pid())).start().waitFor()).isZero();
            assertThat(cli.waitFor(30, TimeUnit.SECONDS)).as("ends after SIGINT").isTrue();
            String all = Files.readString(console);
            assertThat(all).as("call 3 closes at the end").contains("[call-id=3-4711@192.0.2.20]");
            assertThat(all).contains("followed 1 file(s), 1 rotation(s)").contains("3 finding(s) (0 error, 0 warning, 3 info)")
                    .contains("  sip.callee-busy: 3");
            assertThat(all.indexOf("followed")).as("the summary comes last").isGreaterThan(all.lastIndexOf("sip.callee-busy Callee busy"));
        } finally {
            cli.destroyForcibly();
        }
    }

    @Test
    void followTakesFilesAndPrintsToStandardOutputOnly(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        assertThat(Main.run(new String[] {"diagnose", "--follow", dir.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err)))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("not the directory");
        CliRunner r = CliRunner.run("diagnose", "--follow", "-o", dir.resolve("r.json").toString(), "x.log");
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("takes no -o");
    }

    /** As JSON lines: one object per finding, then one summary object that counts them. */
    @Test
    void jsonLinesEndWithASummaryThatCountsTheFindings(@TempDir Path dir) throws Exception {
        Path live = dir.resolve("live.log");
        append(live, call(1) + call(2));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Follow follow = new Follow(List.of(live), b -> b.idleTimeout(Duration.ofMinutes(1)), dev.rtcdiag.parsers.spi.ParserConfig.defaults(), null,
                true, dev.rtcdiag.core.report.ReportOptions.defaults(), new PrintWriter(out), new PrintWriter(err), () -> true);
        assertThat(follow.run(dev.rtcdiag.core.Severity.INFO)).as("info findings reach an info bar").isTrue();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(json.readTree(lines.get(0)).get("cause").asText()).isEqualTo("sip.callee-busy");
        com.fasterxml.jackson.databind.JsonNode summary = json.readTree(lines.get(2)).get("summary");
        assertThat(summary.get("findings").asInt()).isEqualTo(2);
        assertThat(summary.get("info").asInt()).isEqualTo(2);
        assertThat(summary.at("/causes/sip.callee-busy").asInt()).isEqualTo(2);
        Follow quiet = new Follow(List.of(live), b -> b, dev.rtcdiag.parsers.spi.ParserConfig.defaults(), null, true,
                dev.rtcdiag.core.report.ReportOptions.defaults(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), () -> true);
        assertThat(quiet.run(dev.rtcdiag.core.Severity.ERROR)).as("no error among them").isFalse();
    }
}
