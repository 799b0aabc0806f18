package dev.rtcdiag.junit;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says, at the end of a module's tests, which tests did not run and why: disabled ones with their
 * condition's reason, and aborted ones with the assumption that failed (a lab program or Chromium
 * missing, the external corpus absent). Surefire counts them as "Skipped" without a word; a user's
 * {@code mvn -B verify} should name what it did not check.
 *
 * <p>Registered through {@code META-INF/services}, so every module that has this jar on its test class
 * path reports; it writes to standard output, which Surefire passes to the console.
 */
public final class SkipReasons implements TestExecutionListener {

    private final Map<String, List<String>> byReason = new TreeMap<>();
    private final PrintStream out;
    private TestPlan plan;

    /** Reports on standard output (how {@code ServiceLoader} makes it). */
    public SkipReasons() {
        this(System.out);
    }

    SkipReasons(PrintStream out) {
        this.out = out;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
        byReason.clear();
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        record(id, reason == null || reason.isBlank() ? "disabled" : reason);
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            String reason = result.getThrowable().map(Throwable::getMessage).orElse("aborted");
            record(id, reason == null ? "aborted" : reason.replaceFirst("^Assumption failed: ", ""));
        }
    }

    private void record(TestIdentifier id, String reason) {
        byReason.computeIfAbsent(reason.strip(), k -> new ArrayList<>()).add(name(id));
    }

    private String name(TestIdentifier id) {
        String display = id.getDisplayName();
        if (plan != null) {
            String parent = plan.getParent(id).map(TestIdentifier::getDisplayName).orElse("");
            if (!parent.isEmpty() && id.isTest()) {
                return parent + " " + display;
            }
        }
        return display;
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (byReason.isEmpty()) {
            return;
        }
        report(out);
    }

    /** The summary, one reason per paragraph with how many tests it kept from running and a few of their names. */
    void report(PrintStream out) {
        int total = byReason.values().stream().mapToInt(List::size).sum();
        StringBuilder b = new StringBuilder();
        b.append("[SKIPPED] ").append(total).append(" test(s) did not run:\n");
        byReason.forEach((reason, tests) -> {
            b.append("[SKIPPED]   ").append(tests.size()).append(" × ").append(reason).append('\n');
            b.append("[SKIPPED]       e.g. ").append(String.join(", ", tests.subList(0, Math.min(3, tests.size()))))
                    .append(tests.size() > 3 ? ", …" : "").append('\n');
        });
        out.print(b);
        out.flush();
    }

    /** For tests of this class: the reasons recorded so far. */
    Map<String, List<String>> reasons() {
        return byReason;
    }
}
