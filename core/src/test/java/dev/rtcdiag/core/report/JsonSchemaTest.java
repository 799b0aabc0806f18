package dev.rtcdiag.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.rtcdiag.core.Diagnoser;
import dev.rtcdiag.core.Diagnosis;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schema of the report ({@code docs/report.schema.json}) holds for every example
 * log, and rejects what it must: unknown fields, times without an offset, a time of day passed off as
 * a date-time.
 */
class JsonSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void load() throws IOException {
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(Files.readString(Path.of("../docs/report.schema.json"))));
    }

    static JsonNode report(Diagnosis d) throws IOException {
        StringWriter w = new StringWriter();
        JsonReport.write(d, w, ReportOptions.defaults());
        return JSON.readTree(w.toString());
    }

    static java.util.stream.Stream<Path> examples() throws IOException {
        return CiReportsTest.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleReportFollowsTheSchema(Path log) throws IOException {
        JsonNode r = report(Diagnoser.builder().build().diagnose(List.of(log)));
        assertThat(schema.validate(r)).as("schema errors for %s", log).isEmpty();
    }

    @Test
    void timesCarryAnOffsetAndSayWhatWasAssumed() throws IOException {
        JsonNode asterisk = report(Diagnoser.builder().build().diagnose(List.of(Path.of("../examples/logs/sip/asterisk-wrong-password.log"))));
        JsonNode f = asterisk.at("/findings/0");
        assertThat(f.get("first").asText()).isEqualTo("2024-03-05T09:58:12Z");
        assertThat(f.get("firstPrecision").asText()).isEqualTo("local");
        assertThat(asterisk.at("/sessions/0/outcome").asText()).as("a REGISTER rejected after its credentials").isEqualTo("failed");

        // the WebSDK client log stamps only the time of day: no date is made up
        JsonNode wcs = report(Diagnoser.builder().build().diagnose(List.of(Path.of("../examples/logs/wcs/websdk-client.log"))));
        JsonNode first = wcs.at("/findings/0");
        assertThat(first.get("first").asText()).isEqualTo("10:12:31Z");
        assertThat(first.get("firstPrecision").asText()).isEqualTo("time-of-day");
        assertThat(wcs.at("/sessions/0/timePrecision").asText()).isEqualTo("time-of-day");
        assertThat(schema.validate(wcs)).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatItMust() throws IOException {
        JsonNode good = report(Diagnoser.builder().build().diagnose(List.of(Path.of("../examples/logs/sip/sipp-busy.log"))));
        assertThat(schema.validate(good)).isEmpty();

        ObjectNode extra = good.deepCopy();
        extra.put("surprise", true);
        assertThat(schema.validate(extra)).isNotEmpty();

        ObjectNode noOffset = good.deepCopy();
        ((ObjectNode) noOffset.at("/findings/0")).put("first", "2024-03-05T09:58:12");
        assertThat(schema.validate(noOffset)).isNotEmpty();

        ObjectNode dayAsDate = good.deepCopy();
        ((ObjectNode) dayAsDate.at("/findings/0")).put("first", "10:12:31Z");
        assertThat(schema.validate(dayAsDate)).as("a time of day needs firstPrecision time-of-day").isNotEmpty();

        ObjectNode badOutcome = good.deepCopy();
        ((ObjectNode) badOutcome.at("/sessions/0")).put("outcome", "exploded");
        assertThat(schema.validate(badOutcome)).isNotEmpty();
    }
}
