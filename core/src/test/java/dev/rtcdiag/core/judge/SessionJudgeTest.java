package dev.rtcdiag.core.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.rtcdiag.core.Finding;
import dev.rtcdiag.core.KnowledgeBase;
import dev.rtcdiag.core.rules.Condition;
import dev.rtcdiag.core.rules.Rule;
import dev.rtcdiag.core.rules.RuleSet;
import dev.rtcdiag.parsers.InputFile;
import dev.rtcdiag.parsers.ParsedInput;
import dev.rtcdiag.parsers.Parsers;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.spi.SystemId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The judge on its own, with no correlator: a session as a value in, findings out; shared across threads. */
class SessionJudgeTest {

    static List<LogEvent> events(String path) throws IOException {
        List<LogEvent> out = new ArrayList<>();
        try (ParsedInput in = Parsers.discover().open(new InputFile(path, Path.of(path)), ParserConfig.defaults(), null)) {
            in.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void aClosedSessionIsJudgedWithoutACorrelator() throws IOException {
        ClosedSession busy = ClosedSession.of("call-id=1-4711@192.0.2.20", SystemId.SIP, events("../examples/logs/sip/sipp-busy.log"));
        Judgement j = SessionJudge.standard().judge(busy);
        assertThat(j.faults()).isEmpty();
        assertThat(j.findings()).extracting(Finding::causeId).containsExactly("sip.callee-busy");
        assertThat(j.findings().get(0).evidence()).anySatisfy(e -> assertThat(e.text()).isEqualTo("SIP/2.0 486 Busy Here"));
    }

    @Test
    void oneJudgeServesManyThreadsWithTheSameAnswers() throws Exception {
        SessionJudge judge = SessionJudge.standard();
        List<ClosedSession> sessions = List.of(
                ClosedSession.of("a", SystemId.SIP, events("../examples/logs/sip/sipp-busy.log")),
                ClosedSession.of("b", SystemId.SIP, events("../examples/logs/sip/asterisk-wrong-password.log")));
        List<List<String>> expected = sessions.stream().map(s -> judge.judge(s).findings().stream().map(Finding::causeId).toList()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                ClosedSession s = sessions.get(i % 2);
                runs.add(pool.submit(() -> judge.judge(s).findings().stream().map(Finding::causeId).toList()));
            }
            for (int i = 0; i < runs.size(); i++) {
                assertThat(runs.get(i).get()).isEqualTo(expected.get(i % 2));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected.get(1)).contains("sip.auth-failed");
    }

    @Test
    void aRuleThatThrowsIsReportedNotThrown() throws IOException {
        Rule broken = Rule.cause("sip.callee-busy").system(SystemId.SIP)
                .when(Condition.custom("throws", s -> {
                    throw new IllegalStateException("boom");
                })).build();
        SessionJudge judge = new SessionJudge(RuleSet.of(List.of(broken)), KnowledgeBase.standard());
        Judgement j = judge.judge(ClosedSession.of("a", SystemId.SIP, events("../examples/logs/sip/sipp-busy.log")));
        assertThat(j.findings()).isEmpty();
        assertThat(j.faults()).singleElement().satisfies(f -> assertThat(f.describe()).contains("sip.callee-busy").contains("boom"));
    }

    @Test
    void aRuleForAnUnknownCauseIsRefusedAtOnce() {
        Rule unknown = Rule.cause("acme.busy-trunk").system(SystemId.SIP).when(Condition.custom("never", s -> java.util.Optional.empty())).build();
        assertThatIllegalArgumentException().isThrownBy(() -> new SessionJudge(RuleSet.of(List.of(unknown)), KnowledgeBase.standard()))
                .withMessageContaining("acme.busy-trunk");
    }
}
