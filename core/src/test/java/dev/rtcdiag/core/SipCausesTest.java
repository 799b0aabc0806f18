package dev.rtcdiag.core;

import static dev.rtcdiag.core.assertj.RtcdiagAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sip.* cause on a realistic trace, each with a near-miss that must not produce it. */
class SipCausesTest {

    private static final Diagnoser DIAGNOSER = Diagnoser.builder().build();
    private static final String AUTH = "Authorization: Digest username=\"1002\", realm=\"pbx.example.com\", nonce=\"8f2b7e1c\", uri=\"sip:2001@203.0.113.10\", response=\"4f8a3e0b6c1d2e3f4a5b6c7d8e9f0a1b\"";
    private static final String CHALLENGE = "WWW-Authenticate: Digest realm=\"pbx.example.com\", nonce=\"8f2b7e1c\", algorithm=MD5";
    private static final String PROXY_AUTH = AUTH.replace("Authorization", "Proxy-Authorization");
    private static final String PROXY_CHALLENGE = CHALLENGE.replace("WWW-Authenticate", "Proxy-Authenticate");

    static Diagnosis diagnose(String log) {
        return DIAGNOSER.diagnose(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), "trace.log");
    }

    static SipTrace invite(String callId) {
        return SipTrace.call(callId).request("INVITE").response(100, "Trying").after(0.5);
    }

    /** (cause, trace that shows it, near-miss trace that must not). */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("sip.auth-failed",
                        SipTrace.call("a1").request("REGISTER").response(401, "Unauthorized", CHALLENGE).nextCSeq().request("REGISTER", AUTH).response(403, "Forbidden"),
                        SipTrace.call("a2").request("REGISTER").response(401, "Unauthorized", CHALLENGE).nextCSeq().request("REGISTER", AUTH).response(200, "OK")),
                Arguments.of("sip.auth-not-answered",
                        SipTrace.call("b1").request("INVITE").response(407, "Proxy Authentication Required", PROXY_CHALLENGE).request("ACK"),
                        SipTrace.call("b2").request("INVITE").response(407, "Proxy Authentication Required", PROXY_CHALLENGE).request("ACK")
                                .nextCSeq().request("INVITE", PROXY_AUTH).response(180, "Ringing").response(200, "OK")),
                Arguments.of("sip.forbidden",
                        invite("c1").response(403, "Forbidden"),
                        SipTrace.call("c2").request("INVITE").response(401, "Unauthorized", CHALLENGE).nextCSeq().request("INVITE", AUTH).response(200, "OK")),
                Arguments.of("sip.user-not-found", invite("d1").response(404, "Not Found"), invite("d2").response(200, "OK")),
                Arguments.of("sip.request-timeout", invite("e1").response(408, "Request Timeout"),
                        invite("e2").response(180, "Ringing").after(3).response(200, "OK")),
                Arguments.of("sip.no-response",
                        SipTrace.call("f1").request("INVITE").after(0.5).retransmit().after(1).retransmit().after(2).retransmit(),
                        SipTrace.call("f2").request("INVITE").after(0.5).retransmit().response(100, "Trying").response(200, "OK")),
                Arguments.of("sip.callee-busy", invite("g1").response(486, "Busy Here"), invite("g2").response(180, "Ringing").response(200, "OK")),
                Arguments.of("sip.declined", invite("h1").response(180, "Ringing").response(603, "Decline"), invite("h2").response(200, "OK")),
                Arguments.of("sip.callee-unavailable", invite("i1").response(480, "Temporarily Unavailable"), invite("i2").response(200, "OK")),
                Arguments.of("sip.cancelled",
                        invite("j1").response(180, "Ringing").cancel().response(200, "OK").answering("INVITE").response(487, "Request Terminated"),
                        invite("j2").response(180, "Ringing").response(487, "Request Terminated")),
                Arguments.of("sip.media-not-acceptable", invite("k1").response(488, "Not Acceptable Here"), invite("k2").response(200, "OK")),
                Arguments.of("sip.loop-detected", invite("l1").response(482, "Loop Detected"), invite("l2").response(200, "OK")),
                Arguments.of("sip.address-incomplete", invite("m1").response(484, "Address Incomplete"), invite("m2").response(200, "OK")),
                Arguments.of("sip.interval-too-brief", SipTrace.call("n1").request("REGISTER", "Expires: 10").response(423, "Interval Too Brief", "Min-Expires: 60"),
                        SipTrace.call("n2").request("REGISTER", "Expires: 60").response(200, "OK")),
                Arguments.of("sip.extension-required", invite("o1").response(420, "Bad Extension", "Unsupported: foo"), invite("o2").response(200, "OK")),
                Arguments.of("sip.payment-required", invite("p1").response(402, "Payment Required"), invite("p2").response(200, "OK")),
                Arguments.of("sip.transaction-mismatch", SipTrace.call("q1").request("BYE").response(481, "Call/Transaction Does Not Exist"),
                        SipTrace.call("q2").request("BYE").response(200, "OK")),
                Arguments.of("sip.server-error", invite("r1").response(500, "Server Internal Error"), invite("r2").response(200, "OK")),
                Arguments.of("sip.service-unavailable", invite("s1").response(503, "Service Unavailable", "Retry-After: 120"), invite("s2").response(200, "OK")),
                Arguments.of("sip.redirected", invite("t1").response(302, "Moved Temporarily", "Contact: <sip:2001@203.0.113.99>"), invite("t2").response(200, "OK")),
                Arguments.of("sip.unknown-failure", invite("u1").response(499, "Whatever"), invite("u2").response(486, "Busy Here")),
                Arguments.of("sip.dns-failure", SipTrace.call("w1").request("REGISTER").response(480, "No DNS results"),
                        SipTrace.call("w2").request("REGISTER").response(480, "Temporarily Unavailable")),
                Arguments.of("sip.auxiliary-request-rejected", SipTrace.call("x1").request("SUBSCRIBE", "Event: presence").response(489, "Bad Event"),
                        SipTrace.call("x2").request("SUBSCRIBE", "Event: presence").response(200, "OK")),
                Arguments.of("sip.media-timeout", invite("y1").response(200, "OK").request("ACK").after(40)
                                .request("BYE", "Reason: SIP;cause=804;text=\"MEDIA_TIMEOUT\"").response(200, "OK"),
                        invite("y2").response(200, "OK").request("ACK").after(40).request("BYE", "Reason: Q.850;cause=16").response(200, "OK")),
                // a risk factor raised by its symptom: the caller hangs up seconds after the answer
                Arguments.of("sip.private-address-in-sdp", SipTrace.call("v1").from("192.168.1.50").request("INVITE").response(100, "Trying")
                                .response(200, "OK").request("ACK").after(4).request("BYE").response(200, "OK"),
                        SipTrace.call("v2").from("198.51.100.7").request("INVITE").response(100, "Trying")),
                // behind a private-to-private NAT (seen from 10.20.0.1, media offered at 192.168.1.50); near miss: a LAN
                // client whose packets come from the very address its SDP offers
                Arguments.of("sip.private-address-in-sdp", SipTrace.call("v3").from("192.168.1.50").receivedAs("10.20.0.1").request("INVITE")
                        .response(100, "Trying").response(200, "OK").request("ACK").after(4).request("BYE").response(200, "OK"), SipTrace.call("v4").from("192.168.1.50").receivedAs("192.168.1.50").request("INVITE").response(100, "Trying")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void causeIsFoundOnItsTraceAndNotOnTheNearMiss(String cause, SipTrace positive, SipTrace nearMiss) {
        assertThat(diagnose(positive.text())).hasCause(cause).isComplete()
                .finding(cause).hasSeverity(KnowledgeBase.standard().get(cause).severity());
        assertThat(diagnose(nearMiss.text())).doesNotHaveCause(cause);
    }

    /** An INVITE as a UAS receives it through a proxy: the caller's Via is the bottom one, with received. */
    private static String forwardedInvite(String callerReceived) {
        String sdp = "v=0\r\no=- 1 1 IN IP4 10.0.0.5\r\ns=-\r\nc=IN IP4 10.0.0.5\r\nt=0 0\r\nm=audio 40000 RTP/AVP 0\r\n";
        return "INVITE sip:service@127.0.0.1:5080 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKkam1\r\n"
                + "Via: SIP/2.0/UDP 10.0.0.5:5060;branch=z9hG4bKcaller1;rport=5060;received=" + callerReceived + "\r\n"
                + "From: sipp <sip:sipp@10.0.0.5:5060>;tag=1\r\nTo: <sip:service@127.0.0.1:5070>\r\nCall-ID: fwd1@10.0.0.5\r\n"
                + "CSeq: 1 INVITE\r\nContact: <sip:sipp@10.0.0.5:5060>\r\nMax-Forwards: 69\r\nContent-Type: application/sdp\r\n"
                + "Content-Length: " + sdp.length() + "\r\n\r\n" + sdp;
    }

    @Test
    void aForwardedInviteShowsTheNatInTheCallersViaAlone() throws Exception {
        assertThat(diagnose(forwardedInvite("127.0.0.1"))).hasCause("sip.private-address-in-sdp");
        assertThat(diagnose(forwardedInvite("203.0.113.50"))).hasCause("sip.private-address-in-sdp");
        assertThat(diagnose(forwardedInvite("10.0.0.5"))).doesNotHaveCause("sip.private-address-in-sdp"); // seen where it says it is
    }

    /** A request as a forking proxy sends it on one branch (same Call-ID and CSeq on every branch). */
    private static String branch(String startLine, String branch, String cseq, String toTag) {
        return startLine + "\r\nVia: SIP/2.0/UDP 203.0.113.10:5060;branch=" + branch + "\r\nFrom: <sip:1002@203.0.113.10>;tag=f1\r\n"
                + "To: <sip:2001@203.0.113.10>" + (toTag.isEmpty() ? "" : ";tag=" + toTag) + "\r\nCall-ID: fork1@203.0.113.10\r\nCSeq: " + cseq
                + "\r\nContent-Length: 0\r\n\r\n";
    }

    @Test
    void aForkedBranchThatNeverAnsweredIsNotHiddenByTheBranchThatDid() {
        String dead = branch("INVITE sip:2001@192.0.2.31:5060 SIP/2.0", "z9hG4bKdead", "1 INVITE", "");
        String live = branch("INVITE sip:2001@192.0.2.32:5060 SIP/2.0", "z9hG4bKlive", "1 INVITE", "");
        String log = dead + live + dead + branch("SIP/2.0 180 Ringing", "z9hG4bKlive", "1 INVITE", "b2")
                + dead + branch("SIP/2.0 200 OK", "z9hG4bKlive", "1 INVITE", "b2") + dead;
        Diagnosis d = diagnose(log);
        assertThat(d).hasCause("sip.no-response").finding("sip.no-response").hasSeverity(Severity.WARNING)
                .hasNoteContaining("another branch").hasEvidenceContaining("192.0.2.31");
        // the answered branch alone is a healthy call
        org.assertj.core.api.Assertions.assertThat(diagnose(live + branch("SIP/2.0 200 OK", "z9hG4bKlive", "1 INVITE", "b2")).findings()).isEmpty();
    }

    @Test
    void aPrivateSdpAddressWithoutASymptomIsInformation() {
        Diagnosis d = diagnose(SipTrace.call("v5").from("192.168.1.50").request("INVITE").response(100, "Trying").response(200, "OK")
                .request("ACK").after(120).request("BYE").response(200, "OK").text());
        assertThat(d).finding("sip.private-address-in-sdp").hasSeverity(Severity.INFO);
        org.assertj.core.api.Assertions.assertThat(d.hasFindingsAtLeast(Severity.WARNING)).isFalse();
    }

    @Test
    void holdAddressIsNotPrivate() {
        String sdp = "v=0\r\no=- 1 2 IN IP4 198.51.100.7\r\ns=-\r\nc=IN IP4 0.0.0.0\r\nt=0 0\r\nm=audio 40000 RTP/AVP 0\r\na=sendonly\r\n";
        String reinvite = "INVITE sip:2001@203.0.113.10 SIP/2.0\r\nVia: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bKhold1\r\n"
                + "From: <sip:1002@203.0.113.10>;tag=1\r\nTo: <sip:2001@203.0.113.10>;tag=2\r\nCall-ID: hold1\r\nCSeq: 3 INVITE\r\n"
                + "Content-Type: application/sdp\r\nContent-Length: " + sdp.length() + "\r\n\r\n" + sdp;
        assertThat(diagnose(reinvite)).doesNotHaveCause("sip.private-address-in-sdp");
    }

    @Test
    void everySipCauseOfTheKnowledgeBaseHasATestCase() {
        var tested = new java.util.ArrayList<>(cases().map(a -> (String) a.get()[0]).toList());
        tested.addAll(VerdictsTest.TESTED);
        org.assertj.core.api.Assertions.assertThat(tested)
                .containsAll(KnowledgeBase.standard().bySystem("sip").stream().map(Cause::id).toList());
    }

    @Test
    void healthyCallsProduceNoFindings() {
        String log = SipTrace.join(
                invite("ok1").response(180, "Ringing").after(2).response(200, "OK").request("ACK").after(30).nextCSeq().request("BYE").response(200, "OK"),
                SipTrace.call("ok2").request("REGISTER").response(401, "Unauthorized", CHALLENGE).nextCSeq().request("REGISTER", AUTH).response(200, "OK"),
                SipTrace.call("ok3").request("OPTIONS").response(200, "OK"));
        assertThat(diagnose(log)).hasNoFindings().isComplete();
    }

    @Test
    void wrongPasswordGets403BoostAndEvidenceLines() {
        Diagnosis d = diagnose(SipTrace.call("w1").request("REGISTER").response(401, "Unauthorized", CHALLENGE)
                .nextCSeq().request("REGISTER", AUTH).response(403, "Forbidden").text());
        assertThat(d).finding("sip.auth-failed")
                .hasConfidenceAtLeast(0.9)
                .hasNoteContaining("wrong extension password")
                .hasEvidenceContaining("SIP/2.0 401 Unauthorized")
                .hasEvidenceContaining("REGISTER sip:2001@203.0.113.10:5060 SIP/2.0")
                .hasEvidenceContaining("SIP/2.0 403 Forbidden")
                .hasSymptomCode("403");
    }

    @Test
    void staleNonceChallengeAfterCredentialsIsNotAFailure() {
        String stale = CHALLENGE + ", stale=true";
        assertThat(diagnose(SipTrace.call("x1").request("REGISTER").response(401, "Unauthorized", CHALLENGE)
                .nextCSeq().request("REGISTER", AUTH).response(401, "Unauthorized", stale)
                .nextCSeq().request("REGISTER", AUTH).response(200, "OK").text())).hasNoFindings();
    }

    @Test
    void retryAfterRaisesServiceUnavailableConfidence() {
        double with = diagnose(invite("y1").response(503, "Service Unavailable", "Retry-After: 120").text()).finding("sip.service-unavailable").orElseThrow().confidence();
        double without = diagnose(invite("y2").response(503, "Service Unavailable").text()).finding("sip.service-unavailable").orElseThrow().confidence();
        org.assertj.core.api.Assertions.assertThat(with).isGreaterThan(without);
    }

    @Test
    void disjointCodecsRaiseMediaNotAcceptableConfidence() {
        Diagnosis d = diagnose(SipTrace.call("z1").codecs("18").request("INVITE").responseWithSdp(488, "Not Acceptable Here", "0 8").text());
        assertThat(d).finding("sip.media-not-acceptable").hasConfidenceAtLeast(0.9).hasNoteContaining("share no codec");
    }

    @Test
    void unansweredRetransmissionsWithAProvisionalAreARequestTimeoutNotNoResponse() {
        Diagnosis d = diagnose(SipTrace.call("rt").request("INVITE").after(0.5).retransmit().response(100, "Trying").after(40).text());
        assertThat(d).hasCause("sip.request-timeout").doesNotHaveCause("sip.no-response");
    }

    @Test
    void findingsOfManyDialogsAreSortedBySeverityThenConfidence() {
        Diagnosis d = diagnose(SipTrace.join(invite("s-busy").response(486, "Busy Here"), invite("s-nf").response(404, "Not Found"),
                invite("s-un").response(480, "Temporarily Unavailable")));
        org.assertj.core.api.Assertions.assertThat(d.findings()).extracting(Finding::causeId)
                .containsExactly("sip.user-not-found", "sip.callee-unavailable", "sip.callee-busy");
        assertThat(d).hasCauseInSession("sip.callee-busy", "call-id=s-busy");
    }
}
