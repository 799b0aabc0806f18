package dev.rtcdiag.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.catalog.Language;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the vendors' troubleshooting guides say, kept whole in the knowledge base: the concrete checks,
 * menu paths and commands in every language the entry is written in, the related entries offered as
 * next steps, and sources that name where each entry really comes from.
 */
class SeedItemsTest {

    private static final KnowledgeBase KB = KnowledgeBase.standard();

    private static String all(String id, Language l) {
        Cause c = KB.get(id);
        return c.title(l) + "\n" + c.explanation(l) + "\n" + c.remedy(l);
    }

    @Test
    void anOrganisationsImpSettingsMustMatchThePartnerHubTemplate() {
        Cause c = KB.get("broadworks.imp-settings-mismatch");
        assertThat(c.severity()).isEqualTo(Severity.ERROR);
        assertThat(all(c.id(), Language.EN)).contains("AS_CLI/Interface/Messaging> get").contains("Enterprise > Integrated IM&P > Services")
                .contains("Messaging Server URL = Provisioning URL").contains("Messaging Server User Name = Provisioning Account Name")
                .contains("Messaging Server Password = Provisioning Account Password").contains("UC-One SaaS");
        assertThat(c.isTranslated(Language.TR)).isTrue();
        assertThat(all(c.id(), Language.TR)).contains("AS_CLI/Interface/Messaging> get").contains("Entegre IM&P > Hizmetler")
                .contains("Sağlama URL'si").contains("Sağlama Hesabı Adı").contains("Sağlama Hesabı Parolası");
        assertThat(KB.get("broadworks.imp-provisioning-error").nextSteps()).contains(c.id());
        assertThat(KB.get("broadworks.imp-communication-error").nextSteps()).contains(c.id());
    }

