package dev.rtcdiag.core.rules.builtin;

import dev.rtcdiag.core.rules.BbbRules;

/** The built-in rules of {@code bbb}: {@link BbbRules}. */
public final class BbbRuleProvider extends BuiltInRules {

    /** For {@link java.util.ServiceLoader}. */
    public BbbRuleProvider() {
        super("bbb", BbbRules::all);
    }
}
