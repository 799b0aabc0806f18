package dev.rtcdiag.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rtcdiag.catalog.sip.FreeSwitchCause;
import dev.rtcdiag.catalog.sip.Q850Cause;
import dev.rtcdiag.catalog.sip.SipMethod;
import dev.rtcdiag.catalog.sip.SipStatus;
import dev.rtcdiag.catalog.sip.SipStatusClass;
import dev.rtcdiag.catalog.sip.StandardSipStatus;
import dev.rtcdiag.catalog.sip.UnknownSipStatus;
import dev.rtcdiag.catalog.vendor.bbb.BbbErrorCode;
import dev.rtcdiag.catalog.vendor.bbb.StandardBbbErrorCode;
import dev.rtcdiag.catalog.vendor.bitrix.BitrixCallCode;
import dev.rtcdiag.catalog.vendor.bitrix.StandardBitrixCallCode;
import dev.rtcdiag.catalog.vendor.wcs.StandardWcsStatusInfo;
import dev.rtcdiag.catalog.vendor.wcs.WcsStatus;
import dev.rtcdiag.catalog.vendor.wcs.WcsStatusInfo;
import dev.rtcdiag.catalog.webrtc.StunErrorCode;
import dev.rtcdiag.catalog.webrtc.WebSocketCloseCode;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnknownCodesTest {

    @Test
    void unknown4xxFallsBackToItsClassAndIsTreatedAs400() {
        SipStatus s = SipStatus.of(499);
        assertThat(s).isInstanceOf(UnknownSipStatus.class);
        assertThat(s.isKnown()).isFalse();
        assertThat(s.isInterpretable()).isTrue();
        assertThat(s.statusClass()).isEqualTo(SipStatusClass.CLIENT_FAILURE);
        assertThat(s.treatedAs()).isEqualTo(StandardSipStatus.BAD_REQUEST);
        assertThat(s.constantName()).isEqualTo("UNKNOWN_4XX");
        assertThat(s.title(Locale.ENGLISH)).isEqualTo("Unknown 4xx client failure (499)");
        assertThat(s.description(Locale.ENGLISH)).contains("499").contains("400 Bad Request");
        assertThat(SipStatus.find(499)).isEmpty();
    }

    /** Every listed code is found by its number, the highest (a pjsip local code) included; anything else is unknown, never an error. */
    @Test
    void everyListedCodeIsFoundAndAnyOtherIntegerIsUnknown() {
        for (StandardSipStatus s : StandardSipStatus.values()) {
            assertThat(SipStatus.find(s.value())).contains(s);
            assertThat(SipStatus.of(s.value())).isSameAs(s);
        }
        assertThat(SipStatus.find(703)).contains(StandardSipStatus.ERROR_SENDING_MESSAGE_TO_DESTINATION_SERVER);
        for (int code : new int[] {Integer.MIN_VALUE, -1, 0, 99, 704, 1000, Integer.MAX_VALUE}) {
            assertThat(SipStatus.find(code)).isEmpty();
            assertThat(SipStatus.of(code)).isInstanceOf(UnknownSipStatus.class).extracting(SipStatus::value).isEqualTo(code);
        }
    }

    @Test
    void unknownProvisionalIsTreatedAs183AndLocalCodesAreNeverOnTheWire() {
        assertThat(SipStatus.of(177).treatedAs()).isEqualTo(StandardSipStatus.SESSION_PROGRESS);
        SipStatus local = SipStatus.of(799);
        assertThat(local.statusClass()).isEqualTo(SipStatusClass.LOCAL);
        assertThat(local.isLocal()).isTrue();
        assertThat(local.isFinal()).isFalse();
        assertThat(SipStatus.of(701)).isEqualTo(StandardSipStatus.NO_RESPONSE_FROM_DESTINATION_SERVER);
        assertThat(SipStatus.of(701).isLocal()).isTrue();
        assertThat(StandardSipStatus.DIALOG_TERMINATED.isLocal()).isTrue();
        assertThat(SipStatus.of(900).title(Locale.ENGLISH)).isEqualTo("Internal error");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 99, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void outOfRangeNumbersAreRepresentedNotThrown(int code) {
        SipStatus s = SipStatus.of(code);
        assertThat(s.statusClass()).isEqualTo(SipStatusClass.UNKNOWN);
        assertThat(s.isInterpretable()).isFalse();
        assertThat(s.isFinal()).isFalse();
        assertThat(s.treatedAs()).isEqualTo(s);
        assertThat(s.title(Locale.ENGLISH)).contains(Integer.toString(code));
    }

    @Test
    void equalityIsByCode() {
        assertThat(SipStatus.of(486)).isSameAs(StandardSipStatus.BUSY_HERE).isEqualTo(SipStatus.parse("SIP/2.0 486 Busy"));
        assertThat(SipStatus.of(499)).isEqualTo(SipStatus.of(499)).hasSameHashCodeAs(SipStatus.of(499));
        assertThatThrownBy(() -> new UnknownSipStatus(486)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SipMethod.of("INVITE")).isSameAs(SipMethod.INVITE);
        assertThat(SipMethod.of("FOO")).isEqualTo(SipMethod.of("FOO")).isNotEqualTo(SipMethod.of("foo"));
        assertThat(SipMethod.of("FOO").isStandard()).isFalse();
        assertThat(SipMethod.of(null).name()).isEmpty();
    }

    @Test
    void parseThrowsNamingTheInput() {
        assertThatThrownBy(() -> SipStatus.parse("abc")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'abc'");
        assertThatThrownBy(() -> SipStatus.parse("4860")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4860");
        assertThatThrownBy(() -> SipMethod.parse("IN VITE")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IN VITE");
        assertThatThrownBy(() -> BitrixCallCode.parse("603-Z")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("603-Z");
        assertThatThrownBy(() -> CodeSystem.parse("skype")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("skype");
        assertThatThrownBy(() -> Q850Cause.parse("cause=x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cause=x");
        assertThatThrownBy(() -> Language.parse("de")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'de'");
    }

    @Test
    void vendorStringCodesAreFoundOrRepresented() {
        assertThat(BitrixCallCode.find("603-S")).contains(StandardBitrixCallCode.CANCELED_BY_EMPLOYEE);
        assertThat(BitrixCallCode.find("603-s")).contains(StandardBitrixCallCode.CANCELED_BY_EMPLOYEE);
        assertThat(BitrixCallCode.find("603-Z")).isEmpty();
        BitrixCallCode unknown = BitrixCallCode.of("603-Z");
        assertThat(unknown.isKnown()).isFalse();
        assertThat(unknown.code()).isEqualTo("603-Z");
        assertThat(unknown.isInterpretable()).isFalse();
        assertThat(BitrixCallCode.of("603-Z")).isEqualTo(BitrixCallCode.of("603-Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void blankInputIsNeverAMatchAndNeverAnException(String blank) {
        for (CodeSystem system : CodeSystem.values()) {
            assertThat(Catalog.lookup(system, blank)).as("%s", system).isEmpty();
            CatalogCode c = Catalog.of(system, blank);
            assertThat(c).isNotNull();
            assertThat(c.isKnown()).isFalse();
            assertThat(c.isInterpretable()).isFalse();
            assertThat(c.title(Locale.ENGLISH)).isNotNull();
            assertThat(c.description(Locale.ENGLISH)).isNotNull();
        }
        assertThat(BbbErrorCode.find(blank)).isEmpty();
        assertThat(WcsStatusInfo.find(blank)).isEmpty();
        assertThat(SipMethod.find(blank)).isEmpty();
        assertThat(Q850Cause.findByName(blank)).isEmpty();
        assertThat(Language.find(blank)).isEmpty();
        assertThat(CodeSystem.find(blank)).isEmpty();
    }

    @Test
    void nullInputIsNeverAnException() {
        for (CodeSystem system : CodeSystem.values()) {
            assertThat(Catalog.lookup(system, null)).isEmpty();
            assertThat(Catalog.of(system, null).isKnown()).isFalse();
        }
        assertThat(BbbErrorCode.of(null).code()).isEmpty();
        assertThat(FreeSwitchCause.of((String) null).isKnown()).isFalse();
    }

    @Test
    void nonNumericTextForANumericFamilyIsUnparsedNotThrown() {
        CatalogCode c = Catalog.of(CodeSystem.SIP, "busy");
        assertThat(c).isInstanceOf(UnparsedCode.class);
        assertThat(c.isInterpretable()).isFalse();
        assertThat(c.title(Locale.ENGLISH)).contains("busy");
        assertThat(Catalog.of(CodeSystem.SIP, "99999999999999").isKnown()).isFalse();
        assertThat(Catalog.of(CodeSystem.STUN, "-5")).isInstanceOf(UnparsedCode.class);
    }

    @Test
    void wcsUnknownFailedTextIsAFailureButNormalStopsAreNot() {
        WcsStatusInfo dtlsTimeout = WcsStatusInfo.of("Failed by DTLS timeout");
        assertThat(dtlsTimeout.isKnown()).isFalse();
        assertThat(dtlsTimeout.isFailure()).isTrue();
        assertThat(dtlsTimeout.isInterpretable()).isTrue();
        assertThat(WcsStatusInfo.of("failed by  ICE   timeout")).isEqualTo(StandardWcsStatusInfo.FAILED_BY_ICE_TIMEOUT);
        assertThat(WcsStatusInfo.of("Stopped by /terminate REST query")).isEqualTo(StandardWcsStatusInfo.STOPPED_BY_REST_TERMINATE);
        assertThat(StandardWcsStatusInfo.STOPPED_BY_USER.isFailure()).isFalse();
        assertThat(StandardWcsStatusInfo.NO_COMMON_CODECS.isFailure()).isTrue();
        assertThat(WcsStatusInfo.of("Unknown").isFailure()).isFalse();
        assertThat(WcsStatus.findAll("FAILED")).hasSize(4);
        assertThat(WcsStatus.find("FAILED", "stream")).get().extracting(CatalogCode::constantName).isEqualTo("STREAM_STATUS_FAILED");
    }

    @Test
    void bbb2211KeepsBothMeaningsDisambiguatedByReason() {
        assertThat(BbbErrorCode.findAll("2211")).extracting(Enum::name)
                .containsExactly("MEDIA_NOT_FLOWING", "MEDIA_ESL_COMMAND_ERROR");
        assertThat(BbbErrorCode.find("2211", "MEDIA_ESL_COMMAND_ERROR")).contains(StandardBbbErrorCode.MEDIA_ESL_COMMAND_ERROR);
        assertThat(BbbErrorCode.find("2211", "something else")).contains(StandardBbbErrorCode.MEDIA_NOT_FLOWING);
        assertThat(Catalog.lookup(CodeSystem.BBB, "2211")).hasSize(2);
    }

    @Test
    void otherNumericFamiliesKeepTheirRanges() {
        assertThat(StunErrorCode.of(499).isInterpretable()).isTrue();
        assertThat(StunErrorCode.of(700).isInterpretable()).isFalse();
        assertThat(WebSocketCloseCode.of(1006).isLocalOnly()).isTrue();
        assertThat(WebSocketCloseCode.of(4001).category()).isEqualTo("private");
        assertThat(WebSocketCloseCode.of(4001).isInterpretable()).isTrue();
        assertThat(WebSocketCloseCode.of(999).isInterpretable()).isFalse();
        assertThat(Q850Cause.of(200).isInterpretable()).isFalse();
        assertThat(Q850Cause.of(13).isInterpretable()).isTrue();
        assertThat(Q850Cause.findByName("user_busy")).get().extracting(Q850Cause::value).isEqualTo(17);
        assertThat(FreeSwitchCause.of("MEDIA_TIMEOUT").value()).isEqualTo(804);
        assertThat(FreeSwitchCause.of("804")).isEqualTo(FreeSwitchCause.of("MEDIA_TIMEOUT"));
        assertThat(FreeSwitchCause.of("NEW_FANCY_CAUSE").isKnown()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(CodeSystem.class)
    void everyUnknownRepresentationHasATitle(CodeSystem system) {
        CatalogCode c = Catalog.of(system, "7777777");
        assertThat(c.isKnown()).isFalse();
        assertThat(c.title(Locale.ENGLISH)).isNotBlank();
        assertThat(c.code()).isEqualTo("7777777");
    }
}
