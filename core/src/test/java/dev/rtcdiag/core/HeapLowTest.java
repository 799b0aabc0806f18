package dev.rtcdiag.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.core.correlation.HeapWatch;
import dev.rtcdiag.parsers.Parsers;
import dev.rtcdiag.parsers.spi.LogEvent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When the heap runs low the diagnosis sheds what it keeps and says so, rather than die: the least
 * recently used half of the open sessions is closed early (judged on what they hold), and the result is
 * partial with the reason. The watch is driven by hand here; {@code robustness.HostileMemoryTest} runs the
 * real one in a 64 MiB heap.
 */
class HeapLowTest {

    private static List<LogEvent> events(String trace) {
        List<LogEvent> out = new ArrayList<>();
        try (var in = Parsers.discover().open(new dev.rtcdiag.parsers.InputFile("calls.log", null),
                new ByteArrayInputStream(trace.getBytes(StandardCharsets.UTF_8)), dev.rtcdiag.parsers.spi.ParserConfig.defaults(), null)) {
            in.forEachRemaining(out::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void aLowHeapClosesTheOldestHalfOfTheOpenSessionsAndMarksThePartialResult() {
        StringBuilder invites = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            invites.append(SipTrace.call("open-" + i).request("INVITE").text());
        }
        List<LogEvent> first = events(invites.toString());
        List<LogEvent> later = events(SipTrace.call("late-busy").request("INVITE").response(486, "Busy Here").text());
        HeapWatch watch = HeapWatch.manual();
        Iterable<LogEvent> stream = () -> new Iterator<>() {
            final Iterator<LogEvent> a = first.iterator();
            final Iterator<LogEvent> b = later.iterator();
            boolean signalled;

            @Override
            public boolean hasNext() {
                return a.hasNext() || b.hasNext();
            }

            @Override
            public LogEvent next() {
                if (a.hasNext()) {
                    return a.next();
                }
                if (!signalled) {
                    watch.signal(); // as if a collection found the heap 85 % full after the 400 INVITEs
                    signalled = true;
                }
                return b.next();
            }
        };
        Diagnosis d = Diagnoser.builder().heapWatches(f -> watch).build().diagnoseEvents(stream);
        assertThat(d.partialReason()).contains("the heap ran low 1 time(s): 200 session(s) closed early");
        assertThat(d.sessions()).filteredOn(SessionSummary::closedEarly).hasSize(200);
        assertThat(d.sessions()).filteredOn(s -> s.key().contains("open-0")).singleElement().satisfies(s -> assertThat(s.closedEarly()).isTrue());
        assertThat(d.sessions()).filteredOn(s -> s.key().contains("open-399")).singleElement().satisfies(s -> assertThat(s.closedEarly()).isFalse());
        assertThat(d.findings("sip.callee-busy")).as("diagnosis goes on after shedding").isNotEmpty();
        assertThat(watch.low()).isFalse();
    }

    @Test
    void withoutALowHeapNothingIsShed() {
        StringBuilder invites = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            invites.append(SipTrace.call("open-" + i).request("INVITE").text());
        }
        Diagnosis d = Diagnoser.builder().heapWatches(f -> HeapWatch.manual()).build().diagnoseEvents(events(invites.toString()));
        assertThat(d.isPartial()).isFalse();
        assertThat(d.sessions()).noneMatch(SessionSummary::closedEarly);
    }

    @Test
    void theFractionIsChecked() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Diagnoser.builder().heapLowFraction(1.5))
                .withMessageContaining("1.5");
    }
}
