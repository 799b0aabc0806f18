package dev.rtcdiag.core.rules.builtin;

import dev.rtcdiag.core.rules.Rule;
import dev.rtcdiag.core.rules.RuleProvider;
import dev.rtcdiag.core.rules.WebexRules;
import java.util.List;

/** The built-in rules of {@code webex}: {@link WebexRules}. */
public final class WebexRuleProvider implements RuleProvider {

    @Override
    public String id() {
        return "webex";
    }

    @Override
    public List<Rule> rules() {
        return WebexRules.all();
    }
}
