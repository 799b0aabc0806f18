package dev.rtcdiag.parsers.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.catalog.sip.SipMethod;
import dev.rtcdiag.catalog.sip.StandardSipStatus;
import dev.rtcdiag.parsers.testing.Conformance;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RFC 3665 / RFC 3261 section 24 call flows: every message parses completely. */
class Rfc3665FlowsTest {

    static Stream<Arguments> flows() {
        Path dir = Conformance.require().resolve("rfc3665");
        return Conformance.index(dir).stream().map(r -> Arguments.of(r[0], Integer.parseInt(r[4]), dir.resolve(r[0])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flows")
    void everyMessageOfEveryFlowParses(String file, int expectedMessages, Path path) {
        List<String> messages = Conformance.flowMessages(path);
        assertThat(messages).as(file).hasSize(expectedMessages);
        for (String text : messages) {
            SipMessage m = SipParser.parse(text);
            assertThat(m.isRequest() || m.isResponse()).as("%s: %s", file, m.startLine()).isTrue();
            assertThat(m.callId()).as("Call-ID in %s: %s", file, m.startLine()).isPresent();
            assertThat(m.cseq()).as("CSeq in %s: %s", file, m.startLine()).isPresent();
            assertThat(m.from().flatMap(NameAddress::tag)).as("From tag in %s: %s", file, m.startLine()).isPresent();
            assertThat(m.vias()).as("Via in %s: %s", file, m.startLine()).isNotEmpty();
        }
        assertThat(flows()).hasSize(18);
    }

    @Test
    void busyFlowHasThe486EvenWithTheRfcsDoubleSpace() {
        Path file = Conformance.require().resolve("rfc3665/3.9-unsuccessful-busy.txt");
        List<SipMessage> ms = Conformance.flowMessages(file).stream().map(SipParser::parse).toList();
        assertThat(ms).filteredOn(SipMessage::isResponse).extracting(m -> m.status().orElseThrow())
                .contains(StandardSipStatus.BUSY_HERE);
        SipMessage busy = ms.stream().filter(m -> m.status().filter(StandardSipStatus.BUSY_HERE::equals).isPresent()).findFirst().orElseThrow();
        assertThat(busy.reasonPhrase()).isEqualTo("Busy Here");
        assertThat(busy.cseq().orElseThrow().method()).isEqualTo(SipMethod.INVITE);
    }

    @Test
    void unsuccessfulRegistrationRetriesWithCredentials() {
        Path file = Conformance.require().resolve("rfc3665/2.5-unsuccessful-registration.txt");
        List<SipMessage> ms = Conformance.flowMessages(file).stream().map(SipParser::parse).toList();
        assertThat(ms).extracting(SipMessage::summary).containsExactly(
                "REGISTER sips:ss2.biloxi.example.com", "401 Unauthorized", "REGISTER sips:ss2.biloxi.example.com", "401 Unauthorized");
        assertThat(ms.get(0).hasAuthorization()).isFalse();
        assertThat(ms.get(1).hasChallenge()).isTrue();
        assertThat(ms.get(2).hasAuthorization()).isTrue();
    }

    @Test
    void sdpOfTheFirstInviteHasConnectionAndCodec() {
        Path file = Conformance.require().resolve("rfc3665/3.1-successful-session-establishment.txt");
        SipMessage invite = SipParser.parse(Conformance.flowMessages(file).get(0));
        Sdp sdp = invite.sdp().orElseThrow();
        assertThat(sdp.connectionAddresses()).isNotEmpty();
        assertThat(sdp.media("audio")).isPresent();
        assertThat(sdp.codecs()).anyMatch(c -> c.startsWith("PCMU"));
    }
}
