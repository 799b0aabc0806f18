package dev.rtcdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplainCommandTest {

    @Test
    void sip608NamesRejected() {
        CliRunner r = CliRunner.run("explain", "sip", "608");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("sip 608 — Rejected").contains("RFC 8688").contains("6xx Global Failure");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void sip499IsExplainedAsUnknown4xxClientFailure() {
        CliRunner r = CliRunner.run("explain", "sip", "499");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Unknown 4xx client failure (499)").contains("400 Bad Request").contains("not in the catalog");
    }

    @Test
    void bbb1007InPersian() {
        CliRunner r = CliRunner.run("explain", "bbb", "1007", "--lang", "fa");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("مذاکره‌ی ICE ناموفق بود").contains("فایروال").contains("منبع:");
    }

    @Test
    void webex200039InTurkish() {
        CliRunner r = CliRunner.run("explain", "webex", "200039", "--lang", "tr");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("farklı bir kuruluşta").contains("kaynak:");
    }

    @Test
    void bitrix603SInRussian() {
        CliRunner r = CliRunner.run("explain", "bitrix", "603-S", "--lang", "ru");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Вызов отменён").contains("не сбой");
    }

    @Test
    void wcsStatusInfoWithSpacesInOneOrSeveralArguments() {
        CliRunner quoted = CliRunner.run("explain", "wcs", "Failed by ICE timeout");
        CliRunner split = CliRunner.run("explain", "wcs", "Failed", "by", "ICE", "timeout");
        assertThat(quoted.status()).isZero();
        assertThat(quoted.out()).contains("UDP 31001-32000");
        assertThat(split.out()).isEqualTo(quoted.out());
    }

    @Test
    void codeWithTwoMeaningsListsBoth() {
        CliRunner r = CliRunner.run("explain", "bbb", "2211");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("2 meanings").contains("Media not flowing").contains("ESL command error");
    }

    @Test
    void unknownSystemIsAUsageErrorWithTheList() {
        CliRunner r = CliRunner.run("explain", "skype", "1");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("unknown system 'skype'").contains("sip, q850");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownCodeIsExitTwoWithAClearMessage() {
        CliRunner r = CliRunner.run("explain", "bbb", "9999");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("'9999' is not a bbb code");
        CliRunner notANumber = CliRunner.run("explain", "sip", "busy");
        assertThat(notANumber.status()).isEqualTo(2);
    }

    @Test
    void unsupportedLanguageIsAUsageError() {
        CliRunner r = CliRunner.run("explain", "sip", "486", "--lang", "de");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("unsupported language 'de'");
    }

    @Test
    void missingArgumentsAreAUsageError() {
        assertThat(CliRunner.run("explain", "sip").status()).isEqualTo(2);
        assertThat(CliRunner.run().status()).isEqualTo(2);
        assertThat(CliRunner.run("no-such-command").status()).isEqualTo(2);
    }

    @Test
    void formatsRunsAndHelpWorks() {
        assertThat(CliRunner.run("formats").status()).isZero();
        CliRunner help = CliRunner.run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("explain").contains("formats");
    }

    /** A cause's severity and its next steps are labelled in the user's language. */
    @Test
    void causeExplanationsLabelTheirSeverityAndNextSteps() {
        CliRunner en = CliRunner.run("explain", "cause", "wcs.websocket-unreachable");
        assertThat(en.status()).isZero();
        assertThat(en.out()).contains("(error)").contains("also check: ").contains("wcs.server-not-ready");
        CliRunner tr = CliRunner.run("explain", "cause", "broadworks.imp-provisioning-error", "--lang", "tr");
        assertThat(tr.out()).contains("(hata)").contains("bunları da kontrol edin: ").contains("broadworks.imp-settings-mismatch").doesNotContain("(error)");
        CliRunner ru = CliRunner.run("explain", "cause", "bitrix.audio-device-suspected", "--lang", "ru");
        assertThat(ru.out()).contains("(предупреждение)").contains("проверьте также: ").contains("bitrix.messenger-devices-not-selected");
    }
}
