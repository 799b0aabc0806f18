package dev.rtcdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's {@code rtcdiag} launcher script, run by bash in a copy of the checkout's layout
 * with stand-in {@code mvn} and {@code java} programs that record how they were called. That keeps
 * the test hermetic and fast while the script itself is the real one.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {

    private static final Path SCRIPT = Path.of("../../rtcdiag");

    @TempDir Path tmp;
    private Path checkout;
    private Path bin;
    private Path record;

    @BeforeEach
    void layout() throws IOException {
        checkout = Files.createDirectories(tmp.resolve("checkout"));
        Files.copy(SCRIPT, checkout.resolve("rtcdiag"));
        executable(checkout.resolve("rtcdiag"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        for (String module : List.of("catalog", "parsers", "core", "examples/cli")) {
            Path source = Files.createDirectories(checkout.resolve(module).resolve("src/main/java"));
            Files.writeString(source.resolve("A.java"), "class A {}");
        }
        record = tmp.resolve("record.txt");
        bin = Files.createDirectories(tmp.resolve("bin"));
        // mvn: says where it ran, prints as a colourful build would, and makes the jar
        Files.writeString(bin.resolve("mvn"), """
                #!/usr/bin/env bash
                echo "mvn in $PWD: $*" >> "%s"
                printf '\\033[0m[INFO] building\\n'
                printf '\\033[1;31m[WARN] noisy\\033[0m\\n' >&2
                mkdir -p examples/cli/target && echo jar > examples/cli/target/rtcdiag.jar
                """.formatted(record));
        Files.writeString(bin.resolve("java"), """
                #!/usr/bin/env bash
                echo "java $*" >> "%s"
                """.formatted(record));
        executable(bin.resolve("mvn"));
        executable(bin.resolve("java"));
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int status, String stderr, List<String> calls) {}

    /** The compiler thresholds the launcher passes first (see the script for why). */
    private static final String JIT = "-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000"
            + " -XX:Tier4BackEdgeThreshold=400000";

    /** The quick compiler alone, which the launcher asks for when the input is small (see the script for why). */
    private static final String C1 = " -XX:TieredStopAtLevel=1";

    @Test
    void smallInputsRunOnTheQuickCompilerAloneAndLargeOrOpenEndedOnesDoNot() throws Exception {
        run(checkout.resolve("rtcdiag"), tmp, Map.of()); // builds the stand-in jar
        Path logs = Files.createDirectories(tmp.resolve("logs"));
        Files.writeString(logs.resolve("small.log"), "INVITE sip:bob@example.com SIP/2.0\n");
        Path big = tmp.resolve("big.log");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(40L << 20); // sparse: 40 MiB of apparent size, next to nothing on disk
        }
        Path half = tmp.resolve("half.log");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(half.toFile(), "rw")) {
            f.setLength(20L << 20);
        }
        assertThat(javaCall("diagnose", logs.resolve("small.log").toString())).contains(C1);
        assertThat(javaCall("diagnose", "--fail-on", "never", logs.toString())).as("a folder of small files").contains(C1);
        assertThat(javaCall("causes")).as("no input at all").contains(C1);
        assertThat(javaCall("diagnose", big.toString())).doesNotContain(C1);
        assertThat(javaCall("diagnose", half.toString(), logs.toString(), half.toString())).as("40 MiB in all").doesNotContain(C1);
        assertThat(javaCall("diagnose", "--follow", logs.resolve("small.log").toString())).doesNotContain(C1);
        assertThat(javaCall("diagnose", "-vf", logs.resolve("small.log").toString())).doesNotContain(C1);
        assertThat(javaCall("diagnose", "-")).as("standard input").doesNotContain(C1);
        Files.write(logs.resolve("old.log.gz"), new byte[] {0x1f, (byte) 0x8b});
        assertThat(javaCall("diagnose", logs.toString())).as("a folder holding a compressed file").doesNotContain(C1);
        assertThat(javaCall("diagnose", logs.resolve("old.log.gz").toString())).doesNotContain(C1);
    }

    /** The java command line the launcher runs for these arguments (the jar built already). */
    private String javaCall(String... args) throws Exception {
        Run r = run(checkout.resolve("rtcdiag"), tmp, Map.of(), args);
        assertThat(r.calls()).singleElement().asString().startsWith("java ");
        return r.calls().get(0);
    }

    private Run run(Path launcher, Path workingDir, Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDir.toFile());
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.environment().remove("RTCDIAG_JAVA_OPTS");
        pb.environment().put("RTCDIAG_NO_CDS", "1"); // the class-data archive has its own test
        pb.environment().putAll(env);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Path err = tmp.resolve("stderr.txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> calls = Files.exists(record) ? Files.readAllLines(record) : List.of();
        Files.deleteIfExists(record);
        return new Run(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8), calls);
    }

    @Test
    void throughASymlinkItBuildsAndRunsTheCheckoutItPointsInto() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("home/bin"));
        Path link = Files.createSymbolicLink(elsewhere.resolve("rtcdiag"), checkout.resolve("rtcdiag"));
        Run r = run(link, tmp, Map.of(), "diagnose", "x.log");
        assertThat(r.status()).isZero();
        assertThat(r.calls()).hasSize(2);
        assertThat(r.calls().get(0)).startsWith("mvn in " + checkout.toRealPath() + ":");
        assertThat(r.calls().get(1)).isEqualTo("java " + JIT + C1 + " -Xmx1g -XX:+UseParallelGC -jar " + checkout.toRealPath() + "/examples/cli/target/rtcdiag.jar diagnose x.log");
    }

    @Test
    void buildOutputGoesToALogFileAndNoEscapeCodesReachTheTerminal() throws Exception {
        Run r = run(checkout.resolve("rtcdiag"), tmp, Map.of());
        assertThat(r.status()).isZero();
        assertThat(r.stderr()).doesNotContain("\u001b").doesNotContain("[INFO]").contains("rtcdiag-build.log");
        assertThat(r.calls().get(0)).contains("-Dstyle.color=never");
        Path log = checkout.resolve("examples/cli/target/rtcdiag-build.log");
        assertThat(Files.readString(log)).contains("[INFO] building").contains("[WARN] noisy");
    }

    @Test
    void aJarOlderThanASourceIsRebuiltAndAFreshOneIsNot() throws Exception {
        run(checkout.resolve("rtcdiag"), tmp, Map.of());
        Path jar = checkout.resolve("examples/cli/target/rtcdiag.jar");
        Instant built = Instant.now().minusSeconds(60);
        Files.setLastModifiedTime(jar, FileTime.from(built));
        for (String module : List.of("catalog", "parsers", "core", "examples/cli")) {
            Files.setLastModifiedTime(checkout.resolve(module).resolve("src/main/java/A.java"), FileTime.from(built.minusSeconds(60)));
        }
        Files.setLastModifiedTime(checkout.resolve("pom.xml"), FileTime.from(built.minusSeconds(60)));

        Run fresh = run(checkout.resolve("rtcdiag"), tmp, Map.of());
        assertThat(fresh.calls()).singleElement().asString().startsWith("java ");

        // as after a git pull that changed the parser module
        Files.setLastModifiedTime(checkout.resolve("parsers/src/main/java/A.java"), FileTime.from(Instant.now()));
        Run stale = run(checkout.resolve("rtcdiag"), tmp, Map.of());
        assertThat(stale.calls()).hasSize(2);
        assertThat(stale.calls().get(0)).startsWith("mvn ");

        // and a target folder's own files never count as sources
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(5)));
        Files.setLastModifiedTime(checkout.resolve("parsers/src/main/java/A.java"), FileTime.from(built));
        Path generated = Files.createDirectories(checkout.resolve("core/target/src/main/x"));
        Files.writeString(generated.resolve("B.java"), "class B {}");
        assertThat(run(checkout.resolve("rtcdiag"), tmp, Map.of()).calls()).singleElement().asString().startsWith("java ");
    }

    @Test
    void javaOptionsFromTheEnvironmentReplaceTheDefaultHeap() throws Exception {
        Run r = run(checkout.resolve("rtcdiag"), tmp, Map.of("RTCDIAG_JAVA_OPTS", "-Xmx256m -Dx=y"), "--version");
        // after the compiler thresholds, so a -XX option given here wins (the JVM takes the last)
        assertThat(r.calls().get(1)).startsWith("java " + JIT + C1 + " -Xmx256m -Dx=y -jar ").endsWith("rtcdiag.jar --version").doesNotContain("-Xmx1g").doesNotContain("UseParallelGC");
    }

    @Test
    void aFailedBuildShowsTheEndOfItsLogAndExitsTwo() throws Exception {
        Files.writeString(bin.resolve("mvn"), """
                #!/usr/bin/env bash
                echo "[ERROR] COMPILATION ERROR: A.java:[1,1] class, interface expected"
                exit 1
                """);
        Run r = run(checkout.resolve("rtcdiag"), tmp, Map.of());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.stderr()).contains("build failed").contains("COMPILATION ERROR");
        assertThat(r.calls()).isEmpty();
    }

    /**
     * The class-data archive is made once per build of the jar (the classes an example's diagnosis loads
     * are listed, then dumped into a static archive), then used; a failure at either step changes nothing.
     */
    @Test
    void aClassDataArchiveIsMadeOncePerJarAndThenUsed() throws Exception {
        Files.writeString(bin.resolve("java"), """
                #!/usr/bin/env bash
                echo "java $*" >> "%s"
                for a in "$@"; do
                  case "$a" in
                    -XX:DumpLoadedClassList=*) echo picocli/CommandLine > "${a#-XX:DumpLoadedClassList=}" ;;
                    -XX:SharedArchiveFile=*) case "$*" in *-Xshare:dump*) echo archive > "${a#-XX:SharedArchiveFile=}" ;; esac ;;
                  esac
                done
                """.formatted(record));
        Run first = run(checkout.resolve("rtcdiag"), tmp, Map.of("RTCDIAG_NO_CDS", ""), "diagnose", "x.log"); // the first builds the jar
        Path target = checkout.resolve("examples/cli/target").toRealPath();
        Path jsa = target.resolve("rtcdiag.jsa");
        assertThat(first.calls()).hasSize(4);
        assertThat(first.calls().get(1)).contains("-XX:DumpLoadedClassList=" + target).contains("examples/logs/sip/asterisk-wrong-password.log");
        assertThat(first.calls().get(2)).contains("-Xshare:dump", "-XX:SharedClassListFile=" + target, "-XX:SharedArchiveFile=" + jsa + ".")
                .endsWith("-cp " + target.resolve("rtcdiag.jar"));
        assertThat(first.calls().get(3)).contains("-XX:SharedArchiveFile=" + jsa + " ").endsWith("-jar " + target.resolve("rtcdiag.jar") + " diagnose x.log");
        assertThat(jsa).hasContent("archive");
        try (var left = Files.list(target)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("classlist") || n.matches("rtcdiag\\.jsa\\.[0-9]+"));
        }
        Run again = run(checkout.resolve("rtcdiag"), tmp, Map.of("RTCDIAG_NO_CDS", ""), "diagnose", "y.log");
        assertThat(again.calls()).singleElement().asString().contains("-XX:SharedArchiveFile=");
        assertThat(Files.readString(target.resolve("rtcdiag.jsa.for"))).contains(target.resolve("rtcdiag.jar").toString()).contains("-Xmx1g");

        // a JVM ignores an archive made for another jar path or other heap options, the JDK's classes too: made anew
        Files.writeString(target.resolve("rtcdiag.jsa.for"), "/elsewhere/examples/cli/target/rtcdiag.jar\n");
        assertThat(run(checkout.resolve("rtcdiag"), tmp, Map.of("RTCDIAG_NO_CDS", ""), "diagnose", "y.log").calls()).hasSize(3);
        Run otherHeap = run(checkout.resolve("rtcdiag"), tmp, Map.of("RTCDIAG_NO_CDS", "", "RTCDIAG_JAVA_OPTS", "-Xmx64m"), "diagnose", "y.log");
        assertThat(otherHeap.calls()).hasSize(3);
        assertThat(otherHeap.calls().get(1)).contains("-Xmx64m -Xshare:dump");
        assertThat(run(checkout.resolve("rtcdiag"), tmp, Map.of("RTCDIAG_NO_CDS", "", "RTCDIAG_JAVA_OPTS", "-Xmx64m"), "diagnose", "y.log").calls())
                .hasSize(1);

        // a java that cannot dump the archive: the run goes on without one, and nothing half made is left
        Files.delete(jsa);
        Files.writeString(bin.resolve("java"), """
                #!/usr/bin/env bash
                echo "java $*" >> "%s"
                for a in "$@"; do
                  case "$a" in -XX:DumpLoadedClassList=*) echo picocli/CommandLine > "${a#-XX:DumpLoadedClassList=}" ;; esac
                done
                case "$*" in *-Xshare:dump*) exit 1 ;; esac
                """.formatted(record));
        Run without = run(checkout.resolve("rtcdiag"), tmp, Map.of("RTCDIAG_NO_CDS", ""), "diagnose", "z.log");
        assertThat(without.status()).isZero();
        assertThat(without.calls()).hasSize(3);
        assertThat(without.calls().get(2)).doesNotContain("SharedArchiveFile").endsWith("diagnose z.log");
        assertThat(jsa).doesNotExist();
        try (var left = Files.list(target)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("classlist") || n.startsWith("rtcdiag.jsa"));
        }
    }
}
