package dev.rtcdiag.parsers.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every regular expression the parsers keep as a constant runs against adversarial log lines —
 * long near-matches, repeated separators, nested-quantifier probes — within a time bound: whole-line
 * matching on lines of the default length limit (64 KiB), searching on 8 KiB lines (a search from
 * every position is quadratic for many useful patterns, so code that searches long lines restricts
 * the region, as the browser-console parser does). Exponential backtracking fails either way.
 * Patterns are found by reflection, so a new one is checked without anyone listing it.
 */
class RegexSafetyTest {

    /** Lines of 64 KiB (the default line limit) built to make backtracking patterns explode. */
    static final List<String> HOSTILE = hostile();

    static List<String> hostile() {
        int n = 65_536;
        List<String> l = new ArrayList<>();
        for (String unit : new String[] {"a", " ", "\t", ":", "::", "; ", " ;", "|", " | ", "=", " = ", "\"", "\\x", "[", "{", "0",
            "1.", "a=", "w_a_1-bbbID-", "2024-01-01 ", "Failed by ", "<", "-", "/1.2.3.4:5/", "%", "x@y.", "Error ", "\\\""}) {
            l.add(unit.repeat(n / unit.length()));
            l.add(unit.repeat(n / unit.length() / 2) + "!");
        }
        l.add("2024-03-12 14:00:00.000 " + "x ".repeat(30_000));
        l.add("12:00:00,000 INFO " + " ".repeat(60_000) + "x");
        l.add("[" + "{\\x22a\\x22:".repeat(5_000));
        return l;
    }

    static Stream<Object[]> patterns() throws IOException, ClassNotFoundException {
        List<Object[]> out = new ArrayList<>();
        Path root = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.equals("module-info")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, RegexSafetyTest.class.getClassLoader());
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && f.getType() == Pattern.class) {
                        try {
                            f.setAccessible(true);
                            out.add(new Object[] {c.getSimpleName() + "." + f.getName(), f.get(null)});
                        } catch (ReflectiveOperationException | RuntimeException e) {
                            // a class whose static state cannot be read here is checked by its own tests
                        }
                    }
                }
            }
        }
        assertThat(out).hasSizeGreaterThan(50);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void everyPatternFinishesQuicklyOnHostileLines(String name, Pattern p) {
        for (String line : HOSTILE) {
            long start = System.nanoTime();
            p.matcher(line).matches();
            p.matcher(line.substring(0, Math.min(line.length(), 8_192))).find();
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(ms).as("%s on a %d-char line starting %s", name, line.length(), line.substring(0, Math.min(20, line.length()))).isLessThan(500);
        }
    }
}
