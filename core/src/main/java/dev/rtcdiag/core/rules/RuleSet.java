package dev.rtcdiag.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An ordered, immutable set of rules. {@link #standard()} is every built-in rule; add your own with
 * {@link #plus(List)} (custom causes must be in the knowledge base given to the diagnoser).
 */
public final class RuleSet {

    private final List<Rule> rules;

    private RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The built-in rules. */
    public static RuleSet standard() {
        List<Rule> all = new ArrayList<>();
        all.addAll(SipRules.all());
        all.addAll(WebRtcRules.all());
        all.addAll(BbbRules.all());
        all.addAll(WebexRules.all());
        all.addAll(BitrixRules.all());
        all.addAll(WcsRules.all());
        return new RuleSet(all);
    }

    /** Exactly these rules. */
    public static RuleSet of(List<Rule> rules) {
        return new RuleSet(Objects.requireNonNull(rules, "rules"));
    }

    /** This set followed by more rules. */
    public RuleSet plus(List<Rule> more) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(more);
        return new RuleSet(all);
    }

    /** The rules in order. */
    public List<Rule> rules() {
        return rules;
    }
}
