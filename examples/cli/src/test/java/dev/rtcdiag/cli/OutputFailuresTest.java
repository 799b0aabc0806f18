package dev.rtcdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the output cannot be written, the tool stops and exits 2 with the reason; -o files appear whole or not at all; budgets end a run partial. */
class OutputFailuresTest {

    /** Standard output that fails after {@code limit} bytes, as a closed pipe or a full device does. */
    private static PrintWriter failingAfter(long limit, AtomicLong written) {
        return new PrintWriter(new OutputStreamWriter(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                if (written.incrementAndGet() > limit) {
                    throw new IOException("Broken pipe");
                }
            }
        }, StandardCharsets.UTF_8), false);
    }

    @Test
    void eventsStopAtAClosedPipe(@TempDir Path dir) throws IOException {
        StringBuilder trace = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            trace.append("2024-03-05 10:00:00 INFO line ").append(i).append('\n');
        }
        Path log = Files.writeString(dir.resolve("big.log"), trace);
        AtomicLong written = new AtomicLong();
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {"events", log.toString()}, failingAfter(10_000, written), new PrintWriter(err));
        assertThat(status).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("cannot write the events");
        assertThat(written.get()).isLessThan(2_000_000L); // stopped soon after the failure, not after all 20,000 events
    }

    @Test
    void aReportThatCannotBeWrittenExitsTwo() {
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {"diagnose", "../logs/sip/sipp-busy.log"}, failingAfter(10, new AtomicLong()), new PrintWriter(err));
        assertThat(status).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("cannot write the report");
    }

    @Test
    void anOutputFileIsWrittenWholeThenRenamed(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.json");
        CliRunner r = CliRunner.run("diagnose", "--output-format", "json", "-o", report.toString(), "../logs/sip/sipp-busy.log");
        assertThat(r.status()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(report)).startsWith("{").contains("sip.callee-busy").endsWith("}\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.json"); // no temporary file left
        }
    }

    @Test
    void aByteBudgetEndsTheRunPartial(@TempDir Path dir) throws IOException {
        Path big = Files.write(dir.resolve("zeros.bin"), new byte[2_000_000]);
        CliRunner r = CliRunner.run("diagnose", "--max-bytes", "100000", big.toString());
        assertThat(r.out()).contains("byte budget of 100000 bytes exhausted");
    }

    /** An I/O failure the command does not expect (a directory the kernel refuses files in) is one line, or a stack with --debug. */
    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void aFailureIsOneLineUnlessDebugIsGiven() {
        String refused = "/proc/rtcdiag-report.json";
        CliRunner quiet = CliRunner.run("diagnose", "-o", refused, "../logs/sip/sipp-busy.log");
        assertThat(quiet.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(quiet.err()).startsWith("rtcdiag: ").doesNotContain("\tat ");
        CliRunner debug = CliRunner.run("diagnose", "--debug", "-o", refused, "../logs/sip/sipp-busy.log");
        assertThat(debug.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(debug.err()).contains("\tat ");
    }

    @Test
    void theFormatFollowsTheOutputFilesExtension(@TempDir Path dir) throws IOException {
        for (String[] c : List.of(new String[] {"r.sarif", "\"$schema\""}, new String[] {"r.json", "\"schema\" : 1"},
                new String[] {"r.xml", "<testsuites"}, new String[] {"r.html", "<!DOCTYPE html>"}, new String[] {"r.txt", "1 finding (0 errors"})) {
            Path report = dir.resolve(c[0]);
            CliRunner r = CliRunner.run("diagnose", "-o", report.toString(), "../logs/sip/sipp-busy.log");
            assertThat(r.status()).as(c[0]).isEqualTo(ExitCodes.OK);
            assertThat(Files.readString(report)).as(c[0]).contains(c[1]);
        }
        Path forced = dir.resolve("forced.sarif");
        CliRunner.run("diagnose", "--output-format", "json", "-o", forced.toString(), "../logs/sip/sipp-busy.log");
        assertThat(Files.readString(forced)).as("an explicit format wins").contains("\"schema\" : 1");
    }

    @Test
    void aMissingOutputDirectoryIsNamedWithTheReason(@TempDir Path dir) {
        CliRunner r = CliRunner.run("diagnose", "-o", dir.resolve("nope/x.json").toString(), "../logs/sip/sipp-busy.log");
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("cannot write the report to").contains("does not exist");
    }

    @Test
    void anUnreadableInputIsNotReportedAsHealthy() {
        CliRunner r = CliRunner.run("diagnose", "no/such/file.log");
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).doesNotContain("No failures found.").contains("1 input could not be read");
    }

    @Test
    void anUnknownSystemIsAUsageError() {
        CliRunner r = CliRunner.run("causes", "--system", "nope");
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown system 'nope'").contains("sip");
        assertThat(CliRunner.run("causes", "--system", "wcs").status()).isEqualTo(ExitCodes.OK);
        assertThat(CliRunner.run("causes", "--system", "wcs", "--output-format", "json").out()).as("one option name for the format, as in diagnose")
                .startsWith("[").contains("\"id\"");
    }

    @Test
    void aWorkspaceScanSaysWhatItSkipped(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.copy(Path.of("../logs/sip/sipp-busy.log"), dir.resolve("sipp-busy.log"));
        CliRunner r = CliRunner.run("diagnose", "--exclude", "**.txt", dir.toString());
        assertThat(r.status()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).contains("skipped 1 path(s)").contains(".git/");
        assertThat(r.out()).contains("sip.callee-busy");
        CliRunner none = CliRunner.run("diagnose", "--include", "**.pcap", dir.toString());
        assertThat(none.err()).contains("sipp-busy.log");
        assertThat(none.out()).doesNotContain("sip.callee-busy");
    }
}
