package dev.rtcdiag.parsers.internal.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonStringCapTest {

    private static String capped(String json, int cap) throws IOException {
        try (InputStream in = new JsonStringCap(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), cap)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shortStringsPassUnchanged() throws IOException {
        String json = "{\"a\": \"abc\", \"b\": [1, 2, \"x\\\"y\"], \"c\": null}";
        assertThat(capped(json, 8)).isEqualTo(json);
    }

    @Test
    void longStringsAreShortenedAndTheJsonStaysValid() throws IOException {
        String json = "{\"COMMENT\": \"" + "z".repeat(100_000) + "\", \"CALL_ID\": \"c1\"}";
        JsonNode n = new ObjectMapper().readTree(capped(json, 10));
        assertThat(n.get("COMMENT").asText()).isEqualTo("zzzzzzzzzz…");
        assertThat(n.get("CALL_ID").asText()).isEqualTo("c1");
    }

    @Test
    void neverCutsInsideAnEscapeOrACharacter() throws IOException {
        String json = "[\"" + "\\u0416".repeat(50) + "\", \"" + "Ж".repeat(50) + "\", \"ab\\\"" + "\\\\".repeat(40) + "\"]";
        for (int cap = 0; cap < 12; cap++) {
            JsonNode n = new ObjectMapper().readTree(capped(json, cap));
            assertThat(n.get(0).asText()).as("cap %d", cap).matches("Ж*…");
            assertThat(n.get(1).asText()).as("cap %d", cap).matches("Ж*…");
            assertThat(n.get(2).asText()).as("cap %d", cap).startsWith("ab\"".substring(0, Math.min(3, cap))).endsWith("…");
        }
    }

    @Test
    void manyShortenedStringsInOneBuffer() throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 5_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"abc\"");
        }
        JsonNode n = new ObjectMapper().readTree(capped(json.append(']').toString(), 1));
        assertThat(n).hasSize(5_000);
        assertThat(n.get(4_999).asText()).isEqualTo("a…");
    }
}
