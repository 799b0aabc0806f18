package dev.rtcdiag.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.catalog.sip.SipStatus;
import dev.rtcdiag.catalog.vendor.bbb.BbbErrorCode;
import dev.rtcdiag.catalog.vendor.bitrix.BitrixCallCode;
import dev.rtcdiag.catalog.vendor.webex.WebexErrorCode;
import dev.rtcdiag.catalog.vendor.wcs.WcsStatusInfo;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LocalisationTest {

    /** The language of the seed each system comes from: its texts must be complete in that language. */
    private static final Map<CodeSystem, Language> SEED_LANGUAGE = Map.of(
            CodeSystem.SIP, Language.FA,
            CodeSystem.BBB, Language.FA,
            CodeSystem.WEBEX, Language.TR,
            CodeSystem.BROADWORKS, Language.TR,
            CodeSystem.BITRIX, Language.RU,
            CodeSystem.VOXIMPLANT, Language.RU,
            CodeSystem.WCS, Language.RU);

    @ParameterizedTest
    @EnumSource(CodeSystem.class)
    void everyKeyOfEveryBundleExistsInEnglish(CodeSystem system) {
        Set<String> english = CatalogTexts.keys(system, Language.EN);
        assertThat(english).as("%s English bundle", system).isNotEmpty();
        for (Language l : EnumSet.complementOf(EnumSet.of(Language.EN))) {
            assertThat(english).as("%s keys of %s", system, l).containsAll(CatalogTexts.keys(system, l));
        }
    }

    @ParameterizedTest
    @EnumSource(CodeSystem.class)
    void everyBundleKeyNamesACodeOfItsSystemOrATemplate(CodeSystem system) {
        Set<String> names = new java.util.HashSet<>();
        Catalog.codes(system).forEach(c -> names.add(c.constantName()));
        for (String key : CatalogTexts.keys(system, Language.EN)) {
            String name = key.substring(0, key.lastIndexOf('.'));
            assertThat(names.contains(name) || name.startsWith("UNKNOWN") || name.equals("UNPARSED"))
                    .as("%s key %s refers to a listed code", system, key).isTrue();
            assertThat(key).matches(".*\\.(title|description)");
        }
    }

    @Test
    void seedLanguagesAreCompleteForTheirSystems() {
        SEED_LANGUAGE.forEach((system, language) -> {
            for (CatalogCode code : Catalog.codes(system)) {
                assertThat(CatalogTexts.hasOwnText(system, code.constantName() + ".description", language))
                        .as("%s description of %s %s", language, system.id(), code.code()).isTrue();
                if (system != CodeSystem.VOXIMPLANT || code.category().equals("finish-reason")) {
                    assertThat(CatalogTexts.hasOwnText(system, code.constantName() + ".title", language))
                            .as("%s title of %s %s", language, system.id(), code.code()).isTrue();
                }
            }
        });
    }

    @Test
    void requestedLanguageIsUsedAndEnglishIsTheFallback() {
        Locale fa = Language.FA.locale();
        assertThat(BbbErrorCode.of("1007").title(fa)).isEqualTo("مذاکره‌ی ICE ناموفق بود");
        assertThat(BbbErrorCode.of("1007").title(Locale.ENGLISH)).isEqualTo("ICE negotiation failed");
        assertThat(WebexErrorCode.of("200039").title(Language.TR.locale())).contains("farklı bir kuruluşta");
        assertThat(BitrixCallCode.of("603-S").title(Language.RU.locale())).isEqualTo("Вызов отменён");
        // No Turkish SIP bundle: English is used, never the JVM's default locale.
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Language.RU.locale());
            assertThat(SipStatus.of(608).title(Language.TR.locale())).isEqualTo("Rejected");
            assertThat(WcsStatusInfo.of("Failed by ICE timeout").description(Locale.GERMAN)).startsWith("ICE did not complete");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void unknownCodeTemplatesAreLocalisedWithTheCodeFilledIn() {
        assertThat(SipStatus.of(499).title(Language.FA.locale())).contains("499").contains("۴xx");
        assertThat(BitrixCallCode.of("603-Z").title(Language.RU.locale())).isEqualTo("Неизвестный код Битрикс24 (603-Z)");
    }

    @Test
    void languageTagsAreLenient() {
        assertThat(Language.find("fa-IR")).contains(Language.FA);
        assertThat(Language.find("RU")).contains(Language.RU);
        assertThat(Language.find("tr_TR")).contains(Language.TR);
        assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.EN);
        assertThat(Language.FA.isRightToLeft()).isTrue();
    }
}
