package dev.rtcdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Path resource(String name) throws Exception {
        return Path.of(EventsCommandTest.class.getResource(name).toURI());
    }

    static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String l : out.split("\n")) {
            if (!l.isBlank()) {
                nodes.add(JSON.readTree(l));
            }
        }
        return nodes;
    }

    @Test
    void eachEventIsOneJsonObjectWithTheContractFields() throws Exception {
        CliRunner r = CliRunner.run("events", resource("register-with-secrets.log").toString());
        assertThat(r.status()).isZero();
        List<JsonNode> events = lines(r.out());
        assertThat(events).hasSize(3);
        for (JsonNode e : events) {
            assertThat(e.fieldNames()).toIterable().containsExactly(
                    "path", "line", "format", "time", "timePrecision", "system", "kind", "code", "session", "level", "message", "attributes");
        }
        JsonNode register = events.get(1);
        assertThat(register.get("line").asInt()).isEqualTo(2);
        assertThat(register.get("kind").asText()).isEqualTo("sip-request");
        assertThat(register.get("system").asText()).isEqualTo("sip");
        assertThat(register.get("session").asText()).isEqualTo("call-id=1j9FpLxk3uxtm8tn@198.51.100.7");
        assertThat(register.get("code").isNull()).isTrue();
        // the log gives no zone: the time carries the assumed offset (UTC) and says it was assumed
        assertThat(events.get(0).get("time").asText()).isEqualTo("2024-03-05T10:00:00Z");
        assertThat(events.get(0).get("timePrecision").asText()).isEqualTo("local");
        assertThat(events.get(0).get("level").asText()).isEqualTo("info");
    }

    @Test
    void secretsAreRedactedByDefaultAndShownOnlyWithNoRedact() throws Exception {
        String path = resource("register-with-secrets.log").toString();
        String redacted = CliRunner.run("events", path).out();
        assertThat(redacted).doesNotContain("hunter2").doesNotContain("dfe56131d1958046689d83306477ecc").contains("«redacted»");
        String raw = CliRunner.run("events", "--no-redact", path).out();
        assertThat(raw).contains("hunter2");
    }

    @Test
    void pcapAndRfc4475InputsPrintJsonLines() throws Exception {
        Path conformance = dev.rtcdiag.cli.ConformanceDir.require();
        CliRunner pcap = CliRunner.run("events", conformance.resolve("pcap/pkts-sipp.pcap").toString());
        assertThat(pcap.status()).isZero();
        List<JsonNode> events = lines(pcap.out());
        assertThat(events).hasSize(31);
        assertThat(events.get(0).get("format").asText()).isEqualTo("sip.pcap");
        assertThat(events.get(0).get("time").asText()).isEqualTo("2012-06-23T23:45:09.792454Z");
        CliRunner dat = CliRunner.run("events", conformance.resolve("rfc4475/badinv01.dat").toString());
        JsonNode invalid = lines(dat.out()).get(0);
        assertThat(invalid.get("attributes").get("valid").asText()).isEqualTo("false");
        assertThat(invalid.get("attributes").get("deviations").asText()).contains("EMPTY_PARAMETER");
    }

    @Test
    void emptyAndBinaryFilesGiveAClearResultNotAStackTrace() throws Exception {
        Path empty = Files.write(dir.resolve("empty.log"), new byte[0]);
        CliRunner r = CliRunner.run("events", empty.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("empty.log: no events (empty input)");
        Path bin = Files.write(dir.resolve("blob.bin"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xFF, 9, 0});
        CliRunner b = CliRunner.run("events", bin.toString());
        assertThat(b.status()).isZero();
        JsonNode e = lines(b.out()).get(0);
        assertThat(e.get("kind").asText()).isEqualTo("malformed");
        assertThat(e.get("attributes").get("malformed-reason").asText()).isEqualTo("BAD_ENCODING");
        assertThat(b.err()).doesNotContain("Exception");
    }

    @Test
    void missingFileIsExitTwoNamingTheFile() {
        CliRunner r = CliRunner.run("events", dir.resolve("nope.log").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("nope.log").contains("no such file");
    }
}
