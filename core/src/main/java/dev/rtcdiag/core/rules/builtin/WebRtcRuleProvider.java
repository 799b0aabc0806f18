package dev.rtcdiag.core.rules.builtin;

import dev.rtcdiag.core.rules.WebRtcRules;

/** The built-in rules of {@code webrtc}: {@link WebRtcRules}. */
public final class WebRtcRuleProvider extends BuiltInRules {

    /** For {@link java.util.ServiceLoader}. */
    public WebRtcRuleProvider() {
        super("webrtc", WebRtcRules::all);
    }
}
