package dev.rtcdiag.core.judge;

import dev.rtcdiag.core.Finding;
import java.util.List;

/**
 * What a {@link SessionJudge} found in one session, and the rules that failed while it looked.
 *
 * @param findings one per cause, the best of each competing group
 * @param faults rules that threw on this session and were skipped there
 */
public record Judgement(List<Finding> findings, List<RuleFault> faults) {

    /** Copies the lists. */
    public Judgement {
        findings = List.copyOf(findings);
        faults = List.copyOf(faults);
    }

    /**
     * A rule that threw on a session: it costs only its finding there.
     *
     * @param causeId the rule's cause
     * @param session the session key
     * @param error what it threw
     */
    public record RuleFault(String causeId, String session, Throwable error) {

        /** One line: the rule, the session and the error. */
        public String describe() {
            return "the rule for " + causeId + " failed on session " + session + " (" + error.getClass().getSimpleName()
                    + (error.getMessage() == null ? "" : ": " + error.getMessage()) + ")";
        }
    }
}
