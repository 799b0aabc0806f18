package dev.rtcdiag.core;

import dev.rtcdiag.catalog.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The causes rtcdiag can name ({@code docs/causes.md}), read from {@code kb/causes.tsv} (id, severity,
 * source, next steps) with their texts in {@code kb/causes[_lang].properties}. Immutable.
 */
public final class KnowledgeBase {

    /** The bundled table, plus the causes of installed rule providers (loaded on first use). */
    private static final class Standard {
        static final KnowledgeBase KB = load().plus(dev.rtcdiag.core.rules.RuleSet.installedProviders().stream()
                .flatMap(p -> p.causes().stream()).toList());
    }

    private final Map<String, Cause> causes;

    private KnowledgeBase(Map<String, Cause> causes) {
        this.causes = Map.copyOf(causes);
        this.ordered = List.copyOf(causes.values());
    }

    private final List<Cause> ordered;

    /** The built-in knowledge base, with the causes of installed {@code RuleProvider}s. */
    public static KnowledgeBase standard() {
        return Standard.KB;
    }

    /** The built-in entries plus more (for custom rules). */
    public KnowledgeBase plus(List<Cause> more) {
        Map<String, Cause> all = new LinkedHashMap<>();
        ordered.forEach(c -> all.put(c.id(), c));
        for (Cause c : more) {
            if (all.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("cause id already defined: " + c.id());
            }
        }
        return new KnowledgeBase(all);
    }

    /** Every entry, in table order. */
    public List<Cause> causes() {
        return ordered;
    }

    /** The entry with an id. */
    public Optional<Cause> find(String id) {
        return Optional.ofNullable(id == null ? null : causes.get(id.strip()));
    }

    /**
     * The entry with an id.
     *
     * @throws IllegalArgumentException naming the id when there is none
     */
    public Cause get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown cause id: '" + id + "'"));
    }

    /** Entries of one system ({@code "sip"}), or all for {@code null}. */
    public List<Cause> bySystem(String system) {
        return system == null ? ordered : ordered.stream().filter(c -> c.system().equalsIgnoreCase(system.strip())).toList();
    }

    /**
     * Entries whose id, title, explanation or remedy, in any language, match every word of the query,
     * best first: a word in the id counts most, then in a title, then in the other texts, and a whole
     * word more than its start. Matching is by words, normalised across spellings ({@link SearchText}), so
     * a Persian, Russian or Turkish query finds the same entry as an English one.
     */
    public List<Cause> search(String words) {
        List<String> terms = SearchText.queryWords(words);
        if (terms.isEmpty()) {
            return ordered;
        }
        List<Map.Entry<Cause, Integer>> hits = new ArrayList<>();
        for (Cause c : ordered) {
            List<String> id = SearchText.words(SearchText.normalise(c.id()));
            StringBuilder titles = new StringBuilder();
            StringBuilder texts = new StringBuilder();
            for (Language l : Language.values()) {
                titles.append(' ').append(c.title(l));
                texts.append(' ').append(c.explanation(l)).append(' ').append(c.remedy(l));
            }
            List<String> title = SearchText.words(SearchText.normalise(titles.toString()));
            List<String> text = SearchText.words(SearchText.normalise(texts.toString()));
            int score = 0;
            for (String t : terms) {
                int best = Math.max(8 * best(t, id), Math.max(4 * best(t, title), best(t, text)));
                if (best == 0) {
                    score = -1;
                    break;
                }
                score += best;
            }
            if (score > 0) {
                hits.add(Map.entry(c, score));
            }
        }
        // stable: equal scores keep the knowledge base's order
        hits.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        return hits.stream().map(Map.Entry::getKey).toList();
    }

    private static int best(String term, List<String> words) {
        int best = 0;
        for (String w : words) {
            best = Math.max(best, SearchText.match(term, w));
            if (best == 2) {
                break;
            }
        }
        return best;
    }

    private static KnowledgeBase load() {
        Map<String, Cause> all = new LinkedHashMap<>();
        try (InputStream in = KnowledgeBase.class.getResourceAsStream("kb/causes.tsv")) {
            Objects.requireNonNull(in, "kb/causes.tsv missing from the jar");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Severity severity = Severity.find(f[1]).orElseThrow(() -> new IllegalStateException("bad severity in kb/causes.tsv: " + line));
                List<String> next = f.length > 3 && !f[3].isBlank() ? List.of(f[3].split(",\\s*")) : List.of();
                boolean deprecated = f.length > 4 && f[4].equals("deprecated");
                all.put(f[0], new Cause(f[0], severity, f[2], next, deprecated));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kb/causes.tsv", e);
        }
        return new KnowledgeBase(all);
    }
}
