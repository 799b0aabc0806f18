package dev.rtcdiag.core.rules.builtin;

import dev.rtcdiag.core.rules.WcsRules;

/** The built-in rules of {@code wcs}: {@link WcsRules}. */
public final class WcsRuleProvider extends BuiltInRules {

    /** For {@link java.util.ServiceLoader}. */
    public WcsRuleProvider() {
        super("wcs", WcsRules::all);
    }
}
