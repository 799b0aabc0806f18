package dev.rtcdiag.core.rules.builtin;

import dev.rtcdiag.core.rules.BbbRules;
import dev.rtcdiag.core.rules.Rule;
import dev.rtcdiag.core.rules.RuleProvider;
import java.util.List;

/** The built-in rules of {@code bbb}: {@link BbbRules}. */
public final class BbbRuleProvider implements RuleProvider {

    @Override
    public String id() {
        return "bbb";
    }

    @Override
    public List<Rule> rules() {
        return BbbRules.all();
    }
}
