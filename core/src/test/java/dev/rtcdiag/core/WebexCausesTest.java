package dev.rtcdiag.core;

import static dev.rtcdiag.core.assertj.RtcdiagAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every {@code webex.*} and {@code broadworks.*} cause with a log signature (spec/causes.md), each
 * with a near miss. Inputs are the example logs (reconstructed after research/webex-broadworks.md)
 * and variations of them.
 */
class WebexCausesTest {

    static final Path EXAMPLES = Path.of("../examples/logs");

    static Diagnosis diagnose(String text, String name) {
        return Diagnoser.builder().build().diagnose(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), name);
    }

    static String example(String path) throws IOException {
        return Files.readString(EXAMPLES.resolve(path), StandardCharsets.ISO_8859_1);
    }

    @Test
    void provisioningResponsesFollowTheSeedsDecisionTree() throws IOException {
        Diagnosis d = Diagnoser.builder().build().diagnose(java.util.List.of(EXAMPLES.resolve("broadworks/pslog-provisioning.log")));
        assertThat(d).hasOnlyCauses("webex.provisioning-user-exists", "broadworks.imp-provisioning-error", "webex.provisioning-async");
        assertThat(d).finding("webex.provisioning-user-exists").hasEvidenceAt("../examples/logs/broadworks/pslog-provisioning.log", 9)
                .hasEvidenceContaining("409 Conflict");
        assertThat(d).finding("webex.provisioning-async").hasSeverity(Severity.INFO);
        String pslog = example("broadworks/pslog-provisioning.log");
        String untrusted = pslog.replace("HTTP/1.1 409 Conflict", "HTTP/1.1 400 Bad Request")
                .replace("A user with the e-mail address ayse.yilmaz@acme.example.com already exists.",
                        "Trusting BroadWorks emails with the legacy provisioning API is not supported.");
        assertThat(diagnose(untrusted, "ps.log")).hasCause("webex.provisioning-untrusted-email").doesNotHaveCause("webex.provisioning-org-not-found");
        String org = pslog.replace("HTTP/1.1 409 Conflict", "HTTP/1.1 400 Bad Request")
                .replace("A user with the e-mail address ayse.yilmaz@acme.example.com already exists.",
                        "Customer org not found in the database and the create new org flag is not enabled.");
        assertThat(diagnose(org, "ps.log")).hasCause("webex.provisioning-org-not-found").doesNotHaveCause("webex.provisioning-untrusted-email");
        // near miss: a 409 for something that was not a provisioning POST is not a provisioning answer
        String get = pslog.replace("POST https://provisioning.webex.example.net/api/v1/provisioning/users\n\tContent-Type: application/xml\n\tAuthorization: Basic cHJvdmFkbWluOlMzY3JldFBhc3M=\n\t<user><userId>ayse",
                "GET https://provisioning.webex.example.net/api/v1/provisioning/users\n\tContent-Type: application/xml\n\t<user><userId>ayse");
        assertThat(diagnose(get, "ps.log")).doesNotHaveCause("webex.provisioning-user-exists");
    }

    @Test
    void forbiddenNamesTheMissingPatchWhenTheTargetIsAnIpAddress() throws IOException {
        String log = example("broadworks/pslog-provisioning-forbidden.log");
        assertThat(diagnose(log, "ps.log")).hasOnlyCauses("webex.provisioning-forbidden").finding("webex.provisioning-forbidden")
                .hasNoteContaining("ap373197").hasConfidenceAtLeast(0.95);
        Diagnosis byName = diagnose(log.replace("https://198.51.100.40/", "https://provisioning.webex.example.net/"), "ps.log");
        assertThat(byName).finding("webex.provisioning-forbidden").satisfies(f -> org.assertj.core.api.Assertions.assertThat(f.notes()).isEmpty());
    }

    @Test
    void imAndPErrorsAndOciErrors() {
        String oci = "2024.05.14 10:02:11:910 EDT | Info       | OCI-P | BCCT Worker #3 | admin TO 127.0.0.1:56212\n"
                + "\t<BroadsoftDocument protocol=\"OCI\"><sessionId xmlns=\"\">1715.1</sessionId><command type=\"Error\" xsi:type=\"c:ErrorResponse\">"
                + "<summary>[Error %s] %s</summary></command></BroadsoftDocument>\n";
        assertThat(diagnose(String.format(oci, "18211", "Communication error with messaging server"), "ps.log"))
                .hasOnlyCauses("broadworks.imp-communication-error");
        assertThat(diagnose(String.format(oci, "4962", "Invalid password"), "ps.log")).hasOnlyCauses("broadworks.oci-error")
                .finding("broadworks.oci-error").hasSymptomCode("4962");
        // near miss: a SuccessResponse
        assertThat(diagnose(oci.replace("type=\"Error\" xsi:type=\"c:ErrorResponse\">", "xsi:type=\"c:SuccessResponse\">")
                .replace("<summary>[Error %s] %s</summary>", ""), "ps.log")).hasNoFindings();
    }

    @Test
    void clientSignatures() throws IOException {
        assertThat(diagnose(example("webex/bwc-no-device-profile.log"), "bwc.log")).hasOnlyCauses("webex.no-device-profile");
        assertThat(diagnose(example("webex/bwc-config-parse-1507.log"), "bwc.log")).hasOnlyCauses("webex.config-parse-failed");
        Diagnosis token = diagnose(example("webex/android-bwc-token-1502.log"), "bwc.log");
        assertThat(token).hasOnlyCauses("webex.bwc-token-failed");
        org.assertj.core.api.Assertions.assertThat(token.findings().get(0).cause().nextSteps()).contains("webex.authservice-misconfigured");
        assertThat(diagnose("2024-02-28T09:40:01.100Z <Info> [0x4ee0][]ActivationManager.cpp:212 ActivationManager::onError:activation failed with error code 200045\n",
                "client.log")).hasOnlyCauses("webex.user-error").finding("webex.user-error").hasSymptomCode("200045");
        // near miss: six-digit numbers that are not error codes (a meeting number) are not end-user errors
        assertThat(diagnose("2024-02-28T09:40:01.100Z <Info> [0x4ee0][]Meeting.cpp:12 Meeting::join:joining meeting 200045 from the calendar\n",
                "client.log")).hasNoFindings();
    }

    @Test
    void registrationAuthFailureInTheAsLogIsTheWebexCause() throws IOException {
        Diagnosis d = diagnose(example("broadworks/xslog-register-403.log"), "XSLog.txt");
        assertThat(d).hasOnlyCauses("webex.registration-auth-failed").finding("webex.registration-auth-failed").hasEvidenceContaining("403 Forbidden");
        // near miss: the same exchange in a plain SIP trace is the generic SIP cause
        assertThat(Diagnoser.builder().build().diagnose(java.util.List.of(EXAMPLES.resolve("sip/asterisk-wrong-password.log"))))
                .hasOnlyCauses("sip.auth-failed");
    }

    @Test
    void healthyRegistrationSequenceHasNoFindings() throws IOException {
        String ok = example("broadworks/xslog-register-403.log").replace("SIP/2.0 403 Forbidden", "SIP/2.0 200 OK");
        assertThat(diagnose(ok, "XSLog.txt")).hasNoFindings();
        String client = example("webex/bwc-no-device-profile.log").lines().limit(3).reduce("", (a, b) -> a + b + "\n");
        assertThat(diagnose(client, "bwc.log")).hasNoFindings();
    }
}
