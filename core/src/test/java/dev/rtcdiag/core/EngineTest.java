package dev.rtcdiag.core;

import static dev.rtcdiag.core.assertj.RtcdiagAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {

    @TempDir
    Path dir;

    static String busy(String callId) {
        return SipTrace.call(callId).request("INVITE").response(100, "Trying").response(486, "Busy Here").request("ACK").text();
    }

    @Test
    void theSameCallIdInTwoFilesIsOneSessionWithEvidenceFromBoth() throws Exception {
        Path client = Files.writeString(dir.resolve("client.log"),
                SipTrace.call("shared-1").request("REGISTER").response(401, "Unauthorized", "WWW-Authenticate: Digest realm=\"r\", nonce=\"1\"").text());
        Path server = Files.writeString(dir.resolve("server.log"),
                SipTrace.call("shared-1").nextCSeq().request("REGISTER", "Authorization: Digest username=\"u\", realm=\"r\", nonce=\"1\", response=\"x\"")
                        .response(403, "Forbidden").text());
        Diagnosis d = Diagnoser.builder().build().diagnose(List.of(client, server));
        assertThat(d).hasCause("sip.auth-failed");
        Finding f = d.finding("sip.auth-failed").orElseThrow();
        org.assertj.core.api.Assertions.assertThat(f.evidence()).extracting(e -> Path.of(e.position().source()).getFileName().toString())
                .contains("client.log", "server.log");
        org.assertj.core.api.Assertions.assertThat(d.sessions()).hasSize(1);
    }

    @Test
    void theOpenSessionCapClosesTheOldestAndSaysSoInItsFindings() {
        StringBuilder log = new StringBuilder();
        log.append(SipTrace.call("first").request("INVITE").response(486, "Busy Here").text());
        for (int i = 0; i < 5; i++) {
            log.append(SipTrace.call("other-" + i).request("OPTIONS").response(200, "OK").text());
        }
        Diagnosis d = Diagnoser.builder().maxOpenSessions(3).build()
                .diagnose(new ByteArrayInputStream(log.toString().getBytes(StandardCharsets.UTF_8)), "many.log");
        assertThat(d).finding("sip.callee-busy").hasNoteContaining("closed early: more than 3 sessions");
        org.assertj.core.api.Assertions.assertThat(d.sessions()).filteredOn(SessionSummary::closedEarly).isNotEmpty();
    }

    @Test
    void eventsBeyondThePerSessionLimitAreCountedAndNoted() {
        SipTrace t = SipTrace.call("long").request("INVITE").response(486, "Busy Here");
        for (int i = 0; i < 10; i++) {
            t.request("ACK");
        }
        Diagnosis d = Diagnoser.builder().maxEventsPerSession(5).build()
                .diagnose(new ByteArrayInputStream(t.text().getBytes(StandardCharsets.UTF_8)), "long.log");
        assertThat(d).finding("sip.callee-busy").hasNoteContaining("5 were kept for analysis");
        org.assertj.core.api.Assertions.assertThat(d.sessions().get(0).events()).isEqualTo(12);
    }

    @Test
    void idleSessionsCloseInEventTimeAndFindingsStreamToTheListener() {
        StringBuilder log = new StringBuilder(busy("early"));
        SipTrace later = SipTrace.call("later").after(3600);
        for (int i = 0; i < 1100; i++) {
            later.request("OPTIONS").response(200, "OK").after(1);
        }
        log.append(later.text());
        List<String> streamed = new ArrayList<>();
        AtomicInteger closedBeforeEnd = new AtomicInteger();
        Diagnoser.builder().idleTimeout(Duration.ofMinutes(5)).listener(f -> {
            streamed.add(f.causeId());
            closedBeforeEnd.incrementAndGet();
        }).build().diagnose(new ByteArrayInputStream(log.toString().getBytes(StandardCharsets.UTF_8)), "idle.log");
        org.assertj.core.api.Assertions.assertThat(streamed).containsExactly("sip.callee-busy");
    }

    @Test
    void anExhaustedTimeBudgetGivesAResultMarkedPartial() {
        Diagnosis d = Diagnoser.builder().timeBudget(Duration.ZERO).build()
                .diagnose(new ByteArrayInputStream(busy("x").repeat(200).getBytes(StandardCharsets.UTF_8)), "big.log");
        org.assertj.core.api.Assertions.assertThat(d.isPartial()).isTrue();
        org.assertj.core.api.Assertions.assertThat(d.partialReason()).contains("time budget");
    }

    @Test
    void cancellationGivesAResultMarkedPartial() {
        Diagnosis d = Diagnoser.builder().cancellation(() -> true).build().diagnose(List.of(dir));
        org.assertj.core.api.Assertions.assertThat(d.partialReason()).isEqualTo("cancelled");
    }

    @Test
    void anUnreadableInputIsReportedByNameAndMakesTheResultPartial() {
        Diagnosis d = Diagnoser.builder().build().diagnose(List.of(dir.resolve("missing.log")));
        org.assertj.core.api.Assertions.assertThat(d.inputs()).singleElement()
                .satisfies(i -> org.assertj.core.api.Assertions.assertThat(i.error()).contains("missing.log"));
        org.assertj.core.api.Assertions.assertThat(d.isPartial()).isTrue();
    }

    @Test
    void diagnosingReadyMadeEventsWorksWithoutFiles() throws Exception {
        var events = new ArrayList<dev.rtcdiag.parsers.spi.LogEvent>();
        try (var in = dev.rtcdiag.parsers.Parsers.discover().open(new dev.rtcdiag.parsers.InputFile("mem", null),
                new ByteArrayInputStream(busy("ev").getBytes(StandardCharsets.UTF_8)), dev.rtcdiag.parsers.spi.ParserConfig.defaults(), null)) {
            in.forEachRemaining(events::add);
        }
        assertThat(Diagnoser.builder().build().diagnoseEvents(events)).hasOnlyCauses("sip.callee-busy");
    }

    @Test
    void theDiagnoserIsReusableAndThreadSafe() throws Exception {
        Diagnoser shared = Diagnoser.builder().build();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new ArrayList<java.util.concurrent.Future<Diagnosis>>();
            for (int i = 0; i < 16; i++) {
                String id = "t" + i;
                futures.add(pool.submit(() -> shared.diagnose(new ByteArrayInputStream(busy(id).getBytes(StandardCharsets.UTF_8)), id + ".log")));
            }
            for (var f : futures) {
                assertThat(f.get()).hasOnlyCauses("sip.callee-busy");
            }
        } finally {
            pool.shutdown();
        }
    }
}
