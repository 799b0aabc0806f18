package dev.rtcdiag.parsers.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.testing.Conformance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A SIP message reads its header values on first access, one part at a time: whatever was asked first,
 * the values and the deviations (same ones, same order) are those of reading everything at once. Checked
 * on every RFC 4475 torture message, the input where deviations matter most.
 */
class LazyPartsTest {

    static Stream<Path> messages() throws Exception {
        Path root = Conformance.require();
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(root.resolve("rfc4475"))) {
            s.filter(p -> p.toString().endsWith(".dat")).sorted().forEach(all::add);
        }
        return all.stream();
    }

    /** Everything a reader can see, read through the accessors in the order given. */
    private static List<Object> view(SipMessage m, boolean partsFirst) {
        List<Object> v = new ArrayList<>();
        List<Object> deviations = new ArrayList<>();
        if (!partsFirst) {
            deviations.add(m.deviations());
            deviations.add(m.isValid());
        }
        // the parts backwards, so none is read in the order the parser reads them
        v.add(m.sdp().map(Sdp::toString));
        v.add(m.warnings());
        v.add(m.retryAfter());
        v.add(m.reasons());
        v.add(m.contacts().toString());
        v.add(m.vias().toString());
        v.add(m.to().map(Object::toString));
        v.add(m.from().map(Object::toString));
        v.add(m.cseq());
        v.add(m.callId());
        v.add(m.toString());
        v.add(m.sizeEstimate());
        if (partsFirst) {
            deviations.add(m.deviations());
            deviations.add(m.isValid());
        }
        v.addAll(deviations);
        v.add(m.invalidReason());
        return v;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void partsReadAloneGiveWhatReadingEverythingGives(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        List<Object> everythingFirst = view(SipParser.parse(bytes).message(), false);
        List<Object> partsFirst = view(SipParser.parse(bytes).message(), true);
        assertThat(partsFirst).isEqualTo(everythingFirst);
    }

    /** Messages are handed between threads (parsing threads, the correlator): parts read at once on many agree. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void partsReadOnSeveralThreadsAgree(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        List<Object> expected = view(SipParser.parse(bytes).message(), false);
        SipMessage shared = SipParser.parse(bytes).message();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Object>>> views = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                boolean partsFirst = i % 2 == 0;
                views.add(pool.submit(() -> view(shared, partsFirst)));
            }
            for (Future<List<Object>> f : views) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
