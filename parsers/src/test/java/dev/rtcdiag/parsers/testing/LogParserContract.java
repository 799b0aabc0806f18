package dev.rtcdiag.parsers.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.LogFormatProvider;
import dev.rtcdiag.parsers.spi.LogInput;
import dev.rtcdiag.parsers.spi.LogParser;
import dev.rtcdiag.parsers.spi.MalformedReason;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract every log format's parser keeps, whatever bytes it is given. Each format's test class
 * implements this interface and supplies its provider (and, optionally, a valid sample).
 */
public interface LogParserContract {

    /** The format under test. */
    LogFormatProvider provider();

    /** A small valid input of the format (used to check that limits do not break normal parsing). */
    byte[] validSample();

    /** Parses bytes with a provider directly (no detection), within a time bound. */
    default List<LogEvent> parse(byte[] bytes, ParserConfig config) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            List<LogEvent> events = new ArrayList<>();
            try (LogParser p = provider().open(new LogInput("contract", new ByteArrayInputStream(bytes)), config)) {
                while (p.hasNext()) {
                    events.add(p.next());
                }
                assertThat(p.hasNext()).isFalse();
                assertThatThrownBy(p::next).isInstanceOf(NoSuchElementException.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return events;
        });
    }

    /** Positions are 1-based, name the source, and never go backwards. */
    default void assertPositionsSane(List<LogEvent> events) {
        long last = 0;
        for (LogEvent e : events) {
            assertThat(e.position().source()).isEqualTo("contract");
            assertThat(e.position().line()).isPositive();
            assertThat(e.position().line()).as("line of %s", e).isGreaterThanOrEqualTo(last);
            assertThat(e.format()).isEqualTo(provider().id());
            assertThat(e.isMalformed()).isEqualTo(e.malformedReason().isPresent());
            last = e.position().line();
        }
    }

    @Test
    default void emptyInputGivesNoEventAndNoException() {
        assertThat(parse(new byte[0], ParserConfig.defaults()).stream().filter(e -> e.kind() != EventKind.LOG)).isEmpty();
    }

    @Test
    default void validSampleParsesWithoutMalformedEvents() {
        List<LogEvent> events = parse(validSample(), ParserConfig.defaults().withStrict(true));
        assertThat(events).isNotEmpty();
        assertPositionsSane(events);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 4711})
    default void randomBytesNeverThrowAndPositionsIncrease(long seed) {
        Random r = new Random(seed);
        byte[] bytes = new byte[1 + r.nextInt(200_000)];
        r.nextBytes(bytes);
        assertPositionsSane(parse(bytes, ParserConfig.defaults()));
    }

    @Test
    default void textishGarbageNeverThrows() {
        Random r = new Random(7);
        StringBuilder sb = new StringBuilder();
        String[] pieces = {"SIP/2.0 ", "INVITE sip:a@b SIP/2.0", "\r\n", "\n", "\r", "Content-Length: ", "99999999999",
                "Via: SIP/2.0/UDP", ";;;", "\"", "<", ">", "v=0", "l: -5", "\u0000", "é", "\uFFFD", "=".repeat(20), "~".repeat(20),
                "|".repeat(20), "recv 10 bytes from udp/[1.2.3.4]:5 at 10:00:00.000000:", "-".repeat(72),
                "----------------------------------------------- 2024-01-01\t00:00:00.0", "UDP message sent (1 bytes):",
                "-----BEGIN SIP TRACE x", "<--- SIP read from UDP:1.2.3.4:5060 --->", "<------------->", "\t", " "};
        for (int i = 0; i < 20_000; i++) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        assertPositionsSane(parse(sb.toString().getBytes(StandardCharsets.UTF_8), ParserConfig.defaults()));
    }

    @Test
    default void nulBytesInvalidUtf8AndCrOnlyLineEndsAreRead() {
        byte[] bytes = "line one\rline two\r\u0000\u0000 bin\rcaf\u00e9\r".getBytes(StandardCharsets.ISO_8859_1);
        byte[] withBadUtf8 = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, withBadUtf8, 0, bytes.length);
        withBadUtf8[bytes.length] = (byte) 0xC3;
        withBadUtf8[bytes.length + 1] = (byte) 0x28;
        withBadUtf8[bytes.length + 2] = '\r';
        assertPositionsSane(parse(withBadUtf8, ParserConfig.defaults()));
    }

    @Test
    default void overlongLineIsReportedAndParsingResumes() {
        ParserConfig small = ParserConfig.defaults().withMaxLineLength(1024);
        byte[] sample = validSample();
        byte[] longLine = ("x".repeat(50_000) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[longLine.length + sample.length];
        System.arraycopy(longLine, 0, all, 0, longLine.length);
        System.arraycopy(sample, 0, all, longLine.length, sample.length);
        List<LogEvent> events = parse(all, small);
        assertPositionsSane(events);
        if (isLineBased()) {
            assertThat(events).anyMatch(e -> e.malformedReason().filter(MalformedReason.TOO_LONG::equals).isPresent());
            assertThat(events).anyMatch(e -> !e.isMalformed() && e.position().line() > 1);
        }
    }

    @Test
    default void hugeContentLengthIsNotTrusted() {
        byte[] bytes = ("INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nCall-ID: x\r\nCSeq: 1 INVITE\r\n"
                + "From: <sip:a@b>;tag=1\r\nTo: <sip:bob@example.com>\r\nContent-Length: 2147483647\r\n\r\nv=0\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        assertPositionsSane(parse(bytes, ParserConfig.defaults()));
    }

    @Test
    default void unterminatedRecordAtEndOfInputIsNotLost() {
        byte[] bytes = "SIP/2.0 486 Busy Here\r\nCall-ID: abc\r\nCSeq: 1 INVITE\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK2"
                .getBytes(StandardCharsets.US_ASCII);
        List<LogEvent> events = parse(bytes, ParserConfig.defaults());
        assertPositionsSane(events);
        if (isLineBased()) {
            assertThat(events).isNotEmpty();
        }
    }

    /** Whether the format reads lines (pcap does not). */
    default boolean isLineBased() {
        return true;
    }

    /** Parses a stream of {@code size} bytes of {@code unit} repeated (not held in memory), within a time bound. */
    default long countEvents(java.io.InputStream in, ParserConfig config, Duration bound) {
        return assertTimeoutPreemptively(bound, () -> {
            long n = 0;
            long last = 0;
            try (LogParser p = provider().open(new LogInput("contract", in), config)) {
                while (p.hasNext()) {
                    LogEvent e = p.next();
                    assertThat(e.position().line()).isGreaterThanOrEqualTo(last);
                    last = e.position().line();
                    n++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return n;
        });
    }

    /** A stream of {@code unit} repeated up to {@code size} bytes, generated as it is read. */
    static java.io.InputStream repeated(byte[] unit, long size) {
        return new java.io.InputStream() {
            long pos;

            @Override
            public int read() {
                return pos < size ? unit[(int) (pos++ % unit.length)] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - pos);
                for (int i = 0; i < n; i++) {
                    b[off + i] = unit[(int) (pos++ % unit.length)];
                }
                return n;
            }
        };
    }

    @Test
    default void aHundredMegabyteLineIsCutAndReadInBoundedTime() {
        long events = countEvents(repeated("x".getBytes(StandardCharsets.US_ASCII), 100L << 20), ParserConfig.defaults(), Duration.ofSeconds(60));
        if (isLineBased()) {
            assertThat(events).isBetween(1L, 4L); // one line: its TOO_LONG report and at most a few events for its cut text
        }
    }

    @Test
    default void aMillionTinyLinesAreReadInBoundedTime() {
        long events = countEvents(repeated("a\n".getBytes(StandardCharsets.US_ASCII), 2_000_000), ParserConfig.defaults(), Duration.ofSeconds(60));
        assertThat(events).isLessThanOrEqualTo(1_000_001L);
    }
}
