package dev.rtcdiag.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.catalog.sip.SipStatus;
import dev.rtcdiag.catalog.sip.SipStatusClass;
import dev.rtcdiag.catalog.sip.StandardSipStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CatalogCompletenessTest {

    @Test
    void everyIanaResponseCodeIsPresentWithItsPhraseAndClass() {
        List<String[]> registry = TestResources.table("iana-sip-response-codes.tsv");
        assertThat(registry).hasSize(75);
        for (String[] row : registry) {
            int code = Integer.parseInt(row[0]);
            SipStatus status = SipStatus.of(code);
            assertThat(status.isKnown()).as("%s listed", code).isTrue();
            assertThat(status.isRegistered()).as("%s registered", code).isTrue();
            assertThat(status.reasonPhrase()).as("%s phrase", code).isEqualTo(row[1]);
            assertThat(status.source()).as("%s reference", code).startsWith(row[2].replace("RFC", "RFC "));
            assertThat(status.statusClass()).isEqualTo(SipStatusClass.of(code)).isNotIn(SipStatusClass.LOCAL, SipStatusClass.UNKNOWN);
            assertThat(status.statusClass().baseCode()).isEqualTo(code / 100 * 100);
        }
    }

    @Test
    void onlyTheIanaCodesAreMarkedRegistered() {
        Set<Integer> iana = new HashSet<>();
        TestResources.table("iana-sip-response-codes.tsv").forEach(r -> iana.add(Integer.parseInt(r[0])));
        for (StandardSipStatus s : StandardSipStatus.values()) {
            assertThat(s.isRegistered()).as("%s", s).isEqualTo(iana.contains(s.value()));
        }
    }

    @Test
    void everyCodeTheSeedsMentionResolvesToACatalogEntry() {
        List<String[]> rows = TestResources.table("seed-codes.tsv");
        assertThat(rows).hasSizeGreaterThan(100);
        for (String[] row : rows) {
            CodeSystem system = CodeSystem.parse(row[1]);
            List<CatalogCode> found = Catalog.lookup(system, row[2]);
            assertThat(found).as("%s %s (seed %s)", row[1], row[2], row[0]).isNotEmpty();
            assertThat(found.get(0).isKnown()).isTrue();
            assertThat(found.get(0).description(Language.EN.locale())).as("description of %s %s", row[1], row[2]).isNotBlank();
        }
    }

    /** Re-derives the seed code list from the seed documents themselves, so the table cannot silently miss one. */
    @Test
    void seedCodeTableCoversEverythingTheSeedTextsContain() throws IOException {
        Path seeds = TestResources.seeds().orElse(null);
        Assumptions.assumeTrue(seeds != null, "seeds/: the vendors' source documents the catalog was built from are not ours to copy "
                + "into the repository; set RTCDIAG_CORPUS to a folder holding seeds/ to check the catalog against them");
        Set<String> table = new HashSet<>();
        TestResources.table("seed-codes.tsv").forEach(r -> table.add(r[1] + " " + r[2]));
        List<String> found = new ArrayList<>();
        scan(seeds.resolve("000_72c633df3c964c35.txt"), "\\((1\\d{3}):", "bbb", "", found);
        scan(seeds.resolve("004_e83698b3c0899f29.txt"), "(?m)^(\\d{3}) ", "sip", "", found);
        scan(seeds.resolve("003_0a9fcf4bf64cf9e7.txt"), "(?m)^(\\d{6})$", "webex", "", found);
        scan(seeds.resolve("003_0a9fcf4bf64cf9e7.txt"), "\\[Hata (\\d+)]", "broadworks", "", found);
        scan(seeds.resolve("001_f8b4456964e04619.txt"), "CallEvents\\.(\\w+)", "voximplant", "CallEvents.", found);
        assertThat(found).hasSizeGreaterThan(100);
        assertThat(table).containsAll(found);
    }

    private static void scan(Path file, String regex, String system, String prefix, List<String> into) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
            into.add(system + " " + prefix + m.group(1));
        }
    }

    @Test
    void everyListedCodeHasAnEnglishDescriptionAndASource() {
        for (CodeSystem system : CodeSystem.values()) {
            List<CatalogCode> codes = Catalog.codes(system);
            assertThat(codes).as("%s", system).isNotEmpty();
            for (CatalogCode code : codes) {
                assertThat(code.system()).isEqualTo(system);
                assertThat(code.isKnown()).isTrue();
                assertThat(code.source()).as("source of %s %s", system, code.code()).isNotBlank();
                assertThat(CatalogTexts.hasOwnText(system, code.constantName() + ".description", Language.EN))
                        .as("English description of %s %s (%s)", system.id(), code.code(), code.constantName()).isTrue();
                assertThat(Catalog.lookup(system, code.code())).as("look-up of %s %s", system, code.code()).contains(code);
            }
        }
    }

    @Test
    void constantNamesAreUniqueWithinASystemBecauseTheyKeyTheTexts() {
        for (CodeSystem system : CodeSystem.values()) {
            List<String> names = Catalog.codes(system).stream().map(CatalogCode::constantName).toList();
            assertThat(names).as("%s", system).doesNotHaveDuplicates();
        }
    }

    @Test
    void familiesHaveTheSizeTheirSourcesGive() {
        assertThat(Catalog.codes(CodeSystem.SIP)).hasSize(85); // 75 IANA + 10 non-IANA seen in logs
        assertThat(Catalog.codes(CodeSystem.STUN)).hasSize(18);
        assertThat(Catalog.codes(CodeSystem.WEBSOCKET)).hasSize(16);
        assertThat(Catalog.codes(CodeSystem.FREESWITCH)).hasSize(82);
        assertThat(Arrays.stream(dev.rtcdiag.catalog.vendor.wcs.StandardWcsStatusInfo.values())
                .filter(i -> i.category().equals("stream-info"))).hasSize(42);
    }
}
