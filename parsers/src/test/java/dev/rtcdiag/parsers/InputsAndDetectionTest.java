package dev.rtcdiag.parsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.MalformedReason;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsAndDetectionTest {

    @TempDir
    Path dir;

    static byte[] golden(String path) throws IOException {
        try (InputStream in = InputsAndDetectionTest.class.getResourceAsStream("golden/" + path)) {
            return in.readAllBytes();
        }
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    static List<LogEvent> read(Path file, ParserConfig config, String hint) throws IOException {
        List<LogEvent> events = new ArrayList<>();
        try (ParsedInput in = Parsers.discover().open(new InputFile(file.getFileName().toString(), file), config, hint)) {
            in.forEachRemaining(events::add);
        }
        return events;
    }

    @Test
    void gzipIsDetectedByContentAndGivesTheSameEventsAsPlainText() throws IOException {
        byte[] plain = golden("sip.sipp-trace/uac-busy.log");
        Path text = Files.write(dir.resolve("trace.txt"), plain);
        Path gz = Files.write(dir.resolve("trace.bin"), gzip(plain)); // no .gz suffix on purpose
        try (ParsedInput in = Parsers.discover().open(new InputFile("trace.bin", gz), ParserConfig.defaults(), null)) {
            assertThat(in.format()).isEqualTo("sip.sipp-trace");
        }
        assertThat(read(gz, ParserConfig.defaults(), null)).extracting(e -> e.toString().replace("trace.bin", "trace.txt"))
                .containsExactlyElementsOf(read(text, ParserConfig.defaults(), null).stream().map(LogEvent::toString).toList());
    }

    @Test
    void truncatedGzipKeepsTheTextBeforeTheCutAndReportsIt() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("2024-03-05 10:00:00.000 [INFO] line ").append(i).append(" of a long rotated log\n");
        }
        byte[] gz = gzip(sb.toString().getBytes(StandardCharsets.US_ASCII));
        Path cut = Files.write(dir.resolve("cut.log.gz"), Arrays.copyOf(gz, gz.length / 2));
        List<LogEvent> events = read(cut, ParserConfig.defaults(), null);
        assertThat(events.size()).isGreaterThan(1000);
        LogEvent last = events.get(events.size() - 1);
        assertThat(last.malformedReason()).contains(MalformedReason.TRUNCATED);
        assertThat(last.message()).contains("cut off");
    }

    @Test
    void gzipBombStopsAtTheRatioBoundWithAnEvent() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 20];
            Arrays.fill(zeros, (byte) 'a');
            for (int i = 0; i < 64; i++) {
                gz.write(zeros); // 64 MiB of one letter compresses about 1000:1
            }
        }
        Path bomb = Files.write(dir.resolve("bomb.gz"), out.toByteArray());
        ParserConfig config = ParserConfig.defaults().withMaxLineLength(4096);
        List<LogEvent> events = read(bomb, config, null);
        LogEvent last = events.get(events.size() - 1);
        assertThat(last.malformedReason()).contains(MalformedReason.LIMIT_EXCEEDED);
        assertThat(last.message()).contains("compression ratio");
    }

    @Test
    void decompressedSizeBoundIsHonoured() throws IOException {
        byte[] text = "2024-03-05 10:00:00 INFO ok\n".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        Path gz = Files.write(dir.resolve("big.gz"), gzip(text));
        List<LogEvent> events = read(gz, ParserConfig.defaults().withMaxDecompressedBytes(100_000).withMaxCompressionRatio(100_000), null);
        assertThat(events.get(events.size() - 1).message()).contains("maxDecompressedBytes");
        assertThat(events.size()).isBetween(3000, 4000);
    }

    @Test
    void directoriesAreReadRecursivelyInSortedOrderAndLoopsAreReported() throws IOException {
        Files.createDirectories(dir.resolve("logs/b"));
        Files.writeString(dir.resolve("logs/b/2.log"), "two\n");
        Files.writeString(dir.resolve("logs/a.log"), "one\n");
        Files.writeString(dir.resolve("logs/c.log"), "three\n");
        Files.createSymbolicLink(dir.resolve("logs/b/loop"), dir.resolve("logs"));
        Inputs.Expansion x = Inputs.expand(List.of(dir.resolve("logs").toString(), dir.resolve("missing.log").toString()));
        assertThat(x.files()).extracting(InputFile::name).containsExactly(
                dir.resolve("logs") + "/a.log", dir.resolve("logs") + "/b/2.log", dir.resolve("logs") + "/c.log");
        assertThat(x.problems()).extracting(Inputs.Problem::reason)
                .anySatisfy(r -> assertThat(r).contains("symbolic link loop"))
                .anySatisfy(r -> assertThat(r).contains("missing.log: no such file"));
    }

    @Test
    void danglingLinksAndFifosInADirectoryAreReported() throws Exception {
        Path logs = Files.createDirectories(dir.resolve("bundle"));
        Files.writeString(logs.resolve("ok.log"), "line\n");
        Files.createSymbolicLink(logs.resolve("gone.log"), logs.resolve("never-there.log"));
        boolean fifo = new ProcessBuilder("mkfifo", logs.resolve("pipe").toString()).start().waitFor() == 0;
        Inputs.Expansion x = Inputs.expand(List.of(logs.toString()));
        assertThat(x.files()).extracting(InputFile::name).containsExactly(logs + "/ok.log");
        assertThat(x.problems()).extracting(Inputs.Problem::reason).anySatisfy(r -> assertThat(r).contains("gone.log: dangling link"));
        if (fifo) {
            assertThat(x.problems()).extracting(Inputs.Problem::reason).anySatisfy(r -> assertThat(r).contains("pipe: not a regular file"));
        }
    }

    @Test
    void utf16WithAByteOrderMarkIsReadAsText() throws Exception {
        String log = "INVITE sip:2001@203.0.113.10 SIP/2.0\r\nVia: SIP/2.0/UDP 198.51.100.7;branch=z9hG4bKu16\r\nFrom: <sip:1@a>;tag=1\r\n"
                + "To: <sip:2@b>\r\nCall-ID: utf16-\u00e9\u0410\ud83d\ude00\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n";
        for (java.nio.charset.Charset cs : List.of(java.nio.charset.StandardCharsets.UTF_16LE, java.nio.charset.StandardCharsets.UTF_16BE)) {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            b.writeBytes(cs == java.nio.charset.StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF});
            b.writeBytes(log.getBytes(cs));
            Path f = Files.write(dir.resolve("ps-" + cs.name() + ".log"), b.toByteArray());
            List<dev.rtcdiag.parsers.spi.LogEvent> events = read(f, ParserConfig.defaults(), null);
            assertThat(events).anySatisfy(e -> assertThat(e.key("call-id")).contains("utf16-\u00e9\u0410\ud83d\ude00"));
            assertThat(events).noneMatch(dev.rtcdiag.parsers.spi.LogEvent::isMalformed);
        }
    }

    @Test
    void stdinIsAnInput() {
        assertThat(Inputs.expand(List.of("-")).files()).containsExactly(InputFile.stdin());
    }

    @Test
    void unreadableFileErrorNamesTheFile() {
        assertThatThrownBy(() -> Parsers.discover().open(new InputFile("gone.log", dir.resolve("gone.log")), ParserConfig.defaults(), null))
                .isInstanceOf(IOException.class).hasMessageContaining("gone.log");
    }

    @Test
    void formatHintForcesAFormatAndAnUnknownHintIsRejectedWithTheList() throws IOException {
        Path f = Files.write(dir.resolve("t.log"), golden("sip.sipp-trace/uac-busy.log"));
        try (ParsedInput in = Parsers.discover().open(new InputFile("t.log", f), ParserConfig.defaults(), "text")) {
            assertThat(in.format()).isEqualTo("text");
        }
        assertThatThrownBy(() -> Parsers.discover().open(new InputFile("t.log", f), ParserConfig.defaults(), "nope"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope").hasMessageContaining("sip.pcap");
    }

    @Test
    void emptyAndBinaryFilesGiveClearResults() throws IOException {
        Path empty = Files.write(dir.resolve("empty.log"), new byte[0]);
        assertThat(read(empty, ParserConfig.defaults(), null)).isEmpty();
        byte[] bin = new byte[50_000];
        new java.util.Random(1).nextBytes(bin);
        Path binary = Files.write(dir.resolve("image.png"), bin);
        List<LogEvent> events = read(binary, ParserConfig.defaults(), null);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).malformedReason()).contains(MalformedReason.BAD_ENCODING);
        assertThat(events.get(0).message()).contains("50000 bytes");
    }

    @Test
    void discoveryFindsEveryBuiltInFormatSortedById() {
        Parsers p = Parsers.discover();
        assertThat(p.providers()).extracting(x -> x.id())
                .containsExactly("bbb.browser-console", "bbb.conf-check", "bbb.html5-client-log", "bbb.webrtc-sfu", "binary", "bitrix.call-statistics",
                        "bitrix.desktop", "broadworks.log",
                        "freeswitch.log", "nginx", "sip.asterisk", "sip.kamailio-sipdump", "sip.messages", "sip.pcap", "sip.sipp-trace", "text",
                        "voximplant.session-log", "wcs.client-log", "wcs.server-log", "webex.client");
        assertThat(p.loadProblems()).isEmpty();
    }

    @Test
    void statisticsCountEventsMalformedAndLines() throws IOException {
        Path f = Files.write(dir.resolve("t.log"), "a\nb\n\u0000\u0000\u0000x\nc\n".getBytes(StandardCharsets.ISO_8859_1));
        try (ParsedInput in = Parsers.discover().open(new InputFile("t.log", f), ParserConfig.defaults(), "text")) {
            in.forEachRemaining(e -> { });
            assertThat(in.eventCount()).isEqualTo(4);
            assertThat(in.malformedCount()).isEqualTo(1);
            assertThat(in.lines()).isEqualTo(4);
            assertThat(in.bytesRead()).isEqualTo(11);
        }
    }

    @Test
    void jenkinsConsoleLogYieldsSipEventsAndPlainLines() throws IOException {
        Path f = Files.write(dir.resolve("console.txt"), golden("text/jenkins-console.log"));
        List<LogEvent> events = read(f, ParserConfig.defaults(), null);
        assertThat(events).filteredOn(e -> e.kind() == EventKind.SIP_RESPONSE).extracting(e -> e.code().orElseThrow().code()).containsExactly("403");
        assertThat(events).filteredOn(e -> e.kind() == EventKind.LOG).hasSizeGreaterThan(5);
    }

    /** A workspace scan: version control and build folders are skipped and said so; globs choose the rest. */
    @Test
    void aSelectionChoosesTheFilesOfADirectoryWalk(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        for (String f : List.of(".git/config", "target/build.log", "node_modules/x/y.log", "logs/a.log", "logs/old/b.log.gz", "notes.txt")) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "2024-03-05 10:00:00 INFO x\n");
        }
        Inputs.Expansion all = Inputs.expand(List.of(dir.toString()));
        assertThat(all.files()).extracting(InputFile::name).containsExactly(dir + "/logs/a.log", dir + "/logs/old/b.log.gz", dir + "/notes.txt");
        assertThat(all.skipped()).containsExactlyInAnyOrder(dir + "/.git/", dir + "/target/", dir + "/node_modules/");
        Inputs.Expansion logs = Inputs.expand(List.of(dir.toString()), new Inputs.Selection(List.of("**.log"), List.of("**/old/**"), true));
        assertThat(logs.files()).extracting(InputFile::name).containsExactly(dir + "/logs/a.log");
        assertThat(logs.skipped()).contains(dir + "/notes.txt", dir + "/logs/old/b.log.gz");
        Inputs.Expansion everything = Inputs.expand(List.of(dir.toString()), new Inputs.Selection(List.of(), List.of(), false));
        assertThat(everything.files()).hasSize(6);
        assertThat(Inputs.expand(List.of(dir.resolve("target/build.log").toString())).files()).as("a file named directly is always read").hasSize(1);
    }

    /** A workspace scan skips binaries by their content and says so; compressed logs, captures and UTF-16 text stay. */
    @Test
    void binariesInAWalkAreSkippedByContent(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("app.jar"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 8, 0, 0x21, 0x1F});
        Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        Files.write(dir.resolve("server.log"), "2024-03-05 10:00:00 INFO started\n".getBytes(StandardCharsets.UTF_8));
        try (java.io.OutputStream gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("old.log.gz")))) {
            gz.write("2024-03-05 09:00:00 INFO older\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("trace.pcap"), new byte[] {(byte) 0xD4, (byte) 0xC3, (byte) 0xB2, (byte) 0xA1, 2, 0, 4, 0, 0, 0, 0, 0});
        Files.write(dir.resolve("windows.log"), "2024-03-05 10:00:00 INFO utf-16 without a mark\n".getBytes(StandardCharsets.UTF_16LE));
        Inputs.Expansion x = Inputs.expand(List.of(dir.toString()));
        assertThat(x.files()).extracting(f -> f.path().getFileName().toString())
                .containsExactly("old.log.gz", "server.log", "trace.pcap", "windows.log");
        assertThat(x.skipped()).containsExactlyInAnyOrder(dir + "/app.jar (binary)", dir + "/logo.png (binary)");
        assertThat(Inputs.expand(List.of(dir.resolve("logo.png").toString())).files()).as("a file named directly is always read").hasSize(1);
    }
}
