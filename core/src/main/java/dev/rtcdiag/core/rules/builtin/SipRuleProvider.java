package dev.rtcdiag.core.rules.builtin;

import dev.rtcdiag.core.rules.SipRules;

/** The built-in rules of {@code sip}: {@link SipRules}. */
public final class SipRuleProvider extends BuiltInRules {

    /** For {@link java.util.ServiceLoader}. */
    public SipRuleProvider() {
        super("sip", SipRules::all);
    }
}
