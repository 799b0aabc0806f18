package dev.rtcdiag.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a diagnosis: findings (sorted by severity, confidence, time), the sessions formed,
 * per-input statistics, and whether the result is partial (a time budget ran out, the run was
 * cancelled, or an input could not be read) — a partial result is always marked, never silent.
 *
 * @param findings sorted findings
 * @param sessions every session formed, in the order they were closed
 * @param inputs one entry per input
 * @param partialReason why the result is partial, or {@code ""} when it is complete
 */
public record Diagnosis(List<Finding> findings, List<SessionSummary> sessions, List<InputStats> inputs, String partialReason, long sessionCount) {

    /** A diagnosis that lists every session it formed. */
    public Diagnosis(List<Finding> findings, List<SessionSummary> sessions, List<InputStats> inputs, String partialReason) {
        this(findings, sessions, inputs, partialReason, sessions.size());
    }

    /** Copies the lists and sorts the findings. */
    public Diagnosis {
        findings = findings.stream().sorted(Finding.ORDER).toList();
        sessions = List.copyOf(sessions);
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(partialReason, "partialReason");
    }

    /** Whether some input or time was not analysed. */
    public boolean isPartial() {
        return !partialReason.isEmpty();
    }

    /** Whether any finding is at least as serious as {@code severity}. */
    public boolean hasFindingsAtLeast(Severity severity) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(severity));
    }

    /** The findings of one cause. */
    public List<Finding> findings(String causeId) {
        return findings.stream().filter(f -> f.causeId().equals(causeId)).toList();
    }

    /** The first finding of one cause. */
    public Optional<Finding> finding(String causeId) {
        return findings.stream().filter(f -> f.causeId().equals(causeId)).findFirst();
    }
}
