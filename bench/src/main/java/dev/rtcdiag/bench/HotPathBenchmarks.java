package dev.rtcdiag.bench;

import dev.rtcdiag.core.Diagnoser;
import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.parsers.InputFile;
import dev.rtcdiag.parsers.ParsedInput;
import dev.rtcdiag.parsers.Parsers;
import dev.rtcdiag.parsers.sip.SipParser;
import dev.rtcdiag.parsers.spi.LineReader;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The hot paths, each on a slice of the {@link CorpusGenerator} corpus held in memory (so disk speed
 * does not enter): line splitting and decoding, format detection, each parser, one SIP message, the
 * correlation and rules on parsed events ({@link EndToEndBenchmarks}: a whole directory). Scores are operations per second; one operation is the whole slice (about 2 MiB per
 * format) unless the method says otherwise. Run with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class HotPathBenchmarks {

    /** A slice of each format of the corpus. */
    @Param({"sipp", "bbb", "wcs", "statistics"})
    public String format;

    /** The SDP of {@link #INVITE}. */
    private static final String INVITE_SDP = "v=0\r\no=alice 2890844526 2890844526 IN IP4 192.0.2.10\r\ns=-\r\nc=IN IP4 192.0.2.10\r\nt=0 0\r\n"
            + "m=audio 49170 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";

    /** A typical INVITE with SDP (the shape of RFC 3261 §24.2's); Content-Length computed, so the message is valid. */
    static final byte[] INVITE = ("INVITE sip:bob@192.0.2.20:5060 SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-776asdhds\r\n"
            + "Max-Forwards: 70\r\nTo: Bob <sip:bob@192.0.2.20>\r\nFrom: Alice <sip:alice@192.0.2.10>;tag=1928301774\r\n"
            + "Call-ID: a84b4c76e66710@192.0.2.10\r\nCSeq: 314159 INVITE\r\nContact: <sip:alice@192.0.2.10:5060>\r\n"
            + "Content-Type: application/sdp\r\nContent-Length: " + INVITE_SDP.length() + "\r\n\r\n" + INVITE_SDP).getBytes(StandardCharsets.US_ASCII);

    private Path corpus;
    private byte[] sample;
    private byte[] invite;
    private List<LogEvent> events;
    private final Parsers parsers = Parsers.discover();
    private final Diagnoser diagnoser = Diagnoser.builder().parsers(parsers).build();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        corpus = Files.createTempDirectory("rtcdiag-jmh");
        CorpusGenerator.sipp(corpus, 2 << 20, new Random(1));
        CorpusGenerator.bbb(corpus, 2 << 20, new Random(2));
        CorpusGenerator.wcs(corpus, 2 << 20, new Random(3));
        CorpusGenerator.stats(corpus, 2 << 20, new Random(4));
        String prefix = switch (format) {
            case "sipp" -> "uac_";
            case "bbb" -> "html5-client";
            case "wcs" -> "flashphoner";
            default -> "statistics";
        };
        try (Stream<Path> files = Files.list(corpus)) {
            Path f = files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().findFirst().orElseThrow();
            sample = Files.readAllBytes(f);
        }
        invite = INVITE.clone();
        events = new ArrayList<>();
        try (ParsedInput in = open()) {
            while (in.hasNext()) {
                events.add(in.next());
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private ParsedInput open() throws IOException {
        return parsers.open(new InputFile(format, null), new ByteArrayInputStream(sample), ParserConfig.defaults(), null);
    }

    /** Splitting the slice into lines and decoding them (the floor under every parser). */
    @Benchmark
    public long lineReader() throws IOException {
        long n = 0;
        try (LineReader r = new LineReader(new ByteArrayInputStream(sample), ParserConfig.defaults())) {
            while (r.next() != null) {
                n++;
            }
        }
        return n;
    }

    /** Detecting the slice's format from its first 64 KiB (one operation: one detection). */
    @Benchmark
    public String detect() throws IOException {
        try (ParsedInput in = parsers.open(new InputFile(format, null), new ByteArrayInputStream(sample, 0, Math.min(sample.length, 65536)),
                ParserConfig.defaults(), null)) {
            return in.format();
        }
    }

    /** Detecting and parsing the whole slice into events. */
    @Benchmark
    public void parse(Blackhole bh) throws IOException {
        try (ParsedInput in = open()) {
            while (in.hasNext()) {
                bh.consume(in.next());
            }
        }
    }

    /** Parsing one SIP INVITE with SDP (one operation: one message; the same for every format). */
    @Benchmark
    public Object sipMessage() {
        return SipParser.parse(invite).message();
    }

    /** Correlation and rules over the slice's events, parsed beforehand. */
    @Benchmark
    public Diagnosis rules() {
        return diagnoser.diagnoseEvents(events);
    }
}
