package dev.rtcdiag.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code causes --search} with the spellings the source guides use, whole words, and the best match first. */
class SearchTest {

    private static final KnowledgeBase KB = KnowledgeBase.standard();

    private static List<String> ids(String query) {
        return KB.search(query).stream().map(Cause::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            بروز رسانی        | bbb.browser-unsupported
            بروزرسانی         | bbb.browser-unsupported
            فايروال           | sip.request-timeout
            فایروال           | sip.request-timeout
            коробке           | bitrix.portal-unreachable
            гарнитура         | bitrix.audio-device-suspected
            завершен          | bitrix.transfer-not-completed
            ЗАВЕРШЁН          | bitrix.transfer-not-completed
            İSTEMCİ           | webex.bwc-token-failed
            istemci           | webex.bwc-token-failed
            ISTEMCI           | webex.bwc-token-failed
            """)
    void theGuidesSpellingsFindTheirCauses(String query, String cause) {
        assertThat(ids(query)).as("search %s", query).contains(cause);
    }

    @Test
    void shortWordsMatchWholeWordsOnly() {
        List<String> turn = ids("TURN");
        assertThat(turn).contains("webrtc.turn-auth-failed", "webrtc.turn-unreachable").doesNotContain("sip.loop-detected");
        assertThat(ids("return")).contains("sip.loop-detected").doesNotContain("webrtc.turn-auth-failed");
    }

    @Test
    void resultsAreRankedIdThenTitleThenText() {
        List<String> turn = ids("turn");
        assertThat(turn.subList(0, 2)).containsExactlyInAnyOrder("webrtc.turn-auth-failed", "webrtc.turn-unreachable");
        List<String> busy = ids("busy");
        assertThat(busy.get(0)).isIn("sip.callee-busy", "bitrix.callee-busy");
        assertThat(ids("no-such-words-anywhere")).isEmpty();
        assertThat(ids("")).hasSize(KB.causes().size());
    }

    @Test
    void normalisationFoldsTheFourLanguagesSpellings() {
        assertThat(SearchText.normalise("İSTEMCİ")).isEqualTo(SearchText.normalise("istemci"));
        assertThat(SearchText.normalise("فايروال")).isEqualTo(SearchText.normalise("فایروال"));
        assertThat(SearchText.normalise("كد")).isEqualTo(SearchText.normalise("کد"));
        assertThat(SearchText.normalise("به‌روز")).isEqualTo("بهروز");
        assertThat(SearchText.match("turn", "return")).isZero();
        assertThat(SearchText.match("коробке", "коробочный")).isEqualTo(1);
        assertThat(SearchText.match("ice", "device")).isZero();
    }
}
