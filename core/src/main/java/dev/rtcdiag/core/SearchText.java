package dev.rtcdiag.core;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How {@link KnowledgeBase#search} compares words across four languages and their spellings: NFKC case
 * folding (ICU) with Turkish İ/ı/I all as i, marks and invisible joiners (ZWNJ) dropped, Arabic ي/ى and
 * ك as Persian ی and ک, ё as е; words split at anything that is not a letter or digit; and a query word
 * matches a word of the text at its start, whole when it has four letters or fewer (so "turn" does not
 * match "return" and "ice" does not match "device"), else without its last two letters (so Russian
 * "коробке" finds "коробочный" and "гарнитура" finds "гарнитуру"). A few spellings the source guides use
 * are mapped to the ones the texts use.
 */
final class SearchText {

    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Spellings of the source guides (normalised) and what the knowledge base writes (normalised). */
    private static final Map<String, String> SYNONYMS = new LinkedHashMap<>();

    static {
        // Persian: "update" written apart or without the ZWNJ the texts use (به‌روز)
        for (String s : List.of("به روز رسانی", "بروز رسانی", "بروزرسانی", "بهروزرسانی", "بروز")) {
            SYNONYMS.put(normalise(s), normalise("به‌روز"));
        }
        // Russian: on-premise Bitrix24, "в коробке" in the guide, "коробочный" in the texts
        SYNONYMS.put(normalise("коробка"), normalise("коробочный"));
        SYNONYMS.put(normalise("коробке"), normalise("коробочный"));
        // Turkish: the guide's "güvenlik duvarı" for a firewall
        SYNONYMS.put(normalise("güvenlik duvarı"), "firewall güvenlik duvarı");
    }

    private SearchText() {
    }

    /** The text as search compares it. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(switch (c) {
                case 'İ', 'I', 'ı' -> 'i';
                case 'ي', 'ى' -> 'ی';
                case 'ك' -> 'ک';
                case 'ё', 'Ё' -> 'е';
                default -> c;
            });
        }
        return MARKS.matcher(FOLD.normalize(b)).replaceAll("");
    }

    /** The words of a normalised text. */
    static List<String> words(String normalised) {
        return Arrays.stream(NOT_WORD.split(normalised)).filter(w -> !w.isEmpty()).toList();
    }

    /** The words of a query, after the guides' spellings are mapped to the texts'. */
    static List<String> queryWords(String query) {
        String q = " " + normalise(query == null ? "" : query) + " ";
        for (Map.Entry<String, String> e : SYNONYMS.entrySet()) {
            q = q.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
        }
        return words(q);
    }

    /** How a query word matches a text word: 2 whole, 1 at its start (see the class comment), 0 not. */
    static int match(String queryWord, String textWord) {
        if (textWord.equals(queryWord)) {
            return 2;
        }
        int stem = queryWord.length() <= 4 ? queryWord.length() : Math.max(4, queryWord.length() - 2);
        return textWord.length() >= stem && textWord.startsWith(queryWord.substring(0, stem)) ? 1 : 0;
    }
}
