package dev.rtcdiag.core.rules.builtin;

import dev.rtcdiag.core.rules.WebexRules;

/** The built-in rules of {@code webex}: {@link WebexRules}. */
public final class WebexRuleProvider extends BuiltInRules {

    /** For {@link java.util.ServiceLoader}. */
    public WebexRuleProvider() {
        super("webex", WebexRules::all);
    }
}
