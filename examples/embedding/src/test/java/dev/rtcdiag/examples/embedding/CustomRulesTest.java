package dev.rtcdiag.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.core.Diagnoser;
import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Redactor;
import dev.rtcdiag.core.report.ReportOptions;
import dev.rtcdiag.core.report.TextReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A rule of your own with its own texts, as the README shows it: its finding prints its title, not a key. */
class CustomRulesTest {

    static final String TRUNK_503 = """
            INVITE sip:+15551234567@carrier.example.com SIP/2.0
            Via: SIP/2.0/UDP 192.0.2.20:5060;branch=z9hG4bK-t1
            To: <sip:+15551234567@carrier.example.com>
            From: <sip:1002@pbx.example.com>;tag=t1
            Call-ID: trunk-1@192.0.2.20
            CSeq: 1 INVITE
            Content-Length: 0

            SIP/2.0 503 Service Unavailable
            Via: SIP/2.0/UDP 192.0.2.20:5060;branch=z9hG4bK-t1
            To: <sip:+15551234567@carrier.example.com>;tag=c1
            From: <sip:1002@pbx.example.com>;tag=t1
            Call-ID: trunk-1@192.0.2.20
            CSeq: 1 INVITE
            Content-Length: 0

            """.replace("\n", "\r\n");

    @Test
    void aCustomCausePrintsItsOwnTexts() throws IOException {
        Diagnosis d = Diagnoser.builder().with(new TrunkRules()).build()
                .diagnose(new ByteArrayInputStream(TRUNK_503.getBytes(StandardCharsets.UTF_8)), "trunk.log");
        assertThat(d.findings("acme.busy-trunk")).singleElement().satisfies(f -> {
            assertThat(f.title(Language.EN)).isEqualTo("Carrier trunk out of channels");
            assertThat(f.cause().title(Language.RU)).isEqualTo("Нет свободных каналов на транке");
            assertThat(f.cause().title(Language.FA)).as("falls back to English").isEqualTo("Carrier trunk out of channels");
        });
        StringWriter text = new StringWriter();
        TextReport.write(d, text, new ReportOptions(Language.EN, Redactor.standard(), "test"));
        assertThat(text.toString()).contains("acme.busy-trunk").contains("Carrier trunk out of channels")
                .contains("every channel of the trunk was in use").doesNotContain("acme.busy-trunk.title");
    }
}
