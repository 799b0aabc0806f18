package dev.rtcdiag.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.core.judge.SessionJudge;
import dev.rtcdiag.core.rules.Condition;
import dev.rtcdiag.core.rules.Rule;
import dev.rtcdiag.core.rules.RuleSet;
import dev.rtcdiag.parsers.Parsers;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.spi.SystemId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With several threads, sessions are judged on the pool while the calling thread correlates (the rules
 * were half of its work), and listed in the order they closed: findings, the listener's calls, session
 * summaries and their time lines are the same as with one thread, whatever the pool's timing.
 */
class JudgingOnThePoolTest {

    @TempDir
    Path dir;

    /** SIPp traces: {@code files} of {@code calls} calls; every 5th call is rejected 486, every 7th 503. */
    private List<Path> traces(int files, int calls) throws Exception {
        List<Path> out = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            StringBuilder log = new StringBuilder();
            for (int c = 1; c <= calls; c++) {
                SipTrace t = SipTrace.call("p" + f + "c" + c + "@192.0.2.20").after(f * 0.1 + c * 3).request("INVITE").response(100, "Trying").after(0.2);
                if (c % 5 == 0) {
                    t.response(486, "Busy Here").answering("ACK");
                } else if (c % 7 == 0) {
                    t.response(503, "Service Unavailable").answering("ACK");
                } else {
                    t.response(180, "Ringing").responseWithSdp(200, "OK", "0").answering("ACK").after(1).nextCSeq().request("BYE").response(200, "OK");
                }
                log.append(t.text());
            }
            out.add(Files.writeString(dir.resolve("uac_" + f + "_messages.log"), log, StandardCharsets.UTF_8));
        }
        return out;
    }

    /** What a run gives, in order: the listener's calls, the findings, the session summaries with their time lines. */
    private record Run(List<String> heard, List<Finding> findings, List<SessionSummary> sessions) {
    }

    private static Run run(Diagnoser.Builder b, List<Path> inputs) {
        List<String> heard = new ArrayList<>();
        Diagnosis d = b.keepTimelines(20).listener(f -> heard.add(f.causeId() + " " + f.session())).build().diagnose(inputs);
        return new Run(heard, d.findings(), d.sessions());
    }

    /** The standard rules and one that never fires and notes the thread it ran on. */
    private static RuleSet withProbe(Set<String> judgedOn) {
        Rule probe = Rule.cause("sip.server-error").system(SystemId.SIP).when(Condition.custom("notes its thread", s -> {
            judgedOn.add(Thread.currentThread().getName());
            return Optional.empty();
        })).build();
        return RuleSet.standard().plus(List.of(probe));
    }

    @Test
    void sessionsAreJudgedOnThePoolAndListedInTheOrderTheyClosed() throws Exception {
        List<Path> inputs = traces(6, 150);
        Set<String> judgedOn = ConcurrentHashMap.newKeySet();
        RuleSet rules = withProbe(judgedOn);
        String caller = Thread.currentThread().getName();

        Run one = run(Diagnoser.builder().rules(rules), inputs);
        assertThat(judgedOn).containsExactly(caller);
        judgedOn.clear();
        Run two = run(Diagnoser.builder().rules(rules).threads(2), inputs);
        assertThat(judgedOn).isNotEmpty().doesNotContain(caller).allMatch(t -> t.startsWith("rtcdiag-worker-"));

        assertThat(one.heard()).filteredOn(h -> h.startsWith("sip.callee-busy ")).hasSize(6 * 30);
        assertThat(two.heard()).containsExactlyElementsOf(one.heard());
        assertThat(two.findings()).containsExactlyElementsOf(one.findings());
        assertThat(one.sessions()).hasSize(6 * 150).allMatch(s -> !s.timeline().isEmpty());
        assertThat(two.sessions()).containsExactlyElementsOf(one.sessions());
    }

    @Test
    void aLiveRunJudgesOnTheCallingThreadSoFindingsComeAsSessionsClose() throws Exception {
        List<Path> inputs = traces(2, 20);
        Set<String> judgedOn = ConcurrentHashMap.newKeySet();
        Diagnoser.builder().rules(withProbe(judgedOn)).threads(2).live(true).build().diagnose(inputs);
        assertThat(judgedOn).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void sessionsWaitingForTheirJudgementStayWithinTheirByteBound() throws Exception {
        // one byte: each session handed over waits for the one before it, so at most one more is ever pending
        List<Path> inputs = traces(2, 60);
        List<LogEvent> events = new ArrayList<>();
        for (Path p : inputs) {
            try (var in = Parsers.discover().open(new dev.rtcdiag.parsers.InputFile(p.toString(), p), ParserConfig.defaults(), null)) {
                while (in.hasNext()) {
                    events.add(in.next());
                }
            }
        }
        SessionJudge judge = new SessionJudge(RuleSet.standard(), KnowledgeBase.standard());
        List<String> inline = new ArrayList<>();
        Engine plain = new Engine(judge, SessionKeys.standard(), 10_000, 2_000, Duration.ofMinutes(10), f -> inline.add(f.causeId() + " " + f.session()));
        events.forEach(plain::accept);
        plain.finish();

        ExecutorService pool = Lanes.pool(2);
        try {
            List<String> pooled = new ArrayList<>();
            Engine[] bounded = new Engine[1];
            int[] mostPending = new int[1];
            bounded[0] = new Engine(judge, SessionKeys.standard(), 10_000, 2_000, Duration.ofMinutes(10), f -> {
                pooled.add(f.causeId() + " " + f.session());
                mostPending[0] = Math.max(mostPending[0], bounded[0].pendingCount());
            });
            // a slow judge (each session 2 ms late): without the bound the feeding thread would run far ahead
            bounded[0].judgeOn(task -> pool.execute(() -> {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                task.run();
            }), 1);
            events.forEach(bounded[0]::accept);
            bounded[0].finish();
            assertThat(bounded[0].pendingCount()).isZero();
            assertThat(mostPending[0]).isLessThanOrEqualTo(1);
            assertThat(pooled).isNotEmpty().containsExactlyElementsOf(inline);
            assertThat(bounded[0].sessions()).containsExactlyElementsOf(plain.sessions());
        } finally {
            pool.shutdownNow();
        }
    }
}