    /** Two users of one server failing IM&P provisioning alike: the organisation's settings, not each user. */
    @Test
    void twoUsersFailingImpProvisioningPointAtTheOrganisationsSettings() throws Exception {
        String pslog = java.nio.file.Files.readString(java.nio.file.Path.of("../examples/logs/broadworks/pslog-provisioning.log"),
                StandardCharsets.ISO_8859_1);
        String failure = pslog.lines().filter(l -> true).toList().stream().reduce("", (a, b) -> a + b + "\n");
        int start = failure.indexOf("2024.05.14 10:02:11:910");
        int end = failure.indexOf("\n2024.05.14", start + 1);
        String error = failure.substring(start, end + 1);
        String second = error.replace("10:02:11:910", "10:02:12:410").replace("17156808312040.551239", "17156808312040.999999");
        Diagnosis one = Diagnoser.builder().build().diagnose(new ByteArrayInputStream(error.getBytes(StandardCharsets.ISO_8859_1)), "ps.log");
        assertThat(one.findings()).extracting(Finding::causeId).containsExactly("broadworks.imp-provisioning-error");
        Diagnosis two = Diagnoser.builder().build().diagnose(new ByteArrayInputStream((error + second).getBytes(StandardCharsets.ISO_8859_1)), "ps.log");
        assertThat(two.findings()).extracting(Finding::causeId).contains("broadworks.imp-settings-mismatch");
        // each user's finding is located at that user's own error, the other user's line follows as context
        assertThat(two.findings()).filteredOn(f -> f.causeId().equals("broadworks.imp-settings-mismatch"))
                .extracting(f -> f.evidence().get(0).position().line()).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void theAuthServiceEntryKeepsItsChecks() {
        for (Language l : List.of(Language.EN, Language.TR)) {
            assertThat(KB.get("webex.authservice-misconfigured").remedy(l))
                    .contains("XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> get")
                    .contains("allowUserApp = false").contains("allowClientApp = true").contains("Partner Hub").contains("MTLS").contains("RSA");
        }
        assertThat(KB.get("webex.authservice-misconfigured").remedy(Language.EN)).contains("BroadWorks Settings page");
    }

    @Test
    void theRegistrationSequenceAndItsSuccessMarkerAreShown() {
        assertThat(KB.get("webex.registration-auth-failed").explanation(Language.EN)).contains("XSI").contains("DMS").contains("device profile")
                .contains("SBC").contains("NS").contains("Session SSO: You are signed in");
        assertThat(KB.get("webex.registration-auth-failed").explanation(Language.TR)).contains("XSI").contains("DMS").contains("Oturum SSO");
    }

    @Test
    void theTurkishDeviceProfileSignatureIsFound() {
        String line = "<Error> [0x70000476b000] BroadWorksConfigDownloader.cpp:106 onAccessDeviceListSucceed:BWC:SCF: ConfigDownload - "
                + "'Business Communicator - PC' cihaz profili bulunamadı.\n";
        Diagnosis d = Diagnoser.builder().build().diagnose(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "bwc.log");
        assertThat(d.findings()).extracting(Finding::causeId).containsExactly("webex.no-device-profile");
    }

    @Test
    void relatedEntriesAreOfferedAsNextSteps() {
        assertThat(KB.get("wcs.websocket-unreachable").nextSteps()).contains("wcs.server-not-ready");
        assertThat(KB.get("bitrix.audio-device-suspected").nextSteps()).contains("bitrix.messenger-devices-not-selected");
        for (String offered : List.of("webex.self-care-link-missing", "webex.self-care-blank-page", "webex.no-call-icon",
                "webex.multiple-call-services", "webex.activation-portal-not-loading")) {
            assertThat(KB.causes()).as("some entry offers %s", offered).anyMatch(c -> c.nextSteps().contains(offered));
        }
    }

    @Test
    void bitrixKeepsTheMenuPathTheWebRtcBranchAndTheTestFileRequirements() {
        assertThat(all("bitrix.box-call-log-missing", Language.RU)).contains("Телефония > Детализация звонков").contains("«Журнал»");
        assertThat(all("bitrix.box-call-log-missing", Language.EN)).contains("Телефония > Детализация звонков");
        assertThat(all("bitrix.transfer-not-completed", Language.RU)).contains("Телефония > Детализация звонков");
        for (Language l : List.of(Language.EN, Language.RU)) {
            assertThat(KB.get("bitrix.audio-device-suspected").remedy(l)).contains("WebRTC").contains("y4m").contains("wav")
                    .contains("--use-fake-device-for-media-stream").containsAnyOf("folder", "папке");
        }
    }

    @Test
    void translationsAreWholeAndCorrect() {
        assertThat(all("wcs.media-ports-blocked", Language.RU)).doesNotContain("Односторонее").contains("Одностороннее").contains("flashphoner.properties");
        assertThat(KB.get("webex.config-parse-failed").remedy(Language.TR)).contains("AS_CLI/System/DeviceType/SIP> set");
    }

    @Test
    void sourcesNameWhereEachEntryComesFrom() {
        for (String id : List.of("bitrix.callee-busy", "bitrix.no-answer", "bitrix.self-cancelled", "bitrix.declined", "bitrix.wrong-number",
                "bitrix.route-unavailable", "bitrix.insufficient-balance", "bitrix.sip-connector-unpaid", "bitrix.free-plan-limit",
                "bitrix.blacklisted", "bitrix.no-media")) {
            assertThat(KB.get(id).source()).as(id).doesNotContain("1c-bitrix.ru/learning").containsAnyOf("apidocs.bitrix24.com", "voximplant.com");
        }
        for (String id : List.of("wcs.media-ports-blocked", "wcs.dtls-failed", "wcs.ice-keepalive-lost", "wcs.media-timeout", "wcs.no-common-codecs")) {
            assertThat(KB.get(id).source()).as(id).doesNotContain("troubleshooting").contains("docs.flashphoner.com/");
        }
        assertThat(KB.get("webex.config-parse-failed").source()).doesNotContain("help.webex.com").contains("221699");
    }

    /** An XSLog REGISTER and its 200 OK for one client of +902125550101. */
    private static String registration(String time, String callId, String contactUser, String userAgent) {
        String ua = userAgent == null ? "" : "    User-Agent:" + userAgent + "\n";
        return "2024.05.14 " + time + ":101 CET | Info       | Sip | Sip Stack Input Adapter 2 | 4471203 | +902125550101 | callhalf-" + callId + "\n\n"
                + "    udp 541 SIP Bytes IN from 192.0.2.20:5060\n"
                + "    REGISTER sip:as.acme.example.com SIP/2.0\n"
                + "    Via:SIP/2.0/UDP 192.0.2.20:5060;branch=z9hG4bK-" + callId + "\n"
                + "    From:<sip:+902125550101@as.acme.example.com>;tag=" + callId + "\n"
                + "    To:<sip:+902125550101@as.acme.example.com>\n"
                + "    Call-ID:" + callId + "@192.0.2.20\n"
                + "    CSeq:1 REGISTER\n"
                + "    Contact:<sip:" + contactUser + "@192.0.2.20:5060>\n" + ua
                + "    Expires:3600\n    Content-Length:0\n    \n"
                + "2024.05.14 " + time + ":104 CET | Info       | Sip | Sip Stack Output Adapter 2 | 4471204 | +902125550101 | callhalf-" + callId + "\n\n"
                + "    udp 498 SIP Bytes OUT to 192.0.2.20:5060\n"
                + "    SIP/2.0 200 OK\n"
                + "    Via:SIP/2.0/UDP 192.0.2.20:5060;branch=z9hG4bK-" + callId + "\n"
                + "    From:<sip:+902125550101@as.acme.example.com>;tag=" + callId + "\n"
                + "    To:<sip:+902125550101@as.acme.example.com>;tag=9" + callId + "\n"
                + "    Call-ID:" + callId + "@192.0.2.20\n"
                + "    CSeq:1 REGISTER\n"
                + "    Contact:<sip:" + contactUser + "@192.0.2.20:5060>;expires=3600\n"
                + "    Content-Length:0\n    \n";
    }

    private static Diagnosis xslog(String text) {
        return Diagnoser.builder().build().diagnose(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "XSLog2024.05.14.txt");
    }

    /** The same user signing in on a second Windows machine takes over the phone SSO; a Mac and a Windows client coexist. */
    @Test
    void aSecondClientOfTheSamePlatformReplacesTheFirstOnesPhoneSso() {
        String windows = "Webex/44.8.0.30404 (Windows 10 Enterprise; x64)";
        Diagnosis two = xslog(registration("09:14:21", "reg-a", "wxt-pc-1", windows) + registration("09:20:05", "reg-b", "wxt-pc-2", windows));
        assertThat(two.findings()).extracting(Finding::causeId).containsExactly("webex.sso-replaced");
        Finding f = two.findings().get(0);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.session()).contains("reg-a");
        assertThat(f.evidence()).hasSize(2);
        assertThat(xslog(registration("09:14:21", "reg-a", "wxt-pc-1", windows)
                + registration("09:20:05", "reg-b", "wxt-mac-1", "Webex/44.8.0.30404 (Mac OS X 14.4)")).findings()).isEmpty();
        assertThat(xslog(registration("09:14:21", "reg-a", "wxt-pc-1", windows) + registration("09:20:05", "reg-b", "wxt-pc-1", windows)).findings())
                .as("the same client registering again").isEmpty();
        assertThat(xslog(registration("09:14:21", "reg-a", "wxt-pc-1", null) + registration("09:20:05", "reg-b", "wxt-pc-2", null)).findings())
                .as("no platform to compare").isEmpty();
    }
}
