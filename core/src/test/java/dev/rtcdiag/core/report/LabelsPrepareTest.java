package dev.rtcdiag.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.rtcdiag.catalog.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Preparing the labels ahead of time (the CLI does it on a second thread) compiles them all and changes no output. */
class LabelsPrepareTest {

    /** Every pattern of every language is compiled: one that ICU cannot read fails here, not in a user's report. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLabelOfEveryLanguageCompiles(Language l) {
        assertThatCode(() -> Labels.prepare(l)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void preparingWhileFormattingGivesTheSameLabels(Language l) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> labels = new ArrayList<>();
            Future<?> prepared = pool.submit(() -> Labels.prepare(l));
            for (long n : new long[] {0, 1, 2, 3, 5, 11, 21, 22, 101}) {
                Callable<String> label = () -> summary(l, n);
                labels.add(pool.submit(label));
            }
            prepared.get();
            for (int i = 0; i < labels.size(); i++) {
                long n = new long[] {0, 1, 2, 3, 5, 11, 21, 22, 101}[i];
                assertThat(labels.get(i).get()).isEqualTo(summary(l, n)).contains(Long.toString(n));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String summary(Language l, long n) {
        return Labels.get(l, "summary", "findings", n, "errors", n, "warnings", 0L, "infos", 0L, "sessions", n, "inputs", 1L);
    }
}
