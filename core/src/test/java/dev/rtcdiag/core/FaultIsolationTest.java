package dev.rtcdiag.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.core.rules.Condition;
import dev.rtcdiag.core.rules.Rule;
import dev.rtcdiag.core.rules.RuleSet;
import dev.rtcdiag.parsers.Parsers;
import dev.rtcdiag.parsers.spi.Detection;
import dev.rtcdiag.parsers.spi.DetectionInput;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.LogFormatProvider;
import dev.rtcdiag.parsers.spi.LogInput;
import dev.rtcdiag.parsers.spi.LogParser;
import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.spi.SystemId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One bad input costs only itself: a parser that throws (a StackOverflowError, as a backtracking regex
 * did on a 2.7 KB BroadWorks line) or a rule that throws is contained, reported, and the run goes on,
 * marked partial; the other inputs and sessions are diagnosed.
 */
class FaultIsolationTest {

    /** A format whose parser overflows the stack on its second event. */
    static final class Exploding implements LogFormatProvider {
        @Override
        public String id() {
            return "test.exploding";
        }

        @Override
        public String description() {
            return "a parser that fails";
        }

        @Override
        public String detectionSummary() {
            return "a first line 'EXPLODE'";
        }

        @Override
        public Detection detect(DetectionInput input) {
            return !input.lines().isEmpty() && input.lines().get(0).equals("EXPLODE") ? Detection.match(Detection.PRIORITY_STRONG) : Detection.noMatch();
        }

        @Override
        public LogParser open(LogInput input, ParserConfig config) {
            return new LogParser() {
                private int n;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public LogEvent next() {
                    if (++n > 1) {
                        throw new StackOverflowError();
                    }
                    return LogEvent.builder(new dev.rtcdiag.parsers.spi.SourcePosition(input.name(), 1, 0), id()).message("first").build();
                }

                @Override
                public void close() {
                }
            };
        }
    }

    private static Parsers parsers() {
        List<LogFormatProvider> all = new ArrayList<>(Parsers.discover().providers());
        all.add(new Exploding());
        return Parsers.of(all);
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 2})
    void aParserThatOverflowsCostsOnlyItsInput(int threads, @TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("a-bad.log"), "EXPLODE\nmore\n");
        Path good = Path.of("../examples/logs/sip/asterisk-wrong-password.log");
        Diagnosis d = Diagnoser.builder().parsers(parsers()).threads(threads).build().diagnose(List.of(bad, good));
        assertThat(d.findings()).extracting(Finding::causeId).contains("sip.auth-failed");
        InputStats failed = d.inputs().stream().filter(i -> i.path().endsWith("a-bad.log")).findFirst().orElseThrow();
        assertThat(failed.readable()).isFalse();
        assertThat(failed.error()).contains("test.exploding parser failed").contains("StackOverflowError");
        assertThat(d.isPartial()).isTrue();
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 2})
    void aRuleThatThrowsCostsOnlyItsFinding(int threads) {
        // with two threads the rule runs on the pool (JudgingOnThePoolTest): the fault still comes back to the run
        Rule broken = Rule.cause("sip.server-error").system(SystemId.SIP).when(Condition.custom("throws", s -> {
            throw new IllegalStateException("rule bug");
        })).build();
        Diagnosis d = Diagnoser.builder().rules(RuleSet.standard().plus(List.of(broken))).threads(threads).build()
                .diagnose(List.of(Path.of("../examples/logs/sip/asterisk-wrong-password.log")));
        assertThat(d.findings()).extracting(Finding::causeId).contains("sip.auth-failed");
        assertThat(d.isPartial()).isTrue();
        assertThat(d.partialReason()).contains("rule for sip.server-error failed").contains("rule bug");
    }

    @org.junit.jupiter.api.Test
    void aCutGzipMakesTheResultPartial(@TempDir Path dir) throws IOException {
        byte[] log = Files.readAllBytes(Path.of("../examples/logs/sip/asterisk-wrong-password.log"));
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(log);
        }
        byte[] whole = gz.toByteArray();
        Path cut = Files.write(dir.resolve("trace.log.gz"), java.util.Arrays.copyOf(whole, whole.length - 12)); // the trailer and a little data lost
        Diagnosis d = Diagnoser.builder().build().diagnose(List.of(cut));
        assertThat(d.isPartial()).isTrue();
        assertThat(d.partialReason()).contains("inputs ended early").contains("trace.log.gz");
        Diagnosis complete = Diagnoser.builder().build().diagnose(List.of(Files.write(dir.resolve("whole.log.gz"), whole)));
        assertThat(complete.isPartial()).isFalse();
    }
}
