package dev.rtcdiag.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.spi.AttributeKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract between parsers and rules holds: every attribute key the core reads (found in its
 * sources as {@code XxxAttributes.NAME}) is produced by some parser in the golden outputs or the
 * example logs, with a value
 * that parses as the key's type. A key no parser writes would make its rule silently dead; a value of
 * the wrong type reads as empty, which is the same. And no rule reads an attribute by a string literal.
 */
class AttributeContractTest {

    private static final Pattern KEY_USE = Pattern.compile("\\b(\\w+Attributes)\\.([A-Z][A-Z0-9_]*)\\b");
    private static final Pattern ATTRS = Pattern.compile("\\{(.*)}$");
    private static final Pattern PAIR = Pattern.compile("(?:^|, )([a-z][a-z0-9-]*)=");

    /** Wire name → every value the golden outputs give it. */
    static Map<String, List<String>> producedByGoldenOutputs() throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("../parsers/src/test/resources/dev/rtcdiag/parsers/golden"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".expected"))::iterator) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    Matcher m = ATTRS.matcher(line);
                    if (!m.find()) {
                        continue;
                    }
                    String attrs = m.group(1);
                    Matcher pair = PAIR.matcher(attrs);
                    List<int[]> at = new ArrayList<>();
                    while (pair.find()) {
                        at.add(new int[] {pair.start(1), pair.end()});
                    }
                    for (int i = 0; i < at.size(); i++) {
                        String name = attrs.substring(at.get(i)[0], at.get(i)[1] - 1);
                        int end = i + 1 < at.size() ? at.get(i + 1)[0] - 2 : attrs.length();
                        out.computeIfAbsent(name, k -> new ArrayList<>()).add(attrs.substring(at.get(i)[1], Math.max(at.get(i)[1], end)));
                    }
                }
            }
        }
        return out;
    }

    /** Wire name → values, from parsing the example logs (what a user runs first). */
    static void addProducedByExampleLogs(Map<String, List<String>> out) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("../examples/logs"))) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("README.md"))::iterator) {
                try (var in = dev.rtcdiag.parsers.Parsers.discover().open(new dev.rtcdiag.parsers.InputFile(p.toString(), p),
                        dev.rtcdiag.parsers.spi.ParserConfig.defaults(), null)) {
                    in.forEachRemaining(e -> e.wireAttributes().forEach((k, v) -> out.computeIfAbsent(k, x -> new ArrayList<>()).add(v)));
                }
            }
        }
    }

    /** Every key the core's sources read, by {@code Family.NAME}. */
    static Map<String, AttributeKey<?>> readByCore() throws IOException, ReflectiveOperationException {
        Map<String, AttributeKey<?>> keys = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = KEY_USE.matcher(Files.readString(p));
                while (m.find()) {
                    Class<?> family = Class.forName("dev.rtcdiag.parsers.attributes." + m.group(1));
                    Object key = family.getField(m.group(2)).get(null);
                    if (key instanceof AttributeKey<?> k) {
                        keys.put(m.group(1) + "." + m.group(2), k);
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyTheRulesReadIsProducedWithAValueOfItsType() throws Exception {
        Map<String, List<String>> produced = producedByGoldenOutputs();
        addProducedByExampleLogs(produced);
        Map<String, AttributeKey<?>> read = readByCore();
        assertThat(read).hasSizeGreaterThan(30);
        Set<String> dead = new TreeSet<>();
        for (Map.Entry<String, AttributeKey<?>> k : read.entrySet()) {
            List<String> values = produced.getOrDefault(k.getValue().name(), List.of());
            if (values.stream().noneMatch(v -> k.getValue().read(v).isPresent())) {
                dead.add(k.getKey() + " (" + k.getValue() + ")");
            }
        }
        assertThat(dead).as("keys read by the core that no golden output produces with a value of their type").isEmpty();
    }

    @Test
    void noRuleReadsAnAttributeByAStringLiteral() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                assertThat(Files.readString(p)).as(p.toString()).doesNotContainPattern("\\.attribute\\(\"").doesNotContainPattern("attributes\\(\\)\\.get\\(\"");
            }
        }
    }
}
