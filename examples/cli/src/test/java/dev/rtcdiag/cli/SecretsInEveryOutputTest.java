package dev.rtcdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One log per secret kind, each of which also produces a finding (so the secret would be in the
 * evidence if redaction failed); none of the secrets reaches any output format by default, and
 * {@code --no-redact} shows them (proving the test looks at the right text).
 */
class SecretsInEveryOutputTest {

    @TempDir
    Path dir;

    /** The secrets, and logs that carry them in a line that becomes evidence or an event. */
    static final List<String> SECRETS = List.of("9d2c4e6f8a0b1c3d5e7f9a1b3c5d7e9f", "k7qzy2bbjdmxhtwl", "cHJvdmFkbWluOlMzY3JldFBhc3M=",
            "S3cr3tPassw0rd", "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl", "tok3nBearerXYZ123456", "Cl1Pr0vPass");

    Path logs() throws Exception {
        Path d = Files.createDirectories(dir.resolve("logs"));
        Files.copy(Path.of("../logs/sip/asterisk-wrong-password.log"), d.resolve("asterisk.log")); // digest response
        Files.copy(Path.of("../logs/bbb/websocket/html5-client.log"), d.resolve("html5-client.log")); // BBB sessionToken
        Files.copy(Path.of("../logs/bbb/websocket/nginx-error.log"), d.resolve("nginx-error.log"));
        Files.copy(Path.of("../logs/broadworks/pslog-provisioning.log"), d.resolve("pslog.log")); // Basic credentials
        Files.writeString(d.resolve("oci.log"), "2024.05.14 10:02:11:910 EDT | Info       | OCI-P | BCCT Worker #3\n"
                + "\t<BroadsoftDocument protocol=\"OCI\"><sessionId xmlns=\"\">1715.9</sessionId><command xsi:type=\"UserModifyRequest\"><userId>u1</userId>"
                + "<newPassword>S3cr3tPassw0rd</newPassword></command></BroadsoftDocument>\n"
                + "2024.05.14 10:02:11:911 EDT | Info       | OCI-P | BCCT Worker #3\n"
                + "\t<BroadsoftDocument protocol=\"OCI\"><sessionId xmlns=\"\">1715.9</sessionId><command type=\"Error\" xsi:type=\"c:ErrorResponse\">"
                + "<summary>[Error 4962] Invalid password</summary></command></BroadsoftDocument>\n");
        Files.writeString(d.resolve("vox.log"), "2026-02-16 18:38:19.570 Sent event to JS onPhoneEvent with params [{name = Application.Started ; sessionId = 42 ; } ;  ]\n"
                + "2026-02-16 18:38:19.571 Sent event to JS onPhoneEvent with params [{name = Call.Failed ; code = 486 ; reason = Busy ; "
                + "headers = {VI-Identity = voxkeys/20251125 eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl ; } ; } ;  ]\n");
        Files.writeString(d.resolve("xslog-cli.log"), "2024.05.14 10:01:00:001 EDT | Info       | CLI | cli-session-3\n"
                + "\tAS_CLI/Interface/Messaging> set provisioningPassword Cl1Pr0vPass\n"
                + "2024.05.14 10:01:00:002 EDT | Info       | OCI-P | BCCT Worker #3\n"
                + "\t<BroadsoftDocument protocol=\"OCI\"><command type=\"Error\" xsi:type=\"c:ErrorResponse\"><summary>[Error 4008] User not found: u9</summary>"
                + "</command></BroadsoftDocument>\n");
        Files.writeString(d.resolve("console.txt"),
                "[10:00:00:0001] ERROR: clientLogger: Audio error - errorCode=1002, cause=Authorization: Bearer tok3nBearerXYZ123456\n");
        return d;
    }

    @Test
    void noSecretReachesAnyOutputByDefault() throws Exception {
        Path logs = logs();
        for (String format : List.of("text", "json", "sarif", "warnings-ng", "junit", "html")) {
            CliRunner r = CliRunner.run("diagnose", "--output-format", format, logs.toString());
            assertThat(r.status()).as(format).isEqualTo(1);
            for (String secret : SECRETS) {
                assertThat(r.out()).as("%s output", format).doesNotContain(secret);
            }
        }
        String events = CliRunner.run("events", logs.toString()).out();
        for (String secret : SECRETS) {
            assertThat(events).as("events output").doesNotContain(secret);
        }
        // --no-redact shows the secrets that sit in evidence or event text (the digest response and the
        // Basic credentials sit in headers no output prints, which is also checked above)
        StringBuilder shown = new StringBuilder(CliRunner.run("events", "--no-redact", logs.toString()).out());
        for (String format : List.of("text", "json", "html")) {
            shown.append(CliRunner.run("diagnose", "--no-redact", "--output-format", format, logs.toString()).out());
        }
        for (String secret : List.of("k7qzy2bbjdmxhtwl", "S3cr3tPassw0rd", "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl", "tok3nBearerXYZ123456")) {
            assertThat(shown.toString()).as("--no-redact shows %s", secret).contains(secret);
        }
    }
}
