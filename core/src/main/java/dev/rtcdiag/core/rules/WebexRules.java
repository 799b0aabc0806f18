package dev.rtcdiag.core.rules;

import dev.rtcdiag.catalog.CodeSystem;
import dev.rtcdiag.core.Symptom;
import dev.rtcdiag.parsers.attributes.CallAttributes;
import dev.rtcdiag.parsers.attributes.HttpAttributes;
import dev.rtcdiag.parsers.attributes.NetworkAttributes;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SystemId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code webex.*} and {@code broadworks.*} rules: Webex for Cisco BroadWorks troubleshooting guide (https://help.webex.com/article/nxz35zt) (Cisco's Webex for BroadWorks
 * troubleshooting guide) read against the client and server log signatures of
 * Cisco TAC 221699, Webex for BroadWorks client logs (https://www.cisco.com/c/en/us/support/docs/unified-communications/broadworks-application-server-220/221699-troubleshoot-webex-for-bworks-failed-to.html) and §4.2. The provisioning rules follow the seed's
 * decision tree: 200 means "accepted, asynchronous" (information, not failure), 400 is told apart by
 * its {@code <message>}, 403 points to the missing patch when the request went to an IP address, 409
 * means the e-mail already exists in Webex.
 */
public final class WebexRules {

    private static final String SEED = "Webex for Cisco BroadWorks troubleshooting guide (https://help.webex.com/article/nxz35zt) (Webex for BroadWorks troubleshooting)";
    private static final Pattern UNTRUSTED = Pattern.compile("(?i)trust|güven|legacy provisioning|eski sağlama");
    private static final Pattern ORG = Pattern.compile("(?i)org(anization|anisation)?\\b.*not found|new org|kuruluş");

    private WebexRules() {
    }

    /** Every Webex for BroadWorks and BroadWorks rule. */
    public static List<Rule> all() {
        List<Rule> r = new ArrayList<>();
        r.add(Rule.cause("webex.no-device-profile").system(SystemId.WEBEX).confidence(0.95)
                .when(Condition.event(EventMatcher.is(CallAttributes.SIGNATURE, "device-profile-not-found")))
                .symptom(Symptom.pattern("webex", "DEVICE_PROFILE_NOT_FOUND"))
                .source(SEED + "; Cisco TAC 221699, Webex for BroadWorks client logs (https://www.cisco.com/c/en/us/support/docs/unified-communications/broadworks-application-server-220/221699-troubleshoot-webex-for-bworks-failed-to.html)").build());
        r.add(Rule.cause("webex.config-parse-failed").system(SystemId.WEBEX).group("webex-login").confidence(0.9)
                .when(Condition.event(EventMatcher.is(CallAttributes.SIGNATURE, "config-parse-failed").or(webex("1507"))))
                .boost(Condition.event(EventMatcher.is(CallAttributes.SIGNATURE, "config-parse-incomplete")), 0.05,
                        "the XML parser stopped early (BWC:INTERNAL: Incomplete)")
                .source(SEED + "; Cisco TAC 221699, Webex for BroadWorks client logs (https://www.cisco.com/c/en/us/support/docs/unified-communications/broadworks-application-server-220/221699-troubleshoot-webex-for-bworks-failed-to.html)").build());
        r.add(Rule.cause("webex.bwc-token-failed").system(SystemId.WEBEX).group("webex-login").confidence(0.9)
                .when(Condition.event(EventMatcher.is(CallAttributes.SIGNATURE, "bwc-token-http-error").or(webex("1502"))))
                .boost(Condition.sequence(EventMatcher.is(CallAttributes.SIGNATURE, "bwc-token-http-error"), webex("1502")), 0.05,
                        "the token request failed over HTTP, then login failed with 1502")
                .source(SEED + "; Cisco TAC 221699, Webex for BroadWorks client logs (https://www.cisco.com/c/en/us/support/docs/unified-communications/broadworks-application-server-220/221699-troubleshoot-webex-for-bworks-failed-to.html)–A4").build());
        r.add(Rule.cause("webex.user-error").system(SystemId.WEBEX).confidence(0.8)
                .when(Condition.event(new EventMatcher("Webex end-user error code (100006, 2000xx)",
                        e -> e.code().filter(c -> c.system() == CodeSystem.WEBEX && c.code().length() == 6).isPresent())))
                .source(SEED + "; Webex for Cisco BroadWorks troubleshooting guide (https://help.webex.com/article/nxz35zt)").build());
        // Registration: the SIP auth exchange, seen in a Webex client or BroadWorks log, is the Webex cause.
        r.add(Rule.cause("webex.registration-auth-failed").system(SystemId.SIP).group("sip-auth").confidence(0.9)
                .when(Condition.sequence(Sip.challenge().and(new EventMatcher("in a BroadWorks or Webex log",
                                e -> e.format().equals("broadworks.log") || e.format().equals("webex.client"))),
                        Sip.withCredentials().and(Sip.sameMethodAs(0)), Sip.rejectsCredentialsOf(1)))
                .boost(Condition.sequence(Sip.withCredentials(), Sip.response(403).and(Sip.sameCSeqAs(0))), 0.1,
                        "the AS answered the credentials with 403")
                .source(SEED + "; Webex for Cisco BroadWorks troubleshooting guide (https://help.webex.com/article/nxz35zt) step 6, §4.2 S3a").build());
        // the guide: one active phone SSO per platform type; a second client of the same user and platform takes it over
        r.add(Rule.cause("webex.sso-replaced").system(SystemId.SIP).confidence(0.7)
                .when(Condition.custom("a later REGISTER of the same user from another client of the same platform, on the same server",
                        WebexRules::replacedBySecondClient))
                .source(SEED + ", desktop client drops phone SSO after a successful connection").build());
        r.add(provisioning("webex.provisioning-async", 0.9, 200, null, "§2.7, §4.2 P5").build());
        r.add(provisioning("webex.provisioning-untrusted-email", 0.9, 400, UNTRUSTED, "§2.7, §4.2 P3").group("webex-prov-400").build());
        r.add(provisioning("webex.provisioning-org-not-found", 0.9, 400, ORG, "§2.7, §4.2 P3").group("webex-prov-400").build());
        r.add(provisioning("webex.provisioning-forbidden", 0.85, 403, null, "§2.7, §4.2 P2")
                .boost(Condition.event(EventMatcher.is(NetworkAttributes.HOST_IS_IP, true)), 0.1,
                        "the provisioning request went to an IP address instead of the provisioning bridge URL (patch ap373197)")
                .build());
        r.add(provisioning("webex.provisioning-user-exists", 0.9, 409, null, "§2.7, §4.2 P3").build());
        // the guide: when the enterprise's Integrated IM&P settings differ from the Partner Hub customer template,
        // provisioning fails for every user of the organisation; two users failing alike on one server is that sign
        r.add(Rule.cause("broadworks.imp-settings-mismatch").system(SystemId.BROADWORKS).group("broadworks-error").confidence(0.92)
                .when(Condition.event(bw("18215", "18211")).and(Condition.inContext(bw("18215", "18211"))))
                .source(SEED + ", Integrated IM&P errors for specific organisations").build());
        r.add(Rule.cause("broadworks.imp-provisioning-error").system(SystemId.BROADWORKS).group("broadworks-error").confidence(0.9)
                .when(Condition.event(bw("18215"))).source(SEED + "; Cisco BroadWorks OCI-P and log documentation (https://www.cisco.com/c/en/us/support/docs/unified-communications/broadworks/220163-use-broadworks-switchdevicetype-feature.html)").build());
        r.add(Rule.cause("broadworks.imp-communication-error").system(SystemId.BROADWORKS).group("broadworks-error").confidence(0.9)
                .when(Condition.event(bw("18211"))).source(SEED + "; Cisco BroadWorks OCI-P and log documentation (https://www.cisco.com/c/en/us/support/docs/unified-communications/broadworks/220163-use-broadworks-switchdevicetype-feature.html)").build());
        r.add(Rule.cause("broadworks.oci-error").system(SystemId.BROADWORKS).group("broadworks-error").confidence(0.75)
                .when(Condition.event(bw())).source("Cisco BroadWorks OCI-P and log documentation (https://www.cisco.com/c/en/us/support/docs/unified-communications/broadworks/220163-use-broadworks-switchdevicetype-feature.html)").build());
        return List.copyOf(r);
    }

    private static Rule.Builder provisioning(String cause, double confidence, int status, Pattern message, String section) {
        EventMatcher response = new EventMatcher("provisioning response " + status + (message == null ? "" : " with message " + message.pattern()),
                e -> e.kind() == EventKind.HTTP_RESPONSE && e.format().equals("broadworks.log")
                        && e.is(HttpAttributes.STATUS, status)
                        && (message == null || e.get(HttpAttributes.MESSAGE).filter(m -> message.matcher(m).find()).isPresent()));
        EventMatcher request = new EventMatcher("provisioning POST", e -> e.kind() == EventKind.HTTP_REQUEST
                && e.is(HttpAttributes.METHOD, "POST"));
        return Rule.cause(cause).system(SystemId.BROADWORKS).confidence(confidence)
                .when(Condition.sequence(request, response))
                .symptom(Symptom.pattern("webex", "PROVISIONING_HTTP_" + status))
                .source(SEED + " (provisioning bridge responses); Webex for Cisco BroadWorks troubleshooting guide (https://help.webex.com/article/nxz35zt) " + section);
    }

    private static EventMatcher webex(String code) {
        return EventMatcher.code(CodeSystem.WEBEX, code);
    }

    private static EventMatcher bw(String... codes) {
        return EventMatcher.code(CodeSystem.BROADWORKS, codes);
    }

    /**
     * This session registered a client (REGISTER answered 2xx, in a BroadWorks or Webex log), and later a
     * REGISTER of the same address of record came from another contact whose User-Agent names the same
     * platform (Windows, Mac, Android, iOS): that client now holds the phone SSO.
     */
    static java.util.Optional<Match> replacedBySecondClient(SessionView s) {
        LogEvent mine = null;
        boolean registered = false;
        for (LogEvent e : s.events()) {
            var m = Sip.message(e).orElse(null);
            if (m == null || !Sip.cseqMethod(e).equals("REGISTER")) {
                continue;
            }
            if (m.isRequest() && mine == null && platform(m).isPresent() && !m.contacts().isEmpty()) {
                mine = e;
            } else if (m.isResponse() && Sip.status(e).map(c -> c >= 200 && c < 300).orElse(false)) {
                registered = true;
            }
        }
        if (mine == null || !registered) {
            return java.util.Optional.empty();
        }
        var first = Sip.message(mine).orElseThrow();
        String aor = first.to().map(a -> a.uri().user() + "@" + a.uri().host()).orElse("");
        String contact = first.contacts().get(0).uri().text();
        String os = platform(first).orElseThrow();
        for (LogEvent e : s.context()) {
            var m = Sip.message(e).orElse(null);
            if (m == null || !m.isRequest() || m.contacts().isEmpty() || !e.time().isPresent() || !mine.time().isPresent()
                    || !e.time().instant().isAfter(mine.time().instant())) {
                continue;
            }
            String otherAor = m.to().map(a -> a.uri().user() + "@" + a.uri().host()).orElse("");
            if (otherAor.equals(aor) && !m.contacts().get(0).uri().text().equals(contact) && platform(m).filter(os::equals).isPresent()) {
                return java.util.Optional.of(new Match(List.of(mine, e),
                        List.of("", "a second " + os + " client of " + aor + " registered from " + m.contacts().get(0).uri().text())));
            }
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<String> platform(dev.rtcdiag.parsers.sip.SipMessage m) {
        String ua = m.header("User-Agent").orElse("").toLowerCase(java.util.Locale.ROOT);
        for (String[] p : new String[][] {{"windows", "Windows"}, {"mac", "Mac"}, {"android", "Android"}, {"iphone", "iOS"}, {"ipad", "iOS"}, {"ios", "iOS"}}) {
            if (ua.contains(p[0])) {
                return java.util.Optional.of(p[1]);
            }
        }
        return java.util.Optional.empty();
    }
}
