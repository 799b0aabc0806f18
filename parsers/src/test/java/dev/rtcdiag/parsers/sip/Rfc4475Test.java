package dev.rtcdiag.parsers.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.catalog.sip.SipMethod;
import dev.rtcdiag.catalog.sip.StandardSipStatus;
import dev.rtcdiag.parsers.sip.SipDeviation.Type;
import dev.rtcdiag.parsers.testing.Conformance;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RFC 4475 "SIP Torture Test Messages", the exact bytes, read from testdata/conformance/rfc4475. */
class Rfc4475Test {

    /** For each invalid message, the deviation that must make it invalid (RFC 4475 section 3.1.2). */
    private static final Map<String, Type> INVALID_BECAUSE = Map.ofEntries(
            Map.entry("badinv01.dat", Type.EMPTY_PARAMETER),
            Map.entry("clerr.dat", Type.CONTENT_LENGTH_EXCEEDS_DATA),
            Map.entry("ncl.dat", Type.BAD_CONTENT_LENGTH),
            Map.entry("scalar02.dat", Type.NUMBER_OUT_OF_RANGE),
            Map.entry("scalarlg.dat", Type.NUMBER_OUT_OF_RANGE),
            Map.entry("quotbal.dat", Type.UNTERMINATED_QUOTE),
            Map.entry("ltgtruri.dat", Type.ANGLE_BRACKETS_IN_REQUEST_URI),
            Map.entry("lwsruri.dat", Type.WHITESPACE_IN_REQUEST_URI),
            Map.entry("lwsstart.dat", Type.EXTRA_WHITESPACE_IN_START_LINE),
            Map.entry("trws.dat", Type.TRAILING_WHITESPACE_IN_START_LINE),
            Map.entry("escruri.dat", Type.HEADERS_IN_REQUEST_URI),
            Map.entry("baddate.dat", Type.BAD_DATE),
            Map.entry("regbadct.dat", Type.URI_NEEDS_ANGLE_BRACKETS),
            Map.entry("badaspec.dat", Type.WHITESPACE_IN_ANGLE_BRACKETS),
            Map.entry("baddn.dat", Type.UNQUOTED_DISPLAY_NAME),
            Map.entry("badvers.dat", Type.UNSUPPORTED_VERSION),
            Map.entry("mismatch01.dat", Type.CSEQ_METHOD_MISMATCH),
            Map.entry("mismatch02.dat", Type.CSEQ_METHOD_MISMATCH),
            Map.entry("bigcode.dat", Type.BAD_STATUS_CODE));

    static Stream<Arguments> cases() {
        Path dir = Conformance.require().resolve("rfc4475");
        return Conformance.index(dir).stream().map(r -> Arguments.of(r[0], r[3], dir.resolve(r[0])));
    }

