/**
 * rtcdiag core: correlation of events into calls and sessions, the knowledge base of failure causes,
 * the rule language, diagnosis, reports, redaction of secrets, and AssertJ assertions for tests
 * (AssertJ is optional: only code using {@code dev.rtcdiag.core.assertj} needs it).
 */
module dev.rtcdiag.core {
    requires transitive dev.rtcdiag.parsers;
    requires com.fasterxml.jackson.core;
    requires org.slf4j;
    requires com.google.common;
    requires com.ibm.icu;
    requires java.management; // heap watch: collectors' notifications
    requires static org.assertj.core;

    exports dev.rtcdiag.core;
    exports dev.rtcdiag.core.rules;
    exports dev.rtcdiag.core.judge;
    exports dev.rtcdiag.core.report;
    exports dev.rtcdiag.core.assertj;

    uses dev.rtcdiag.core.rules.RuleProvider;

    provides dev.rtcdiag.core.rules.RuleProvider with
            dev.rtcdiag.core.rules.builtin.SipRuleProvider,
            dev.rtcdiag.core.rules.builtin.WebRtcRuleProvider,
            dev.rtcdiag.core.rules.builtin.BbbRuleProvider,
            dev.rtcdiag.core.rules.builtin.WebexRuleProvider,
            dev.rtcdiag.core.rules.builtin.BitrixRuleProvider,
            dev.rtcdiag.core.rules.builtin.WcsRuleProvider;

    uses dev.rtcdiag.core.report.ReportWriter;

    provides dev.rtcdiag.core.report.ReportWriter with
            dev.rtcdiag.core.report.builtin.TextWriter,
            dev.rtcdiag.core.report.builtin.JsonWriter,
            dev.rtcdiag.core.report.builtin.SarifWriter,
            dev.rtcdiag.core.report.builtin.WarningsNgWriter,
            dev.rtcdiag.core.report.builtin.JunitWriter,
            dev.rtcdiag.core.report.builtin.HtmlWriter;
}
