package dev.rtcdiag.core.assertj;

import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Evidence;
import dev.rtcdiag.core.Finding;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Diagnosis}, for tests that guard known failure signatures. Failure messages
 * list every finding with its session and evidence, so a red test explains itself.
 *
 * <pre>{@code
 * assertThat(diagnosis).hasCause("sip.auth-failed").hasFindingAt("register.log", 12);
 * assertThat(healthy).hasNoFindings();
 * }</pre>
 */
public final class DiagnosisAssert extends AbstractAssert<DiagnosisAssert, Diagnosis> {

    DiagnosisAssert(Diagnosis actual) {
        super(actual, DiagnosisAssert.class);
    }

    /** At least one finding of the cause. */
    public DiagnosisAssert hasCause(String causeId) {
        isNotNull();
        if (actual.findings(causeId).isEmpty()) {
            failWithMessage("Expected a finding of cause <%s> but found:%n%s", causeId, describe(actual.findings()));
        }
        return this;
    }

    /** No finding of the cause. */
    public DiagnosisAssert doesNotHaveCause(String causeId) {
        isNotNull();
        List<Finding> found = actual.findings(causeId);
        if (!found.isEmpty()) {
            failWithMessage("Expected no finding of cause <%s> but found:%n%s", causeId, describe(found));
        }
        return this;
    }

    /** Exactly these causes (each at least once, nothing else), in any order. */
    public DiagnosisAssert hasOnlyCauses(String... causeIds) {
        isNotNull();
        java.util.Set<String> expected = java.util.Set.of(causeIds);
        java.util.Set<String> actualIds = actual.findings().stream().map(Finding::causeId).collect(Collectors.toSet());
        if (!actualIds.equals(expected)) {
            failWithMessage("Expected exactly the causes %s but found:%n%s", new java.util.TreeSet<>(expected), describe(actual.findings()));
        }
        return this;
    }

    /** No finding at all (a healthy log). */
    public DiagnosisAssert hasNoFindings() {
        isNotNull();
        if (!actual.findings().isEmpty()) {
            failWithMessage("Expected no findings but found:%n%s", describe(actual.findings()));
        }
        return this;
    }

    /** A finding whose evidence includes the line of a path (the path as the diagnoser named it, or its ending). */
    public DiagnosisAssert hasFindingAt(String path, long line) {
        isNotNull();
        boolean found = actual.findings().stream().flatMap(f -> f.evidence().stream())
                .anyMatch(e -> e.position().line() == line && (e.position().source().equals(path) || e.position().source().endsWith("/" + path)));
        if (!found) {
            failWithMessage("Expected a finding with evidence at <%s:%s> but found:%n%s", path, line, describe(actual.findings()));
        }
        return this;
    }

    /** A finding of the cause in a session whose key contains {@code sessionPart}. */
    public DiagnosisAssert hasCauseInSession(String causeId, String sessionPart) {
        isNotNull();
        boolean found = actual.findings(causeId).stream().anyMatch(f -> f.session().contains(sessionPart));
        if (!found) {
            failWithMessage("Expected a finding of cause <%s> in a session matching <%s> but found:%n%s", causeId, sessionPart, describe(actual.findings()));
        }
        return this;
    }

    /** The result is complete (no budget ran out, every input was read). */
    public DiagnosisAssert isComplete() {
        isNotNull();
        if (actual.isPartial()) {
            failWithMessage("Expected a complete diagnosis but it is partial: %s", actual.partialReason());
        }
        return this;
    }

    /** Assertions on the first finding of a cause (fails if there is none). */
    public FindingAssert finding(String causeId) {
        hasCause(causeId);
        return new FindingAssert(actual.findings(causeId).get(0));
    }

    static String describe(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "  (no findings)";
        }
        return findings.stream().map(DiagnosisAssert::describe).collect(Collectors.joining("\n"));
    }

    static String describe(Finding f) {
        StringBuilder sb = new StringBuilder();
        sb.append("  ").append(f.severity().id()).append(' ').append(f.causeId()).append(" (confidence ").append(f.confidence())
                .append(") in ").append(f.session()).append(", symptom ").append(f.symptom().system()).append(' ').append(f.symptom().code());
        for (Evidence e : f.evidence()) {
            sb.append("\n      ").append(e.position()).append("  ").append(e.text());
        }
        return sb.toString();
    }
}
