package dev.rtcdiag.core.rules.builtin;

import dev.rtcdiag.core.rules.BitrixRules;

/** The built-in rules of {@code bitrix}: {@link BitrixRules}. */
public final class BitrixRuleProvider extends BuiltInRules {

    /** For {@link java.util.ServiceLoader}. */
    public BitrixRuleProvider() {
        super("bitrix", BitrixRules::all);
    }
}
