package dev.rtcdiag.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.core.rules.Rule;
import dev.rtcdiag.core.rules.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

    private static final KnowledgeBase KB = KnowledgeBase.standard();

    /** The cause ids of spec/causes.md for the given systems (the contract this code implements). */
    static List<String> specIds(String... systems) throws IOException {
        Path spec = SharedDirs.find("spec").resolve("causes.md");
        Matcher m = Pattern.compile("^\\| `([a-z0-9]+\\.[a-z0-9-]+)` \\|", Pattern.MULTILINE).matcher(Files.readString(spec, StandardCharsets.UTF_8));
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            String id = m.group(1);
            for (String s : systems) {
                if (id.startsWith(s + ".")) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    @Test
    void everyRuleOfEveryInstalledProviderNamesAKnownCause() {
        assertThat(dev.rtcdiag.core.rules.RuleSet.installedProviders()).extracting(dev.rtcdiag.core.rules.RuleProvider::id)
                .contains("sip", "webrtc", "bbb", "webex", "bitrix", "wcs");
        for (var r : dev.rtcdiag.core.rules.RuleSet.standard().rules()) {
            assertThat(KB.find(r.causeId())).as(r.causeId()).isPresent();
        }
    }

    @Test
    void everyImplementedSystemsCauseOfTheSpecIsInTheKnowledgeBaseWithItsSeverity() throws IOException {
        List<String> systems = List.of("sip", "webrtc", "bbb", "webex", "broadworks", "bitrix", "wcs");
        List<String> ids = specIds(systems.toArray(String[]::new));
        // derived, not counted by hand: the spec was read (every system has ids), and the knowledge base has each
        assertThat(ids.stream().map(id -> id.substring(0, id.indexOf('.'))).distinct()).containsExactlyInAnyOrderElementsOf(systems);
        for (String id : ids) {
            assertThat(KB.find(id)).as(id).isPresent();
        }
        assertThat(KB.get("sip.callee-busy").severity()).isEqualTo(Severity.INFO);
        assertThat(KB.get("sip.auth-not-answered").severity()).isEqualTo(Severity.WARNING);
        assertThat(KB.get("webrtc.ice-failed").severity()).isEqualTo(Severity.ERROR);
        assertThat(KB.get("bbb.firefox-ice-lite").severity()).isEqualTo(Severity.WARNING);
        assertThat(KB.get("bbb.server-advertises-private-ip").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void everyCauseHasCompleteEnglishTextsAndASource() {
        for (Cause c : KB.causes()) {
            assertThat(c.isTranslated(Language.EN)).as("English texts of %s", c.id()).isTrue();
            assertThat(c.source()).as("source of %s", c.id()).isNotBlank();
            c.nextSteps().forEach(n -> assertThat(KB.find(n)).as("next step %s of %s", n, c.id()).isPresent());
        }
    }

    @Test
    void bitrixCausesAreRussianToo() {
        for (Cause c : KB.causes()) {
            if (c.system().equals("bitrix") || c.system().equals("wcs")) {
                assertThat(c.isTranslated(Language.RU)).as("Russian texts of %s", c.id()).isTrue();
            }
        }
    }

    @Test
    void webexAndBroadWorksCausesAreTurkishToo() {
        for (Cause c : KB.causes()) {
            if (c.system().equals("webex") || c.system().equals("broadworks")) {
                assertThat(c.isTranslated(Language.TR)).as("Turkish texts of %s", c.id()).isTrue();
            }
        }
    }

    @Test
    void sipWebRtcAndBigBlueButtonCausesArePersianToo() {
        for (Cause c : KB.causes()) {
            if (c.system().equals("sip") || c.system().equals("webrtc") || c.system().equals("bbb")) {
                assertThat(c.isTranslated(Language.FA)).as("Persian texts of %s", c.id()).isTrue();
            }
        }
    }

    @Test
    void everyRuleNamesAKnownCauseAndEveryKnownSipCauseHasARule() {
        List<String> ruled = RuleSet.standard().rules().stream().map(Rule::causeId).distinct().toList();
        ruled.forEach(id -> assertThat(KB.find(id)).as(id).isPresent());
        assertThat(ruled).containsAll(KB.bySystem("sip").stream().map(Cause::id).collect(Collectors.toList()));
        assertThat(ruled).containsAll(KB.bySystem("webrtc").stream().map(Cause::id).collect(Collectors.toList()));
        assertThat(ruled).containsAll(KB.bySystem("bbb").stream().map(Cause::id).collect(Collectors.toList()));
        assertThat(ruled).containsAll(KB.bySystem("broadworks").stream().map(Cause::id).collect(Collectors.toList()));
    }

    @Test
    void searchFindsEntriesInAnyLanguage() {
        assertThat(KB.search("busy")).extracting(Cause::id).contains("sip.callee-busy");
        assertThat(KB.search("مشغول")).extracting(Cause::id).contains("sip.callee-busy");
        assertThat(KB.search("wrong password")).extracting(Cause::id).contains("sip.auth-failed");
        assertThat(KB.search("no-such-words-anywhere")).isEmpty();
    }

    @Test
    void idsFollowTheNamingRuleAndUnknownIdsAreRejectedByName() {
        assertThatThrownBy(() -> new Cause("Sip.Bad_Id", Severity.ERROR, "x", List.of(), false)).hasMessageContaining("Sip.Bad_Id");
        assertThatThrownBy(() -> KB.get("sip.nope")).hasMessageContaining("sip.nope");
        assertThatThrownBy(() -> Diagnoser.builder().rules(RuleSet.standard().plus(List.of(
                Rule.cause("sip.made-up").when(dev.rtcdiag.core.rules.Condition.event(dev.rtcdiag.core.rules.Sip.failure(499))).build()))).build())
                .hasMessageContaining("sip.made-up");
    }
}
