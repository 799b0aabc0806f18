package dev.rtcdiag.core.rules.builtin;

import dev.rtcdiag.core.rules.BitrixRules;
import dev.rtcdiag.core.rules.Rule;
import dev.rtcdiag.core.rules.RuleProvider;
import java.util.List;

/** The built-in rules of {@code bitrix}: {@link BitrixRules}. */
public final class BitrixRuleProvider implements RuleProvider {

    @Override
    public String id() {
        return "bitrix";
    }

    @Override
    public List<Rule> rules() {
        return BitrixRules.all();
    }
}
