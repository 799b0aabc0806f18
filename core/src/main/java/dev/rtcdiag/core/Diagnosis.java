package dev.rtcdiag.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param sessionCount how many sessions were formed (the listing may be capped)
 * @param unlisted per cause id, how many further findings were made but not listed because the
 *     listing is capped ({@code Diagnoser.Builder.maxFindings}); every such cause has listed findings
 */
public record Diagnosis(List<Finding> findings, List<SessionSummary> sessions, List<InputStats> inputs, String partialReason, long sessionCount,
        Map<String, Long> unlisted) {

    /**
     * A diagnosis that lists every session it formed.
     *
     * @deprecated use the canonical constructor, which says how many sessions were formed and which findings went unlisted
     */
    @Deprecated(since = "0.2.0")
    public Diagnosis(List<Finding> findings, List<SessionSummary> sessions, List<InputStats> inputs, String partialReason) {
        this(findings, sessions, inputs, partialReason, sessions.size(), Map.of());
    }

    /**
     * A diagnosis that lists every finding it made.
     *
     * @deprecated use the canonical constructor
     */
    @Deprecated(since = "0.2.0")
    public Diagnosis(List<Finding> findings, List<SessionSummary> sessions, List<InputStats> inputs, String partialReason, long sessionCount) {
        this(findings, sessions, inputs, partialReason, sessionCount, Map.of());
    }

    /** Copies the lists and sorts the findings. */
    public Diagnosis {
        findings = findings.stream().sorted(Finding.ORDER).toList();
        sessions = List.copyOf(sessions);
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(partialReason, "partialReason");
        unlisted = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(unlisted));
    }

    /** How many findings were made, listed or not. */
    public long findingCount() {
        return findings.size() + unlisted.values().stream().mapToLong(Long::longValue).sum();
    }

    /** How many findings of one cause were made, listed or not. */
    public long findingCount(String causeId) {
        return findings.stream().filter(f -> f.causeId().equals(causeId)).count() + unlisted.getOrDefault(causeId, 0L);
    }

    /** How many findings at {@code severity} were made, listed or not (unlisted ones take their cause's severity). */
    public long findingCount(Severity severity) {
        long n = findings.stream().filter(f -> f.severity() == severity).count();
        for (Map.Entry<String, Long> e : unlisted.entrySet()) {
            if (finding(e.getKey()).map(f -> f.severity() == severity).orElse(false)) {
                n += e.getValue();
            }
        }
        return n;
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
