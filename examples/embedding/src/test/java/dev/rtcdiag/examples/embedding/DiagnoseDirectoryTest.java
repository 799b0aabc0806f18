package dev.rtcdiag.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.core.Diagnoser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Smoke test: the example prints the findings of a directory of logs. */
class DiagnoseDirectoryTest {

    @Test
    void printsEveryFindingOfTheBbbExamples() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DiagnoseDirectory.print(Diagnoser.builder().build().diagnose(List.of(Path.of("../logs/bbb/websocket"))), Language.EN,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("1 findings in 2 sessions").contains("ERROR bbb.sip-proxy-misconfigured")
                .contains("what to do: Point proxy_pass").contains("nginx-error.log:1");
    }
}