    private static SipMessage parse(String file) {
        Path dir = Conformance.require().resolve("rfc4475");
        return SipParser.parse(Conformance.bytes(dir.resolve(file))).message();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("cases")
    void everyTortureMessageParsesToTheRfcsVerdict(String file, String expected, Path path) {
        SipParser.Result r = SipParser.parse(Conformance.bytes(path));
        SipMessage m = r.message();
        assertThat(r.consumed()).isPositive();
        switch (expected) {
            case "valid" -> assertThat(m.deviations()).as("%s deviations", file).noneMatch(SipDeviation::fatal);
            case "invalid" -> {
                assertThat(m.isValid()).as("%s must be invalid", file).isFalse();
                assertThat(m.deviations()).as("%s reason", file)
                        .anyMatch(d -> d.fatal() && d.type() == INVALID_BECAUSE.get(file));
            }
            default -> assertThat(m.startLine()).isNotEmpty(); // valid-but-unusual: parsed, no crash
        }
    }

    @Test
    void indexHasAll49Messages() {
        assertThat(cases()).hasSize(49);
        assertThat(INVALID_BECAUSE).hasSize(19);
    }

    @Test
    void wsinvShortTortuousInvite() {
        SipMessage m = parse("wsinv.dat");
        assertThat(m.method()).contains(SipMethod.INVITE);
        assertThat(m.requestUri()).isEqualTo("sip:vivekg@chair-dnrc.example.com;unknownparam");
        assertThat(m.callId()).contains("wsinv.ndaksdj@192.0.2.1");
        assertThat(m.cseq()).contains(new CSeq(9, SipMethod.INVITE));
        assertThat(m.header("max-forwards")).contains("0068");
        assertThat(m.to().orElseThrow().tag()).contains("1918181833n");
        assertThat(m.from().orElseThrow().displayName()).isEqualTo("J Rosenberg \\\"");
        assertThat(m.from().orElseThrow().tag()).contains("98asjd8");
        assertThat(m.vias()).extracting(Via::transport, Via::host).containsExactly(
                org.assertj.core.groups.Tuple.tuple("UDP", "192.0.2.2"),
                org.assertj.core.groups.Tuple.tuple("TCP", "spindle.example.com"),
                org.assertj.core.groups.Tuple.tuple("UDP", "192.168.255.111"));
        assertThat(m.vias().get(2).branch()).contains("z9hG4bK30239");
        assertThat(m.header("UnknownHeaderWithUnusualValue")).contains(";;,,;;,;");
        assertThat(m.header("NewFangledHeader")).contains("newfangled value continued newfangled value");
        assertThat(m.header("Subject")).contains("");
        assertThat(m.contacts()).hasSize(1);
        assertThat(m.contacts().get(0).displayName()).isEqualTo("Quoted string \"\"");
        assertThat(m.contacts().get(0).params()).containsEntry("newparam", "newvalue").containsEntry("secondparam", "").containsEntry("q", "0.33");
        assertThat(m.contentLength()).hasValue(150);
        assertThat(m.sdp()).isPresent();
        assertThat(m.sdp().orElseThrow().sessionConnection()).isEqualTo("192.0.2.4");
    }

    @Test
    void escapedNullsKeepTwoDistinctContacts() {
        SipMessage m = parse("escnull.dat");
        assertThat(m.method()).contains(SipMethod.REGISTER);
        assertThat(m.contacts()).hasSize(2);
        assertThat(m.contacts().get(0).uri().decodedUser()).contains("\0");
        assertThat(m.contacts().get(0).uri().user()).isNotEqualTo(m.contacts().get(1).uri().user());
    }

    @Test
    void esc02UnknownMethodIsNotRegisterAndHasTwoContacts() {
        SipMessage m = parse("esc02.dat");
        assertThat(m.method().orElseThrow().name()).isEqualTo("RE%47IST%45R");
        assertThat(m.method().orElseThrow().isStandard()).isFalse();
        assertThat(m.contacts()).hasSize(2);
        assertThat(m.to().orElseThrow().displayName()).isEqualTo("%Z%45");
    }

    @Test
    void dblreqIsExactlyOneRegisterWithTrailingNoiseIgnored() {
        Path path = Conformance.require().resolve("rfc4475/dblreq.dat");
        byte[] bytes = Conformance.bytes(path);
        SipParser.Result r = SipParser.parse(bytes);
        assertThat(r.message().method()).contains(SipMethod.REGISTER);
        assertThat(r.message().contentLength()).hasValue(0);
        assertThat(r.message().body()).isEmpty();
        assertThat(r.consumed()).isLessThan(bytes.length);
    }

    @Test
    void semiuriUserKeepsItsSemicolon() {
        SipMessage m = parse("semiuri.dat");
        assertThat(m.requestUri()).startsWith("sip:user;par=u%40example.net@example.com");
        assertThat(SipUri.parse(m.requestUri()).decodedUser()).isEqualTo("user;par=u@example.net");
    }

    @Test
    void transportsAreKeptIncludingUnknownOnes() {
        assertThat(parse("transports.dat").vias()).extracting(Via::transport).containsExactly("UDP", "SCTP", "TLS", "UNKNOWN", "TCP");
    }

    @Test
    void multipartBodyIsFramedByContentLengthNotLines() {
        SipMessage m = parse("mpart01.dat");
        assertThat(m.method()).contains(SipMethod.MESSAGE);
        assertThat(m.body()).hasSize(m.contentLength().orElseThrow());
        assertThat(m.contentType()).hasValueSatisfying(t -> assertThat(t).startsWith("multipart/"));
        assertThat(m.body()).contains((byte) 0);
    }

    @Test
    void reasonPhrasesMayBeUnusualOrEmpty() {
        SipMessage unreason = parse("unreason.dat");
        assertThat(unreason.status()).contains(StandardSipStatus.OK);
        assertThat(unreason.reasonPhrase()).isNotEqualTo("OK").isNotEmpty();
        assertThat(unreason.reasonPhrase().chars()).anyMatch(c -> c > 127);
        SipMessage noreason = parse("noreason.dat");
        assertThat(noreason.status()).contains(StandardSipStatus.TRYING);
        assertThat(noreason.reasonPhrase()).isEmpty();
    }

    @Test
    void longRequestWithManyViasParses() {
        SipMessage m = parse("longreq.dat");
        assertThat(m.vias().size()).isGreaterThan(20);
        assertThat(m.isValid()).isTrue();
    }

    @Test
    void insufficientHeadersAreReportedNotFatal() {
        SipMessage m = parse("insuf.dat");
        assertThat(m.callId()).isEmpty();
        assertThat(m.deviations()).extracting(SipDeviation::type).contains(Type.MISSING_HEADER);
    }

    @Test
    void rfc2543InviteWithoutContentLengthTakesTheRestAsBody() {
        SipMessage m = parse("inv2543.dat");
        assertThat(m.method()).contains(SipMethod.INVITE);
        assertThat(m.deviations()).extracting(SipDeviation::type).contains(Type.MISSING_CONTENT_LENGTH);
        assertThat(m.sdp()).isPresent();
    }

    @Test
    void contactParametersBelongToTheHeaderInAddrSpecForm() {
        SipMessage m = parse("cparam01.dat");
        NameAddress c = m.contacts().get(0);
        assertThat(c.params()).containsKey("unknownparam");
        assertThat(c.uri().text()).doesNotContain("unknownparam");
        SipMessage m2 = parse("cparam02.dat");
        assertThat(m2.contacts().get(0).uri().text()).contains("unknownparam");
    }

    @Test
    void hugeNumbersDoNotOverflow() {
        SipMessage big = parse("bigcode.dat");
        assertThat(big.status()).isEmpty();
        assertThat(parse("scalar02.dat").cseq()).map(CSeq::number).contains(-1L);
        List<String> conflicts = parse("mcl01.dat").deviations().stream().map(SipDeviation::detail).toList();
        assertThat(conflicts).anyMatch(d -> d.contains("conflicting Content-Length"));
    }
}
