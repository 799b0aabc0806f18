package dev.rtcdiag.core;

import static dev.rtcdiag.core.assertj.RtcdiagAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The generic webrtc.* causes from browser-console and webrtc-internals style lines (reconstructed). */
class WebRtcCausesTest {

    static Diagnosis diagnose(String... lines) {
        return Diagnoser.builder().build().diagnose(new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), "console.log");
    }

    @Test
    void iceStateFailedIsIceFailedAndCheckingRaisesConfidence() {
        Diagnosis d = diagnose("[10:15:01:120] INFO: pc: iceConnectionState: checking", "[10:15:31:400] ERROR: pc: iceConnectionState: failed");
        assertThat(d).hasOnlyCauses("webrtc.ice-failed").finding("webrtc.ice-failed").hasConfidenceAtLeast(0.7).hasNoteContaining("checking");
        assertThat(diagnose("iceConnectionState: checking", "iceConnectionState: connected", "ICE connection state changed to disconnected"))
                .hasNoFindings();
    }

    @Test
    void turnCredentialsRejected() {
        assertThat(diagnose("icecandidateerror url: turn:turn.example.com:3478?transport=udp error_text: Unauthorized error_code: 401"))
                .hasOnlyCauses("webrtc.turn-auth-failed");
        assertThat(diagnose("icecandidateerror url: stun:stun.example.com:3478 error_text: Unauthorized error_code: 401"))
                .doesNotHaveCause("webrtc.turn-auth-failed");
    }

    @Test
    void turnUnreachableOnlyWhenEveryTurnUrlFailedAndNoRelayWasGathered() {
        String udp = "icecandidateerror url: turn:turn.example.com:3478?transport=udp address: 192.168.1.20 port: 54321 error_text: TURN allocate request timed out. error_code: 701";
        String tcp = "icecandidateerror url: turn:turn.example.com:443?transport=tcp address: 192.168.1.20 port: 54322 error_text: TURN allocate request timed out. error_code: 701";
        assertThat(diagnose(udp, tcp)).hasOnlyCauses("webrtc.turn-unreachable");
        assertThat(diagnose(udp, "a=candidate:2 1 udp 41885439 203.0.113.5 50000 typ relay raddr 198.51.100.7 rport 54321"))
                .doesNotHaveCause("webrtc.turn-unreachable");
    }
}
