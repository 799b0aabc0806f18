package dev.rtcdiag.bench;

import dev.rtcdiag.core.Diagnoser;
import dev.rtcdiag.core.Diagnosis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole diagnosis of a {@link CorpusGenerator} directory from disk, warm, with one and two parsing
 * threads (the cold, whole-process figures are {@code bench/compare.sh}'s).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class EndToEndBenchmarks {

    /** The State of the end-to-end benchmark: a whole corpus directory on disk. */
    @State(Scope.Benchmark)
    public static class Corpus {
        @Param({"1", "2"})
        public int threads;
        Path dir;
        Diagnoser diagnoser;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            dir = Files.createTempDirectory("rtcdiag-jmh-corpus");
            // sixteen files of one day each, so that several are open at once and threads have work to share
            for (int i = 0; i < 4; i++) {
                Path d = Files.createDirectories(dir.resolve("part" + i));
                CorpusGenerator.sipp(d, 3 << 20, new Random(10 + i));
                CorpusGenerator.bbb(d, 3 << 20, new Random(20 + i));
                CorpusGenerator.wcs(d, 2 << 20, new Random(30 + i));
                CorpusGenerator.stats(d, 1 << 20, new Random(40 + i));
            }
            diagnoser = Diagnoser.builder().threads(threads).build();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Diagnosing a 36 MiB corpus directory from disk, end to end (one operation: the whole directory). */
    @Benchmark
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 10)
    public Diagnosis endToEnd(Corpus c) {
        return c.diagnoser.diagnose(List.of(c.dir));
    }

}
