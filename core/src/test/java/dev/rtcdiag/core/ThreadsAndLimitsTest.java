package dev.rtcdiag.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.core.report.JsonReport;
import dev.rtcdiag.core.report.ReportOptions;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several inputs read in turns, on one thread or several, and the cap on listed findings. The inputs
 * are reconstructed SIPp traces ({@link SipTrace}), each long enough to take many turns.
 */
class ThreadsAndLimitsTest {

    @TempDir
    Path dir;

    /** Writes {@code files} traces of {@code calls} calls each; every {@code busyEvery}-th call is 486. */
    private List<Path> traces(int files, int calls, int busyEvery) throws Exception {
        List<Path> out = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            StringBuilder log = new StringBuilder();
            for (int c = 1; c <= calls; c++) {
                SipTrace t = SipTrace.call("f" + f + "c" + c + "@192.0.2.20").request("INVITE").response(100, "Trying").after(0.2);
                if (c % busyEvery == 0) {
                    t.response(486, "Busy Here").answering("ACK");
                } else {
                    t.response(180, "Ringing").responseWithSdp(200, "OK", "0").answering("ACK").after(1).nextCSeq().request("BYE").response(200, "OK");
                }
                log.append(t.text());
            }
            Path p = dir.resolve("uac_" + f + "_messages.log");
            Files.writeString(p, log, StandardCharsets.UTF_8);
            out.add(p);
        }
        return out;
    }

    private static String json(Diagnosis d) throws Exception {
        StringWriter w = new StringWriter();
        JsonReport.write(d, w, ReportOptions.defaults());
        return w.toString();
    }

    @Test
    void theDiagnosisIsTheSameForAnyNumberOfThreads() throws Exception {
        // ten inputs: more than the eight read at once, each more than one turn long
        List<Path> inputs = traces(10, 120, 7);
        Diagnosis one = Diagnoser.builder().build().diagnose(inputs);
        Diagnosis three = Diagnoser.builder().threads(3).build().diagnose(inputs);
        assertThat(one.findingCount("sip.callee-busy")).isEqualTo(10 * (120 / 7));
        assertThat(one.sessionCount()).isEqualTo(10 * 120);
        assertThat(one.inputs()).extracting(InputStats::path).containsExactlyElementsOf(inputs.stream().map(Path::toString).toList());
        assertThat(json(three)).isEqualTo(json(one));
    }

    @Test
    void anUnreadableInputAmongOthersIsNamedAndTheRestIsDiagnosed() throws Exception {
        List<Path> inputs = new ArrayList<>(traces(2, 20, 5));
        Path missing = dir.resolve("gone.log");
        inputs.add(1, missing);
        for (int threads : new int[] {1, 2}) {
            Diagnosis d = Diagnoser.builder().threads(threads).build().diagnose(inputs);
            assertThat(d.findingCount("sip.callee-busy")).isEqualTo(8);
            assertThat(d.isPartial()).isTrue();
            assertThat(d.inputs()).filteredOn(i -> !i.readable()).singleElement().satisfies(i -> assertThat(i.path()).isEqualTo(missing.toString()));
        }
    }

    @Test
    void aCancelledThreadedRunStopsAndSaysWhere() throws Exception {
        List<Path> inputs = traces(4, 200, 3);
        AtomicInteger checks = new AtomicInteger();
        Diagnosis d = Diagnoser.builder().threads(2).cancellation(() -> checks.incrementAndGet() > 3).build().diagnose(inputs);
        assertThat(d.partialReason()).startsWith("cancelled while reading ").contains("uac_");
        assertThat(d.inputs()).hasSize(4); // what was read of each open input is still reported
        assertThat(d.inputs().stream().mapToLong(InputStats::lines).sum()).isPositive();
    }

    @Test
    void beyondTheCapFindingsAreCountedPerCauseAndEveryCauseKeepsExamples() throws Exception {
        // 60 busy calls and one call the callee did not find (404) after them: the cap of 20 is full by then
        List<Path> inputs = new ArrayList<>(traces(1, 60, 1));
        Path notFound = dir.resolve("z_404.log");
        Files.writeString(notFound, SipTrace.call("nf@192.0.2.20").request("INVITE").response(100, "Trying").after(0.1)
                .response(404, "Not Found").answering("ACK").text());
        inputs.add(notFound);
        List<Finding> heard = new ArrayList<>();
        Diagnosis d = Diagnoser.builder().maxFindings(20).listener(heard::add).build().diagnose(inputs);
        assertThat(d.findings("sip.callee-busy")).hasSize(20);
        assertThat(d.unlisted()).containsEntry("sip.callee-busy", 40L);
        assertThat(d.findingCount("sip.callee-busy")).isEqualTo(60);
        assertThat(d.findings()).anyMatch(f -> f.causeId().startsWith("sip.") && !f.causeId().equals("sip.callee-busy"));
        assertThat(d.findingCount()).isEqualTo(heard.size()).isEqualTo(d.findings().size() + 40);
        assertThat(d.findingCount(Severity.INFO) + d.findingCount(Severity.WARNING) + d.findingCount(Severity.ERROR)).isEqualTo(d.findingCount());
        assertThat(json(d)).contains("\"unlisted\"").contains("\"sip.callee-busy\" : 40");
    }

    @Test
    void sessionsAnEndedInputLeftOpenCloseWhileLaterInputsAreRead() throws Exception {
        // day 1: five busy calls (no BYE, so only idleness closes them); day 2: 300 calls a minute apart
        StringBuilder day1 = new StringBuilder();
        for (int c = 1; c <= 5; c++) {
            day1.append(SipTrace.call("a" + c + "@192.0.2.20").request("INVITE").response(100, "Trying").response(486, "Busy Here").answering("ACK").text());
        }
        StringBuilder day2 = new StringBuilder();
        for (int c = 1; c <= 300; c++) {
            day2.append(SipTrace.call("b" + c + "@192.0.2.20").after(86_400 + c * 60).request("INVITE").response(100, "Trying")
                    .responseWithSdp(200, "OK", "0").answering("ACK").after(1).nextCSeq().request("BYE").response(200, "OK").text());
        }
        Path a = Files.writeString(dir.resolve("uac_1_messages.log"), day1);
        Path b = Files.writeString(dir.resolve("uac_2_messages.log"), day2);
        for (int threads : new int[] {1, 2}) {
            Diagnosis d = Diagnoser.builder().threads(threads).build().diagnose(List.of(a, b));
            List<String> closeOrder = d.sessions().stream().map(SessionSummary::key).toList();
            assertThat(closeOrder).hasSize(305);
            // closed by the second input's clock (it is read in time order after the first), not kept to the end
            assertThat(closeOrder.subList(0, 200)).contains("call-id=a1@192.0.2.20", "call-id=a5@192.0.2.20");
            assertThat(d.findingCount("sip.callee-busy")).isEqualTo(5);
        }
    }
}
