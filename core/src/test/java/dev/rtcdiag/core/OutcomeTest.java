package dev.rtcdiag.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Session outcomes per system: the final response decides for SIP; failure codes and connection states for the others. */
class OutcomeTest {

    private static Outcome outcomeOf(SipTrace trace) {
        Diagnosis d = Diagnoser.builder().build().diagnose(new ByteArrayInputStream(trace.text().getBytes(StandardCharsets.UTF_8)), "t.log");
        assertThat(d.sessions()).hasSize(1);
        return d.sessions().get(0).outcomeType();
    }

    @Test
    void aRegisterRejectedAgainAfterItsCredentialsFailed() {
        assertThat(outcomeOf(SipTrace.call("reg-bad").request("REGISTER").response(401, "Unauthorized")
                .request("REGISTER", "Authorization: Digest username=\"1002\", realm=\"pbx\", response=\"x\"").response(401, "Unauthorized")))
                .isEqualTo(Outcome.FAILED);
        assertThat(outcomeOf(SipTrace.call("reg-403").request("REGISTER").response(403, "Forbidden"))).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aRegisterThatSucceedsAfterTheChallengeIsRegistered() {
        assertThat(outcomeOf(SipTrace.call("reg-ok").request("REGISTER").response(401, "Unauthorized")
                .request("REGISTER", "Authorization: Digest username=\"1002\", realm=\"pbx\", response=\"x\"").response(200, "OK")))
                .isEqualTo(Outcome.REGISTERED);
    }

    @Test
    void anInviteThatEndedInATimeoutFailedEvenWhenTheCallerAlsoCancelled() {
        assertThat(outcomeOf(SipTrace.call("inv-408").request("INVITE").response(100, "Trying").cancel().response(200, "OK")
                .answering("INVITE").response(408, "Request Timeout"))).isEqualTo(Outcome.FAILED);
        assertThat(outcomeOf(SipTrace.call("inv-408b").request("INVITE").response(408, "Request Timeout"))).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aCancelAnswered487IsCancelled() {
        assertThat(outcomeOf(SipTrace.call("inv-487").request("INVITE").response(180, "Ringing").cancel().response(200, "OK")
                .answering("INVITE").response(487, "Request Terminated"))).isEqualTo(Outcome.CANCELLED);
    }

    @Test
    void answeredBusyAndSilentCalls() {
        assertThat(outcomeOf(SipTrace.call("inv-200").request("INVITE").response(200, "OK"))).isEqualTo(Outcome.ESTABLISHED);
        assertThat(outcomeOf(SipTrace.call("inv-407-200").request("INVITE").response(407, "Proxy Authentication Required")
                .request("INVITE", "Proxy-Authorization: Digest username=\"1002\", realm=\"pbx\", response=\"x\"").response(200, "OK")))
                .isEqualTo(Outcome.ESTABLISHED);
        assertThat(outcomeOf(SipTrace.call("inv-486").request("INVITE").response(486, "Busy Here"))).isEqualTo(Outcome.FAILED);
        assertThat(outcomeOf(SipTrace.call("inv-none").request("INVITE").response(100, "Trying"))).isEqualTo(Outcome.UNANSWERED);
    }

    @Test
    void otherSystemsFailOnFailureCodesAndStates() {
        Diagnosis bbb = Diagnoser.builder().build().diagnose(List.of(Path.of("../examples/logs/bbb/html5-client.log")));
        java.util.Set<String> withErrorCodes = new java.util.HashSet<>();
        bbb.findings().stream().filter(f -> f.severity() == Severity.ERROR && f.symptom().code().matches("1\\d{3}"))
                .forEach(f -> withErrorCodes.add(f.session()));
        assertThat(withErrorCodes).isNotEmpty();
        assertThat(bbb.sessions()).filteredOn(s -> withErrorCodes.contains(s.key()))
                .allSatisfy(s -> assertThat(s.outcomeType()).isEqualTo(Outcome.FAILED));
        String connected = "2024-03-05T10:00:00.000Z ICE connection state changed to connected\n";
        Diagnosis ice = Diagnoser.builder().build().diagnose(new ByteArrayInputStream(connected.getBytes(StandardCharsets.UTF_8)), "ice.log");
        assertThat(ice.sessions()).extracting(SessionSummary::outcomeType).containsOnly(Outcome.ESTABLISHED);
    }

    @Test
    void idsRoundTripAndUnknownTextIsUnknown() {
        for (Outcome o : Outcome.values()) {
            assertThat(Outcome.of(o.id())).isEqualTo(o);
        }
        assertThat(Outcome.of("exploded")).isEqualTo(Outcome.UNKNOWN);
        assertThat(Outcome.of(null)).isEqualTo(Outcome.UNKNOWN);
    }
}
