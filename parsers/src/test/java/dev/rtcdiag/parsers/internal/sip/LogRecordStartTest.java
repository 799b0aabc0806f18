package dev.rtcdiag.parsers.internal.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cheap check before the log-record regex never says no where the regex says yes: on every line of
 * the real third-party logs and the examples, and on the timestamp shapes the regex takes.
 */
class LogRecordStartTest {

    private static List<String> lines(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".pcap") && !p.toString().endsWith(".gz")).toList()) {
                out.addAll(List.of(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).split("\r?\n")));
            }
        }
        return out;
    }

    @Test
    void theCheckAdmitsEveryLineTheRegexMatches() throws IOException {
        List<String> all = new ArrayList<>(List.of("2024-03-05 10:00:00.123 [DEBUG] sofia.c:1 x", "[2024-03-05 10:00:00] x",
                "2024.03.05T10:00:00", "[2024-03-05T10:00:00+01:00]", "INVITE sip:bob@example.com SIP/2.0", "Via: SIP/2.0/UDP 192.0.2.1", "", "[", "2"));
        all.addAll(lines(dev.rtcdiag.junit.TestData.external("realworld")));
        all.addAll(lines(Path.of("../examples/logs")));
        int matched = 0;
        for (String t : all) {
            if (SipTextExtractor.LOG_RECORD_START.matcher(t).lookingAt()) {
                matched++;
                assertThat(SipTextExtractor.mayStartLogRecord(t)).as(t).isTrue();
            }
        }
        assertThat(all).hasSizeGreaterThan(1000);
        assertThat(matched).isGreaterThan(50);
        assertThat(SipTextExtractor.mayStartLogRecord("Via: SIP/2.0/UDP 192.0.2.1")).isFalse();
        assertThat(SipTextExtractor.mayStartLogRecord("")).isFalse();
    }
}
