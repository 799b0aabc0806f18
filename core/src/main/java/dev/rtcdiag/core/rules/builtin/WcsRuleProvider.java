package dev.rtcdiag.core.rules.builtin;

import dev.rtcdiag.core.rules.Rule;
import dev.rtcdiag.core.rules.RuleProvider;
import dev.rtcdiag.core.rules.WcsRules;
import java.util.List;

/** The built-in rules of {@code wcs}: {@link WcsRules}. */
public final class WcsRuleProvider implements RuleProvider {

    @Override
    public String id() {
        return "wcs";
    }

    @Override
    public List<Rule> rules() {
        return WcsRules.all();
    }
}
