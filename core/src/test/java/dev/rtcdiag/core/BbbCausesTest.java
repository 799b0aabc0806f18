package dev.rtcdiag.core;

import static dev.rtcdiag.core.assertj.RtcdiagAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code bbb.*} cause of spec/causes.md from html5-client.log records (and server logs where
 * the cause needs them), each with a near miss that must not produce it. Inputs are reconstructed
 * after research/bbb.md §2–§5.
 */
class BbbCausesTest {

    @TempDir
    Path dir;

    private Diagnosis diagnose(String... nameAndContent) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < nameAndContent.length; i += 2) {
            paths.add(Files.writeString(dir.resolve(nameAndContent[i]), nameAndContent[i + 1], StandardCharsets.UTF_8));
        }
        return Diagnoser.builder().build().diagnose(paths);
    }

    private Diagnosis client(BbbClientLog log) throws IOException {
        return diagnose("html5-client.log", log.text());
    }

    private static BbbClientLog.User alice(BbbClientLog log) {
        return log.user("w_oqxj3hbqzvmd", "Alice", "203.0.113.45", BbbClientLog.CHROME);
    }

    /** A single audio failure with the given code maps to the cause; a session without it does not. */
    private void singleCode(Object code, String cause, String bridge, String causeText) throws IOException {
        BbbClientLog log = new BbbClientLog();
        alice(log).audioFailure(code, causeText, bridge);
        assertThat(client(log)).hasOnlyCauses(cause).hasCauseInSession(cause, "user=w_oqxj3hbqzvmd");
    }

    @Test
    void websocketDroppedAfterAWorkingCall() throws IOException {
        BbbClientLog log = new BbbClientLog();
        alice(log).joined().audioFailure(1001, "Websocket disconnected", "sip");
        assertThat(client(log)).hasOnlyCauses("bbb.websocket-dropped").finding("bbb.websocket-dropped").hasNoteContaining("call was up");
        BbbClientLog noCall = new BbbClientLog();
        alice(noCall).audioFailure(1001, "Websocket disconnected", "sip");
        assertThat(client(noCall)).finding("bbb.websocket-dropped").hasConfidenceAtLeast(0.8);
    }

    @Test
    void websocketBlockedWithoutNginxEvidenceAndProxyMisconfiguredWithIt() throws IOException {
        BbbClientLog log = new BbbClientLog();
        alice(log).audioFailure(1002, "Websocket failed to connect", "sip");
        assertThat(client(log)).hasOnlyCauses("bbb.websocket-blocked");
        String nginx404 = "203.0.113.45 - - [12/Mar/2024:14:00:01 +0000] \"GET /ws HTTP/1.1\" 404 152 \"-\" \"Mozilla/5.0\"\n";
        assertThat(diagnose("html5-client.log", log.text(), "access.log", nginx404)).hasOnlyCauses("bbb.sip-proxy-misconfigured")
                .finding("bbb.sip-proxy-misconfigured").hasEvidenceContaining("GET /ws");
        // near miss: nginx served /ws fine (101) and failed on an unrelated path
        String healthy = "203.0.113.45 - - [12/Mar/2024:14:00:01 +0000] \"GET /ws HTTP/1.1\" 101 0 \"-\" \"Mozilla/5.0\"\n"
                + "203.0.113.45 - - [12/Mar/2024:14:00:02 +0000] \"GET /favicon.ico HTTP/1.1\" 404 152 \"-\" \"Mozilla/5.0\"\n";
        assertThat(diagnose("html5-client.log", log.text(), "access.log", healthy)).hasOnlyCauses("bbb.websocket-blocked");
    }

    @Test
    void simpleCodes() throws IOException {
        singleCode(1003, "bbb.browser-unsupported", "sip", "Browser version not supported");
        singleCode("1005", "bbb.call-ended-unexpectedly", "sip", "Audio Conference Error");
        singleCode(1006, "bbb.call-timeout", "sip", "Call timed out on start after 20s");
        singleCode(1008, "bbb.echo-transfer-failed", "sip", "Timeout on call transfer");
        singleCode(1009, "bbb.stun-turn-info-failed", "sip", "Could not fetch STUN/TURN server information");
        singleCode(1010, "bbb.ice-timeout", "fullaudio", "ICE negotiation timeout after 15s");
        singleCode(1012, "bbb.ice-closed", "sip", "ICE connection closed. Current state -closed");
        singleCode(1007, "bbb.ice-blocked", "sip", "ICE negotiation failed. Current state - failed");
    }

    @Test
    void callFailedVersusCandidatesMissing() throws IOException {
        BbbClientLog slow = new BbbClientLog();
        alice(slow).gathering(6.2).log(40, "sip_js_call_terminated", "Audio call terminated. cause=ICE error", Map.of("cause", "ICE error"))
                .audioFailure("1004", "ICE error", "sip");
        assertThat(client(slow)).hasOnlyCauses("bbb.ice-candidates-missing").finding("bbb.ice-candidates-missing")
                .hasEvidenceContaining("ICE gathering candidates took (s): 6.2");
        // near miss: gathering was quick, so the guide's generic 1004 applies
        BbbClientLog quick = new BbbClientLog();
        alice(quick).gathering(0.8).audioFailure("1004", "ICE error", "sip");
        assertThat(client(quick)).hasOnlyCauses("bbb.call-failed");
        // Safari raises confidence of the generic 1004 (the seed names Safari users)
        BbbClientLog safari = new BbbClientLog();
        safari.user("w_s4f4r1s4f4r1", "Sam", "198.51.100.9", BbbClientLog.SAFARI).audioFailure("1004", "Request Timeout", "sip");
        assertThat(client(safari)).finding("bbb.call-failed").hasConfidenceAtLeast(0.8).hasNoteContaining("Safari");
    }

    @Test
    void privateServerAddressNeedsServerEvidenceAndAPublicClient() throws IOException {
        BbbClientLog log = new BbbClientLog();
        alice(log).audioFailure(1007, "ICE negotiation failed. Current state - failed", "sip");
        String check = "BigBlueButton Server 2.7.3 (2775)\n\n/opt/freeswitch/etc/freeswitch/vars.xml (FreeSWITCH)\n"
                + "                       local_ip_v4: 10.0.0.5\n                   external_rtp_ip: 10.0.0.5\n";
        assertThat(diagnose("html5-client.log", log.text(), "check.txt", check)).hasOnlyCauses("bbb.server-advertises-private-ip")
                .finding("bbb.server-advertises-private-ip").hasEvidenceContaining("external_rtp_ip: 10.0.0.5");
        // near miss: the server advertises its public address
        String good = check.replace("external_rtp_ip: 10.0.0.5", "external_rtp_ip: 203.0.113.10");
        assertThat(diagnose("html5-client.log", log.text(), "check.txt", good)).hasOnlyCauses("bbb.ice-blocked");
        // near miss: the client is on the server's private network, where a private address is right
        BbbClientLog lan = new BbbClientLog();
        lan.user("w_l4nl4nl4nl4n", "Lan", "10.0.0.77", BbbClientLog.CHROME).audioFailure(1007, "ICE negotiation failed. Current state - failed", "sip");
        assertThat(diagnose("html5-client.log", lan.text(), "check.txt", check)).hasOnlyCauses("bbb.ice-blocked");
    }

    @Test
    void firefoxIceLiteOnlyWhenOthersInTheMeetingSucceed() throws IOException {
        BbbClientLog log = new BbbClientLog();
        log.user("w_k2m4n6p8q0r2", "Carol", "192.0.2.61", BbbClientLog.CHROME).joined();
        BbbClientLog.User bob = log.user("w_x1y2z3a4b5c6", "Bob", "192.0.2.88", BbbClientLog.FIREFOX);
        bob.audioFailure(1007, "ICE_STATE_FAILED", "fullaudio");
        assertThat(client(log)).hasOnlyCauses("bbb.firefox-ice-lite").hasCauseInSession("bbb.firefox-ice-lite", "user=w_x1y2z3a4b5c6");
        // near miss: nobody else connected, so Firefox is not shown to be the difference
        BbbClientLog alone = new BbbClientLog();
        alone.user("w_x1y2z3a4b5c6", "Bob", "192.0.2.88", BbbClientLog.FIREFOX).audioFailure(1007, "ICE_STATE_FAILED", "fullaudio");
        assertThat(client(alone)).hasOnlyCauses("bbb.ice-blocked");
        // near miss: the other user is in another meeting
        BbbClientLog other = new BbbClientLog();
        other.meeting("another-meeting-1710252999999").user("w_k2m4n6p8q0r2", "Carol", "192.0.2.61", BbbClientLog.CHROME).joined();
        other.meeting(BbbClientLog.MEETING).user("w_x1y2z3a4b5c6", "Bob", "192.0.2.88", BbbClientLog.FIREFOX)
                .audioFailure(1007, "ICE_STATE_FAILED", "fullaudio");
        assertThat(client(other)).hasOnlyCauses("bbb.ice-blocked");
    }

    @Test
    void webcamAndMediaServerCodes() throws IOException {
        BbbClientLog log = new BbbClientLog();
        alice(log).log(50, "video_provider_camera_share_timeout", "Camera SHARER failed.", Map.of("cameraId", "w_oqxj3hbqzvmd_a1b2", "role", "share"));
        assertThat(client(log)).hasOnlyCauses("bbb.media-unreachable");
        BbbClientLog stop = new BbbClientLog();
        alice(stop).log(30, "video_provider_handle_play_stop", "Received request from SFU to stop camera. Role: share", Map.of("role", "share"));
        assertThat(client(stop)).hasOnlyCauses("bbb.media-stopped-flowing");
        BbbClientLog sfu = new BbbClientLog();
        alice(sfu).log(50, "video_provider_handle_sfu_error", "SFU returned an error. Code: 2001, reason: MEDIA_SERVER_OFFLINE",
                Map.of("errorCode", 2001, "errorReason", "MEDIA_SERVER_OFFLINE", "role", "share"));
        assertThat(client(sfu)).hasOnlyCauses("bbb.media-server-unavailable");
        BbbClientLog ice = new BbbClientLog();
        alice(ice).log(50, "video_provider_handle_sfu_error", "SFU returned an error. Code: 2021, reason: ICE_GATHERING_FAILED",
                Map.of("errorCode", 2021, "errorReason", "ICE_GATHERING_FAILED", "role", "share"));
        assertThat(client(ice)).hasOnlyCauses("bbb.media-server-ice-failed");
        // near miss: 2211 with the mcs-core meaning (ESL command error) is not media loss
        BbbClientLog esl = new BbbClientLog();
        alice(esl).log(50, "video_provider_handle_sfu_error", "SFU returned an error. Code: 2211, reason: MEDIA_ESL_COMMAND_ERROR",
                Map.of("errorCode", 2211, "errorReason", "MEDIA_ESL_COMMAND_ERROR", "role", "share"));
        assertThat(client(esl)).hasNoFindings();
    }

    @Test
    void devicesAndConnection() throws IOException {
        BbbClientLog mic = new BbbClientLog();
        alice(mic).log(50, "audiomanager_error_getting_device", "Error getting microphone - {NotAllowedError: Permission denied}",
                Map.of("errorName", "NotAllowedError", "errorMessage", "Permission denied"));
        assertThat(client(mic)).hasOnlyCauses("bbb.device-permission-denied");
        BbbClientLog screen = new BbbClientLog();
        alice(screen).log(50, "screenshare_failed", "Screenshare failed: NotReadableError (code=1138)", Map.of("errorCode", "1138", "errorMessage", "NotReadableError"));
        assertThat(client(screen)).hasOnlyCauses("bbb.device-busy");
        BbbClientLog unstable = new BbbClientLog();
        alice(unstable).log(40, "connection_unstable", "Connection is unstable (code 3004)", Map.of("errorCode", 3004));
        assertThat(client(unstable)).hasOnlyCauses("bbb.connection-unstable");
        // near miss: a device that is simply absent is neither denied nor busy
        BbbClientLog none = new BbbClientLog();
        alice(none).log(50, "audiomanager_error_device_not_found", "Error getting microphone - {NotFoundError: Requested device not found}",
                Map.of("errorName", "NotFoundError"));
        assertThat(client(none)).doesNotHaveCause("bbb.device-permission-denied").doesNotHaveCause("bbb.device-busy");
    }

    @Test
    void healthyMeetingWithHundredsOfRecordsHasNoFindings() throws IOException {
        BbbClientLog log = new BbbClientLog();
        for (int u = 0; u < 40; u++) {
            BbbClientLog.User user = log.user(String.format("w_user%07d", u), "Student " + u, "198.51.100." + (u + 10),
                    u % 3 == 0 ? BbbClientLog.FIREFOX : BbbClientLog.CHROME);
            user.log(30, "audiomanager_join_echotest", "User requested to join audio conference with mic", Map.of("logType", "user_action"))
                    .gathering(0.3 + u % 5 / 10.0)
                    .log(30, "sip_js_session_accepted", "Audio call session accepted", Map.of("callerIdName", user.callerIdName(1)))
                    .log(30, "sip_js_ice_connection_success", "ICE connection success. Current ICE Connection state - connected", Map.of())
                    .joined()
                    .log(30, "video_provider_handle_play_start_flowing", "Camera media is flowing (server). Role: share", Map.of("role", "share"))
                    .log(30, "audio_ended", "Audio ended without issue", Map.of());
        }
        Diagnosis d = client(log);
        assertThat(d).hasNoFindings().isComplete();
        assertThat(d.sessions()).hasSize(40);
        assertThat(d.inputs().get(0).events()).isEqualTo(280);
    }

    @Test
    void clientAndFreeSwitchLogsOfOneMeetingNameEachFailingUserWithEvidenceFromBoth() throws IOException {
        Path examples = Path.of("../examples/logs/bbb");
        Diagnosis d = Diagnoser.builder().build().diagnose(List.of(examples.resolve("freeswitch.log"), examples.resolve("html5-client.log")));
        assertThat(d).hasOnlyCauses("bbb.ice-candidates-missing", "bbb.firefox-ice-lite")
                .hasCauseInSession("bbb.ice-candidates-missing", "user=w_oqxj3hbqzvmd")
                .hasCauseInSession("bbb.firefox-ice-lite", "user=w_x1y2z3a4b5c6");
        assertThat(d).finding("bbb.ice-candidates-missing")
                .hasEvidenceAt("../examples/logs/bbb/freeswitch.log", 10)
                .hasEvidenceAt("../examples/logs/bbb/html5-client.log", 4);
    }

    @Test
    void anNginxErrorLogAloneShowsTheSipProxyFailing() throws IOException {
        String ws = "2024/03/12 09:11:52 [error] 1049#1049: *48211 connect() failed (113: No route to host) while connecting to upstream, client: 203.0.113.45, "
                + "server: bbb.example.com, request: \"GET /ws?sessionToken=k7qzy2bb HTTP/1.1\", upstream: \"https://10.0.0.5:7443/ws?sessionToken=k7qzy2bb\", host: \"bbb.example.com\"\n";
        assertThat(diagnose("error.log", ws)).hasOnlyCauses("bbb.sip-proxy-misconfigured").finding("bbb.sip-proxy-misconfigured")
                .hasEvidenceContaining("GET /ws");
        // the html5 backend refusing is another service, not the SIP WebSocket proxy
        assertThat(diagnose("error.log", ws.replace("/ws?", "/html5client/join?"))).hasOnlyCauses();
    }
}
