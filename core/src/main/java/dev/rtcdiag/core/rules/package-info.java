/**
 * The rule language: a {@link dev.rtcdiag.core.rules.Rule} binds a knowledge-base cause id to a
 * {@link dev.rtcdiag.core.rules.Condition} (event, sequence, absence, count, with near-miss exclusions)
 * over a session's events, built from {@link dev.rtcdiag.core.rules.EventMatcher}s and
 * {@link dev.rtcdiag.core.rules.Step}s ({@link dev.rtcdiag.core.rules.Sip} has the SIP ones), with
 * {@link dev.rtcdiag.core.rules.Booster}s that raise confidence. {@link dev.rtcdiag.core.rules.RuleSet#standard()}
 * holds the built-in rules ({@link dev.rtcdiag.core.rules.SipRules}, {@link dev.rtcdiag.core.rules.WebRtcRules}).
 */
package dev.rtcdiag.core.rules;
