package dev.rtcdiag.core.assertj;

import dev.rtcdiag.core.Finding;
import dev.rtcdiag.core.Severity;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one {@link Finding}. */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

    FindingAssert(Finding actual) {
        super(actual, FindingAssert.class);
    }

    /** The finding's severity. */
    public FindingAssert hasSeverity(Severity severity) {
        isNotNull();
        if (actual.severity() != severity) {
            failWithMessage("Expected severity <%s> but was <%s> in%n%s", severity, actual.severity(), DiagnosisAssert.describe(actual));
        }
        return this;
    }

    /** The confidence is at least {@code min}. */
    public FindingAssert hasConfidenceAtLeast(double min) {
        isNotNull();
        if (actual.confidence() < min) {
            failWithMessage("Expected confidence >= %s but was %s in%n%s", min, actual.confidence(), DiagnosisAssert.describe(actual));
        }
        return this;
    }

    /** The symptom's code. */
    public FindingAssert hasSymptomCode(String code) {
        isNotNull();
        if (!actual.symptom().code().equals(code)) {
            failWithMessage("Expected symptom code <%s> but was <%s> in%n%s", code, actual.symptom().code(), DiagnosisAssert.describe(actual));
        }
        return this;
    }

    /** Evidence at a line of a path (or a path ending). */
    public FindingAssert hasEvidenceAt(String path, long line) {
        isNotNull();
        boolean found = actual.evidence().stream().anyMatch(e -> e.position().line() == line
                && (e.position().source().equals(path) || e.position().source().endsWith("/" + path)));
        if (!found) {
            failWithMessage("Expected evidence at <%s:%s> in%n%s", path, line, DiagnosisAssert.describe(actual));
        }
        return this;
    }

    /** Some evidence line contains the text. */
    public FindingAssert hasEvidenceContaining(String text) {
        isNotNull();
        if (actual.evidence().stream().noneMatch(e -> e.text().contains(text))) {
            failWithMessage("Expected evidence containing <%s> in%n%s", text, DiagnosisAssert.describe(actual));
        }
        return this;
    }

    /** Some note contains the text (e.g. what raised the confidence). */
    public FindingAssert hasNoteContaining(String text) {
        isNotNull();
        if (actual.notes().stream().noneMatch(n -> n.contains(text))) {
            failWithMessage("Expected a note containing <%s> but notes were %s in%n%s", text, actual.notes(), DiagnosisAssert.describe(actual));
        }
        return this;
    }
}
