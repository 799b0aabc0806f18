package dev.rtcdiag.core.rules.builtin;

import dev.rtcdiag.core.rules.Rule;
import dev.rtcdiag.core.rules.RuleProvider;
import dev.rtcdiag.core.rules.SipRules;
import java.util.List;

/** The built-in rules of {@code sip}: {@link SipRules}. */
public final class SipRuleProvider implements RuleProvider {

    @Override
    public String id() {
        return "sip";
    }

    @Override
    public List<Rule> rules() {
        return SipRules.all();
    }
}
