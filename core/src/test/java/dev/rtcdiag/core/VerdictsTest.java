package dev.rtcdiag.core;

import static dev.rtcdiag.core.assertj.RtcdiagAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What servers and client stacks say outright, in their own log lines, becomes the cause the same
 * status would: FreeSWITCH hangup causes through its SIP mapping, Asterisk NOTICEs, Q.850 causes
 * through RFC 3398, client status lines. Line texts are the programs' own formats.
 */
class VerdictsTest {

    /** Causes tested here rather than on a SIP trace. */
    static final List<String> TESTED = List.of("sip.connection-failed");

    private static Diagnosis diagnose(String log) {
        return Diagnoser.builder().build().diagnose(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), "server.log");
    }

    private static String fs(String text) {
        return "2024-03-05 10:21:07.813500 [NOTICE] sofia.c:8834 " + text + "\n";
    }

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of(fs("Hangup sofia/internal/1004@203.0.113.10 [CS_CONSUME_MEDIA] [USER_BUSY]"), "sip.callee-busy"),
                Arguments.of(fs("Hangup sofia/internal/1004@203.0.113.10 [CS_ROUTING] [NO_ROUTE_DESTINATION]"), "sip.user-not-found"),
                Arguments.of(fs("Hangup sofia/internal/1004@203.0.113.10 [CS_EXECUTE] [CALL_REJECTED]"), "sip.declined"),
                Arguments.of(fs("Hangup sofia/external/gw+4930@203.0.113.9 [CS_CONSUME_MEDIA] [RECOVERY_ON_TIMER_EXPIRE]"), "sip.request-timeout"),
                Arguments.of(fs("Hangup sofia/external/gw+4930@203.0.113.9 [CS_CONSUME_MEDIA] [NORMAL_TEMPORARY_FAILURE]"), "sip.service-unavailable"),
                Arguments.of(fs("Hangup sofia/internal/1004@203.0.113.10 [CS_NEW] [INCOMPATIBLE_DESTINATION]"), "sip.media-not-acceptable"),
                Arguments.of(fs("Hangup sofia/internal/1004@203.0.113.10 [CS_EXCHANGE_MEDIA] [MEDIA_TIMEOUT]"), "sip.media-timeout"),
                Arguments.of("2024-03-05 10:21:07.813500 [ERR] switch_ivr_originate.c:3719 Originate Failed.  Cause: USER_NOT_REGISTERED\n", "sip.callee-unavailable"),
                Arguments.of("2024-03-05 10:21:07.813500 [ERR] switch_core_session.c:556 Cannot create outgoing channel of type [sofia] cause: [USER_BUSY]\n", "sip.callee-busy"),
                Arguments.of("[2024-03-05 10:20:01] NOTICE[3040] chan_sip.c: Registration from '\"1002\" <sip:1002@203.0.113.10>' failed for '198.51.100.7:5060' - Wrong password\n", "sip.auth-failed"),
                Arguments.of("[2024-03-05 10:20:01] NOTICE[3040] res_pjsip/pjsip_distributor.c: Request 'REGISTER' from '<sip:1009@203.0.113.10>' failed for '198.51.100.7:5060' (callid: x1) - No matching endpoint found\n", "sip.user-not-found"),
                Arguments.of("[2024-03-05 10:20:01] VERBOSE[3040][C-00000001] app_dial.c: Everyone is busy/congested at this time (1:1/0/0)\n", "sip.callee-busy"),
                Arguments.of("[2024-03-05 10:20:01] VERBOSE[3040][C-00000001] app_dial.c: Everyone is busy/congested at this time (1:0/1/0)\n", "sip.service-unavailable"),
                Arguments.of("[2024-03-05 10:20:01] DEBUG[3040] chan_pjsip.c: chan_pjsip_hangup: PJSIP/2001-00000002: Cause: 17\n", "sip.callee-busy"),
                Arguments.of("INFO 10:35:37.182 tcpc0x17393614 !TCP connect() error: Connection refused [code=120061]\n", "sip.connection-failed"),
                Arguments.of("WARNING 10:35:37.183 pjsua_acc.c  ..SIP registration failed, status=503 (Connection refused)\n", "sip.connection-failed"),
                Arguments.of("Jun 12 10:01:02 sbc /usr/sbin/kamailio[2021]: ERROR: <core> [core/resolve.c:1728]: sip_hostport2su(): could not resolve hostname: \"pbx.example.invalid\"\n", "sip.dns-failure"),
                Arguments.of("Jun 12 10:01:02 sbc /usr/sbin/kamailio[2021]: ERROR: <core> [core/tcp_main.c:1530]: tcp_do_connect(): connect 198.51.100.9:5060 failed (111) Connection refused\n", "sip.connection-failed"),
                Arguments.of("Jun 12 10:01:02 sbc /usr/sbin/kamailio[2021]: ERROR: <core> [core/udp_server.c:597]: udp_send(): sendto(sock, buf: 0x7f, len: 512, 0, dst: (198.51.100.9:5060), tolen: 16) - err: Network is unreachable (101)\n", "sip.connection-failed"),
                Arguments.of("I/SipAccount: Sip Reg Info - Code: 408, Reason: Request Timeout, Exp: 1, Status: 0\n", "sip.request-timeout"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("lines")
    void aVerdictLineNamesTheCauseItsStatusWould(String line, String cause) {
        String tail = line.strip().substring(line.strip().length() - 20);
        assertThat(diagnose(line)).hasCause(cause).finding(cause).hasEvidenceContaining(tail);
    }

    @Test
    void normalClearingAndAStackThatGotNoConnectionAreNotServerFailures() {
        assertThat(diagnose(fs("Hangup sofia/internal/1004@203.0.113.10 [CS_EXECUTE] [NORMAL_CLEARING]"))).hasOnlyCauses();
        assertThat(diagnose("WARNING pjsua_acc.c  ..SIP registration failed, status=503 (Connection refused)\n"))
                .doesNotHaveCause("sip.service-unavailable");
    }

    @Test
    void aQ850ReasonInABye() {
        String bye = "BYE sip:1002@198.51.100.7 SIP/2.0\r\nVia: SIP/2.0/UDP 203.0.113.9:5060;branch=z9hG4bKq1\r\n"
                + "From: <sip:+4930@203.0.113.9>;tag=a\r\nTo: <sip:1002@203.0.113.10>;tag=b\r\nCall-ID: q850bye\r\nCSeq: 2 BYE\r\n"
                + "Reason: Q.850;cause=17;text=\"User busy\"\r\nContent-Length: 0\r\n\r\n";
        assertThat(diagnose(bye)).hasCause("sip.callee-busy");
        assertThat(diagnose(bye.replace("cause=17;text=\"User busy\"", "cause=16"))).hasOnlyCauses();
    }
}
