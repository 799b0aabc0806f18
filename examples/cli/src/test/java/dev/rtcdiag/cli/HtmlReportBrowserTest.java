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
        assertThat(r[0]).contains("<section id=\"summary\"").contains("<section id=\"calls\"").contains("<section id=\"findings\"")
                .contains("<section id=\"sessions\"").contains("<section id=\"inputs\"><details>");
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

    /** A bundle of 34 files: the example logs and some of the conformance flows. */
    static List<String> bundle() throws IOException {
        List<String> files = new ArrayList<>(examples().map(Path::toString).toList());
        try (Stream<Path> s = Files.list(ConformanceDir.require().resolve("rfc3665"))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(34 - files.size()).forEach(p -> files.add(p.toString()));
        }
        assertThat(files).hasSize(34);
        return files;
    }

    static int[] pngSize(Path png) throws IOException {
        byte[] b = Files.readAllBytes(png);
        assertThat(new String(b, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        java.nio.ByteBuffer h = java.nio.ByteBuffer.wrap(b, 16, 8);
        return new int[] {h.getInt(), h.getInt()};
    }

    /** The report of a 34-file bundle opens with its summary and calls, and reads at desktop and phone widths. */
    @Test
    void aBundleReportLeadsWithTheSummaryAndTheCalls() throws Exception {
        Assumptions.assumeTrue(chromium != null, "headless Chromium is not installed");
        List<String> args = new ArrayList<>(List.of("diagnose", "--output-format", "html", "-o", dir.resolve("bundle.html").toString()));
        args.addAll(bundle());
        assertThat(CliRunner.run(args.toArray(String[]::new)).status()).isIn(0, 1);
        String dom = render(dir.resolve("bundle.html"), "--dump-dom")[0];
        // the order a reader needs: summary, calls, findings by cause, sessions, and the inputs last and folded
        int summary = dom.indexOf("<section id=\"summary\"");
        int calls = dom.indexOf("<section id=\"calls\"");
        int findings = dom.indexOf("<section id=\"findings\"");
        int sessions = dom.indexOf("<section id=\"sessions\"");
        int inputs = dom.indexOf("<section id=\"inputs\"><details><summary>Inputs (34)</summary>");
        assertThat(List.of(summary, calls, findings, sessions, inputs)).doesNotContain(-1).isSorted();
        assertThat(dom).contains("<nav><a href=\"#summary\">").contains("class=\"badge b-error\"");
        // the calls table links each session and its causes; the cause sections link back to the sessions
        assertThat(dom).containsPattern("<tr class=\"failed\"><td><a href=\"#s\\d+\">").contains("<a href=\"#c-sip.auth-failed\">")
                .contains("id=\"c-sip.auth-failed\"").contains("<th>duration</th>").contains("<th>to / user</th>");
        // every ladder has its own markers; error responses are red
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile("<marker id=\"([^\"]+)\"").matcher(dom);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (ids.find()) {
            assertThat(seen.add(ids.group(1))).as("marker id %s is unique", ids.group(1)).isTrue();
        }
        assertThat(seen.size()).isGreaterThan(6);
        assertThat(dom).contains("<line class=\"e\"").contains("<title>SIP/2.0 401 Unauthorized</title>").contains("<summary>SDP</summary>");
        // a time line merged across files, in UTC, marked where the log gave only the time of day
        assertThat(dom).contains("(time of day)").contains("(local)");
        for (int[] size : new int[][] {{1280, 1600}, {420, 1600}}) {
            Path png = dir.resolve("bundle-" + size[0] + ".png");
            render(dir.resolve("bundle.html"), "--screenshot=" + png, "--window-size=" + size[0] + "," + size[1], "--hide-scrollbars");
            assertThat(pngSize(png)).containsExactly(size[0], size[1]);
            assertThat(Files.size(png)).as("a page was drawn at %d px", size[0]).isGreaterThan(30_000);
        }
    }

    /** In Persian the prose is right to left; log lines, ids, times and ladders stay left to right. */
    @Test
    void persianProseIsRightToLeftAndLogTextIsNot() throws Exception {
        Assumptions.assumeTrue(chromium != null, "headless Chromium is not installed");
        Path html = dir.resolve("fa.html");
        assertThat(CliRunner.run("diagnose", "--lang", "fa", "--output-format", "html", "-o", html.toString(),
                "../logs/sip/asterisk-wrong-password.log", "../logs/bbb/html5-client.log").status()).isEqualTo(1);
        String dom = render(html, "--dump-dom")[0];
        assertThat(dom).contains("<html lang=\"fa\">").doesNotContain("<html lang=\"fa\" dir=\"rtl\"");
        assertThat(dom).contains("<section id=\"summary\" dir=\"rtl\"><h2>خلاصه</h2>").contains("<pre dir=\"ltr\">")
                .contains("<div class=\"scroll\" dir=\"ltr\"><svg class=\"ladder\"").contains("<bdi>sip.auth-failed</bdi>")
                .contains("تماس‌ها و نشست‌ها").contains("ناموفق");
        Path png = dir.resolve("fa.png");
        render(html, "--screenshot=" + png, "--window-size=1280,1400", "--hide-scrollbars");
        assertThat(pngSize(png)).containsExactly(1280, 1400);
    }
}
