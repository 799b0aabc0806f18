package dev.rtcdiag.bench;

import dev.rtcdiag.parsers.InputFile;
import dev.rtcdiag.parsers.ParsedInput;
import dev.rtcdiag.parsers.Parsers;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every format rtcdiag reads, one parser at a time: format detection and parsing of about 1 MiB.
 * {@link HotPathBenchmarks#parse} covers the four formats of the bench corpus with generated data. This
 * class takes each format's first golden file ({@code parsers/src/test/resources/.../golden/<format>/}),
 * repeated to 1 MiB, and for {@code sip.pcap} a capture from {@link CorpusGenerator}. Setup fails when
 * a sample is not detected as its format, so a score never belongs to the {@code text} fallback by
 * mistake. Run from the repository root: {@code bench/jmh.sh FormatBenchmarks}. Scores are MiB per
 * second, near enough: one operation reads one sample of at least 1 MiB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class FormatBenchmarks {

    static final Path GOLDEN = Path.of("parsers/src/test/resources/dev/rtcdiag/parsers/golden");
    static final int SAMPLE = 1 << 20;

    @Param({"bbb.browser-console", "bbb.conf-check", "bbb.html5-client-log", "bbb.webrtc-sfu", "bitrix.call-statistics", "bitrix.desktop",
        "broadworks.log", "freeswitch.log", "nginx", "sip.asterisk", "sip.kamailio-sipdump", "sip.messages", "sip.pcap", "sip.sipp-trace", "text",
        "voximplant.session-log", "wcs.client-log", "wcs.server-log", "webex.client"})
    public String format;

    private final Parsers parsers = Parsers.discover();
    private String name;
    private byte[] sample;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        if (format.equals("sip.pcap")) {
            Path dir = Files.createTempDirectory("rtcdiag-jmh");
            CorpusGenerator.pcap(dir, SAMPLE, new Random(5));
            name = "sip-capture.pcap";
            sample = Files.readAllBytes(dir.resolve(name));
            Files.delete(dir.resolve(name));
            Files.delete(dir);
        } else {
            Path fixture;
            try (Stream<Path> files = Files.list(GOLDEN.resolve(format))) {
                fixture = files.filter(p -> !p.getFileName().toString().endsWith(".expected")).min(Comparator.naturalOrder())
                        .orElseThrow(() -> new IllegalStateException("no golden file for " + format + " under " + GOLDEN.toAbsolutePath()));
            }
            name = fixture.getFileName().toString();
            sample = repeat(Files.readAllBytes(fixture));
        }
        try (ParsedInput in = open()) {
            if (!in.format().equals(format)) {
                throw new IllegalStateException(name + " is detected as " + in.format() + ", not " + format);
            }
        }
    }

    /** The fixture, end to end, until the sample has {@link #SAMPLE} bytes (a line break between copies). */
    static byte[] repeat(byte[] fixture) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(SAMPLE + fixture.length + 1);
        while (out.size() < SAMPLE) {
            out.writeBytes(fixture);
            if (fixture.length > 0 && fixture[fixture.length - 1] != '\n') {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    private ParsedInput open() throws IOException {
        return parsers.open(new InputFile(name, null), new ByteArrayInputStream(sample), ParserConfig.defaults(), null);
    }

    /** Detection and parsing of the whole sample. */
    @Benchmark
    public long parse(Blackhole bh) throws IOException {
        long n = 0;
        try (ParsedInput in = open()) {
            while (in.hasNext()) {
                bh.consume(in.next());
                n++;
            }
        }
        return n;
    }
}
