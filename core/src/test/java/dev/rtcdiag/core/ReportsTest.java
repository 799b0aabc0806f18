package dev.rtcdiag.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.core.report.JsonReport;
import dev.rtcdiag.core.report.ReportOptions;
import dev.rtcdiag.core.report.TextReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportsTest {

    static final String SECRET_RESPONSE = "4f8a3e0b6c1d2e3f4a5b6c7d8e9f0a1b";
    static final String NONCE = "ea9c8e88df84f1cec4341ae6cbe5a359";

    static Diagnosis authFailure() {
        String auth = "Authorization: Digest username=\"1002\", realm=\"pbx\", nonce=\"" + NONCE + "\", uri=\"sip:x\", response=\"" + SECRET_RESPONSE + "\"";
        String log = "2024-03-05 10:14:00 INFO config: sip password=hunter2 token=eyJhbGciOi.secret.sig\n"
                + SipTrace.call("red-1").request("REGISTER").response(401, "Unauthorized", "WWW-Authenticate: Digest realm=\"pbx\", nonce=\"" + NONCE + "\"")
                .nextCSeq().request("REGISTER", auth).response(403, "Forbidden").text();
        return Diagnoser.builder().build().diagnose(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), "auth.log");
    }

    static String json(Diagnosis d, ReportOptions o) throws IOException {
        StringWriter w = new StringWriter();
        JsonReport.write(d, w, o);
        return w.toString();
    }

    static String text(Diagnosis d, ReportOptions o) throws IOException {
        StringWriter w = new StringWriter();
        TextReport.write(d, w, o);
        return w.toString();
    }

    @Test
    void jsonFollowsSchemaOneOfTheContract() throws IOException {
        JsonNode root = new ObjectMapper().readTree(json(authFailure(), ReportOptions.defaults()));
        assertThat(root.get("schema").asInt()).isEqualTo(1);
        assertThat(root.get("tool").get("name").asText()).isEqualTo("rtcdiag");
        JsonNode input = root.get("inputs").get(0);
        assertThat(input.get("path").asText()).isEqualTo("auth.log");
        assertThat(input.get("format").asText()).isEqualTo("sip.sipp-trace");
        for (String f : List.of("lines", "events", "malformed", "bytes")) {
            assertThat(input.get(f).isNumber()).as(f).isTrue();
        }
        JsonNode finding = root.get("findings").get(0);
        assertThat(finding.get("cause").asText()).isEqualTo("sip.auth-failed");
        assertThat(finding.get("severity").asText()).isEqualTo("error");
        assertThat(finding.get("confidence").asDouble()).isGreaterThan(0).isLessThanOrEqualTo(1);
        assertThat(finding.get("title").asText()).isNotBlank();
        assertThat(finding.get("explanation").asText()).isNotBlank();
        assertThat(finding.get("remedy").asText()).isNotBlank();
        assertThat(finding.get("symptom").get("system").asText()).isEqualTo("sip");
        assertThat(finding.get("symptom").get("code").asText()).isEqualTo("403");
        assertThat(finding.get("symptom").get("name").asText()).isEqualTo("FORBIDDEN");
        assertThat(finding.get("session").asText()).isEqualTo("call-id=red-1");
        assertThat(finding.get("first").asText()).startsWith("2024-03-05T10:15");
        JsonNode evidence = finding.get("evidence").get(0);
        assertThat(evidence.get("path").asText()).isEqualTo("auth.log");
        assertThat(evidence.get("line").asInt()).isPositive();
        assertThat(evidence.get("text").asText()).isNotBlank();
        JsonNode session = root.get("sessions").get(0);
        assertThat(session.get("key").asText()).isEqualTo("call-id=red-1");
        assertThat(session.get("system").asText()).isEqualTo("sip");
        assertThat(session.get("events").asInt()).isEqualTo(4);
        assertThat(root.get("partial").isNull()).isTrue();
    }

    @Test
    void healthyLogGivesEmptyFindings() throws IOException {
        Diagnosis d = Diagnoser.builder().build().diagnose(new ByteArrayInputStream(
                SipTrace.call("h").request("OPTIONS").response(200, "OK").text().getBytes(StandardCharsets.UTF_8)), "h.log");
        JsonNode root = new ObjectMapper().readTree(json(d, ReportOptions.defaults()));
        assertThat(root.get("findings").isArray()).isTrue();
        assertThat(root.get("findings")).isEmpty();
        assertThat(text(d, ReportOptions.defaults())).contains("No failures found.");
    }

    @Test
    void secretsNeverReachTextOrJsonByDefault() throws IOException {
        Diagnosis d = authFailure();
        for (String out : List.of(json(d, ReportOptions.defaults()), text(d, ReportOptions.defaults()))) {
            assertThat(out).doesNotContain(SECRET_RESPONSE).doesNotContain(NONCE).doesNotContain("hunter2");
        }
    }

    @Test
    void redactorCoversTheSecretShapesOfTheLogs() {
        Redactor r = Redactor.standard();
        assertThat(r.redact("Authorization: Digest username=\"bob\", response=\"abc123\"")).doesNotContain("abc123").startsWith("Authorization:");
        assertThat(r.redact("Proxy-Authorization: Digest username=\"a\", nonce=\"n0nce\"")).doesNotContain("n0nce");
        assertThat(r.redact("GET /api HTTP/1.1 Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig")).doesNotContain("eyJhbGci");
        assertThat(r.redact("<command><userId>u</userId><newPassword>S3cret!</newPassword></command>")).doesNotContain("S3cret!").contains("<userId>u</userId>");
        assertThat(r.redact("{\"sipPassword\":\"pa\\\"ss\",\"sipLogin\":\"1002\"}")).doesNotContain("pa\\\"ss").contains("\"sipLogin\":\"1002\"");
        assertThat(r.redact("wss://bbb.example.com/ws?sessionToken=abcdef123456")).doesNotContain("abcdef123456");
        assertThat(r.redact("VI-Identity: voxkeys/20251125 eyJhbGciOiJFUzI1NiJ9.x.y")).doesNotContain("eyJhbGciOiJFUzI1NiJ9");
        assertThat(r.redact("sip:alice:hunter2@example.com")).doesNotContain("hunter2").contains("sip:alice:");
        assertThat(r.redact("INVITE sip:bob@example.com SIP/2.0")).isEqualTo("INVITE sip:bob@example.com SIP/2.0");
        assertThat(Redactor.none().redact("password=x")).isEqualTo("password=x");
    }

    @Test
    void reportsAreLocalised() throws IOException {
        Diagnosis d = authFailure();
        ReportOptions fa = new ReportOptions(Language.FA, Redactor.standard(), "test");
        assertThat(text(d, fa)).contains("احراز هویت ناموفق").contains("شواهد");
        assertThat(new ObjectMapper().readTree(json(d, fa)).get("findings").get(0).get("title").asText()).contains("احراز هویت");
    }

    @Test
    void logTextCannotBreakTheJson() throws IOException {
        String nasty = "2024-03-05 10:00:00 ERROR \"}]} <script>alert(1)</script> \\u0000 \u0007\n";
        String log = nasty + SipTrace.call("j\"son").request("INVITE").response(486, "Busy \"Here\" }]").text();
        Diagnosis d = Diagnoser.builder().build().diagnose(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), "nasty\".log");
        JsonNode root = new ObjectMapper().readTree(json(d, ReportOptions.defaults()));
        assertThat(root.get("findings").get(0).get("session").asText()).isEqualTo("call-id=j\"son");
        assertThat(root.get("inputs").get(0).get("path").asText()).isEqualTo("nasty\".log");
    }
}
