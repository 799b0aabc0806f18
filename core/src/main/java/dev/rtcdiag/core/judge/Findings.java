package dev.rtcdiag.core.judge;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import dev.rtcdiag.core.Evidence;
import dev.rtcdiag.core.Finding;
import dev.rtcdiag.parsers.spi.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/** What is done with the findings of all sessions together, wherever they were judged. */
public final class Findings {

    private Findings() {
    }

    /**
     * The findings, without those another finding of the same cause shows in full: the server's own
     * evidence (an nginx error for /ws) is a finding of its session, and also part of the finding of a
     * client session it explains; reported once, with the client's symptom beside it.
     */
    public static List<Finding> fold(List<Finding> findings) {
        // each finding indexed under every evidence line it shows: only findings that share a line can absorb one another
        ListMultimap<String, Finding> byLine = ArrayListMultimap.create();
        for (Finding g : findings) {
            for (Evidence e : g.evidence()) {
                byLine.put(g.causeId() + '\u0000' + e.position(), g);
            }
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            List<Finding> sharing = f.evidence().isEmpty() ? List.of() : byLine.get(f.causeId() + '\u0000' + f.evidence().get(0).position());
            if (sharing.size() <= 1 || sharing.stream().noneMatch(g -> g != f && shownIn(f, g))) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether every evidence line of {@code f} is among the (more) evidence lines of {@code g}. */
    private static boolean shownIn(Finding f, Finding g) {
        if (g.evidence().size() <= f.evidence().size()) {
            return false;
        }
        ImmutableSet<SourcePosition> at = g.evidence().stream().map(Evidence::position).collect(ImmutableSet.toImmutableSet());
        return f.evidence().stream().allMatch(e -> at.contains(e.position()));
    }

}
