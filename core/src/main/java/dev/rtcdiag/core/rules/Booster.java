package dev.rtcdiag.core.rules;

import java.util.Objects;

/**
 * Extra evidence that raises a rule's confidence when it is present ({@code docs/causes.md}: "raises
 * confidence"). The booster's own matched events join the finding's evidence, and its note says why.
 *
 * @param condition what must also hold
 * @param add how much it adds to the confidence (the sum is capped at 1)
 * @param note shown in the finding ("raises confidence: …")
 */
public record Booster(Condition condition, double add, String note) {

    /** Validates components. */
    public Booster {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(note, "note");
        if (!(add > 0 && add <= 1)) {
            throw new IllegalArgumentException("add must be in (0, 1]: " + add);
        }
    }
}
