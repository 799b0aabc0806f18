package dev.rtcdiag.core.rules.builtin;

import dev.rtcdiag.core.rules.Rule;
import dev.rtcdiag.core.rules.RuleProvider;
import dev.rtcdiag.core.rules.WebRtcRules;
import java.util.List;

/** The built-in rules of {@code webrtc}: {@link WebRtcRules}. */
public final class WebRtcRuleProvider implements RuleProvider {

    @Override
    public String id() {
        return "webrtc";
    }

    @Override
    public List<Rule> rules() {
        return WebRtcRules.all();
    }
}
