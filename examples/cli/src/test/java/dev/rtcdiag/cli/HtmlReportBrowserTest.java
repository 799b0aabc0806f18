package dev.rtcdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML report of every example log, rendered by a real headless Chromium (Debian's
 * {@code chromium}, installed by {@code .ci/run}; the test is skipped where it is absent): the DOM
 * has the findings, SIP cases have their ladder, log text never becomes markup, and a screenshot is
 * a real image.
 */
class HtmlReportBrowserTest {

    @TempDir
    static Path dir;
    private static String chromium;

    @BeforeAll
    static void findChromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(c))) {
                chromium = c;
                return;
            }
        }
    }

    static Stream<Path> examples() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("../logs"))) {
            s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md")).sorted().forEach(out::add);
        }
        return out.stream();
    }

    /** Chromium's output for the page: the serialised DOM (stdout) and its log (stderr). */
    static String[] render(Path html, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0"));
        cmd.addAll(List.of(extra));
        cmd.add(html.toUri().toString());
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("chromium.err").toFile()).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String[] {dom, Files.readString(dir.resolve("chromium.err"))};
    }

    static Path report(String name, String... inputs) {
        Path out = dir.resolve(name + ".html");
        List<String> args = new ArrayList<>(List.of("diagnose", "--output-format", "html", "-o", out.toString()));
        args.addAll(List.of(inputs));
        assertThat(CliRunner.run(args.toArray(String[]::new)).status()).isIn(0, 1);
        return out;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleRendersWithItsFindingsAndLadders(Path log) throws Exception {
        Assumptions.assumeTrue(chromium != null, "headless Chromium is not installed");
        Path html = report(log.getFileName().toString(), log.toString());
        String[] r = render(html, "--dump-dom");
        assertThat(r[0]).contains("<h2>Findings</h2>").contains("<h2>Sessions</h2>");
        assertThat(r[1]).doesNotContain("Uncaught").doesNotContain(":CONSOLE");
        String name = log.toString();
        if ((name.contains("/sip/") && !name.contains("jenkins")) || name.contains("xslog")) { // a Jenkins dump says neither ends nor direction
            assertThat(r[0]).as("ladder of %s", log).contains("<svg class=\"ladder\"");
        }
    }

    @Test
    void logTextNeverBecomesMarkupAndTheScreenshotIsAnImage() throws Exception {
        Assumptions.assumeTrue(chromium != null, "headless Chromium is not installed");
        Path evil = Files.writeString(dir.resolve("evil.txt"),
                "[17:45:51:0523] ERROR: clientLogger: Audio error - errorCode=1007, cause=<script>document.title='pwned'</script>\"><img src=x onerror=alert(1)>\n");
        Path html = report("evil", evil.toString());
        String[] r = render(html, "--dump-dom");
        assertThat(r[0]).contains("&lt;script&gt;").doesNotContain("<script").doesNotContain("<img").doesNotContain("pwned</title>");
        Path png = dir.resolve("shot.png");
        render(report("ladder", "../logs/sip/asterisk-wrong-password.log"), "--screenshot=" + png, "--window-size=1200,1200");
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(20_000);
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }
}
