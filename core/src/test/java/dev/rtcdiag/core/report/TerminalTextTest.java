package dev.rtcdiag.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.core.Diagnoser;
import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Redactor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Escape sequences in log lines reach the text report shown, not obeyed: no line of a log can rewrite the reader's terminal. */
class TerminalTextTest {

    @Test
    void controlsAreShownNotObeyed() {
        assertThat(TerminalText.safe("plain\ttext")).isEqualTo("plain\ttext");
        assertThat(TerminalText.safe("a\u001B[2Kb\u0007\u001B]52;c;aGk=\u0007\u202Eevil\u0085"))
                .isEqualTo("a\\e[2Kb\\x07\\e]52;c;aGk=\\x07\\u202Eevil\\x85");
    }

    @Test
    void theTextReportCarriesNoControlCharacters() throws IOException {
        String log = "INVITE sip:2001@203.0.113.10 SIP/2.0\r\nVia: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bKt1\r\n"
                + "From: <sip:1@a>;tag=1\r\nTo: <sip:2@b>\r\nCall-ID: term\u001B[2K\u001B]52;c;aGk=\u0007@x\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n"
                + "SIP/2.0 486 Busy Here\u001B[1A\u001B[2K\r\nVia: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bKt1\r\nFrom: <sip:1@a>;tag=1\r\n"
                + "To: <sip:2@b>;tag=2\r\nCall-ID: term\u001B[2K\u001B]52;c;aGk=\u0007@x\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n";
        Diagnosis d = Diagnoser.builder().build().diagnose(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), "bad\u001B[31mname.log");
        StringWriter out = new StringWriter();
        TextReport.write(d, out, new ReportOptions(dev.rtcdiag.catalog.Language.EN, Redactor.none(), "test"));
        String text = out.toString();
        assertThat(text).contains("sip.callee-busy").contains("\\e[").doesNotContain("\u001B").doesNotContain("\u0007");
    }
}
