package dev.rtcdiag.core.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every regular expression the library keeps as a constant (in catalog, parsers and core, found by
 * reflection, lists of patterns and enum constants' own patterns included) does work linear in the length of the text it reads, at the
 * real limits: lines of 16 KiB and 64 KiB (the default line limit), and multi-line records.
 *
 * <p>Deterministic rather than timed: the text is a {@link CharSequence} that counts {@code charAt}
 * calls, and the count at 64 KiB must stay within 5× the count at 16 KiB (linear gives 4×, quadratic
 * 16×). Both {@code matches()} and a {@code find()} loop over the whole text are measured, because
 * code searches lines. A pattern that recurses once per repetition of a group (Java's regex engine
 * does) fails here with a {@code StackOverflowError} rather than in a user's run. Counting stops at a
 * budget, so a quadratic pattern fails fast instead of running for minutes.
 */
class RegexLinearityTest {

    private static final int SMALL = 16 * 1024;
    private static final int LARGE = 64 * 1024;

    /** Units repeated to the probe length: separators, quotes, escapes and prefixes that patterns of log formats key on. */
    static final List<String> UNITS = List.of("a", " ", "\t", ":", "; ", "|", " | ", "=", " = ", "\"", "\\x", "\\u0041", "\\\"", "[", "{", "0",
            "1.", "a=", "w_a_1-bbbID-", "2024-01-01 ", "Failed by ", "<", "<a>", "-", "/1.2.3.4:5/", "%", "x@y.", "Error ", "no x ",
            "password=", "eyJ", "a.", "sip:", "<message>", "OCI Transaction ", "\"message\":\"", "a\n", "\n\t<", "\r\n");

    /**
     * Patterns only ever used with {@code matches()} on text that is not a log line, so only that use is
     * measured: a {@code find()} from every position would be quadratic, and nothing does one.
     */
    static final java.util.Map<String, String> WHOLE_MATCH_ONLY = java.util.Map.of(
            "Cause.ID", "validates knowledge-base cause ids",
            "Addresses.IPV6", "validates one host token already cut out of a header");

    /**
     * An opening that a pattern keys on, then a long body: the shape of a JSON field, an XML element or a
     * status text that runs to the end of a 64 KiB line or a record.
     */
    static final List<String[]> OPENED = List.of(new String[] {"\"message\":\"", "\\u0416"}, new String[] {"\"message\" : \"", "a"},
            new String[] {"<message>", "a\n"}, new String[] {"OCI Transaction ", "a "}, new String[] {"password=\"", "a "},
            new String[] {"Authorization: Digest ", "a=\"b\", "}, new String[] {"{\"fields\":[\"", "\\\""}, new String[] {"-----BEGIN PRIVATE KEY-----", "QUJD\n"},
            new String[] {"eyJ", "abc."}, new String[] {"sip:", "a:"}, new String[] {"INVITE sip:", "a;"});

    static Stream<Object[]> patterns() throws IOException, ClassNotFoundException {
        List<Object[]> out = new ArrayList<>();
        for (String module : List.of("../catalog", "../parsers", ".")) {
            Path root = Path.of(module, "target/classes");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                    String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                    if (!name.equals("module-info")) {
                        collect(Class.forName(name, false, RegexLinearityTest.class.getClassLoader()), out);
                    }
                }
            }
        }
        assertThat(out).as("patterns found").hasSizeGreaterThan(80);
        // patterns kept in records with the literal that guards them are probed too
        assertThat(out.stream().map(o -> (String) o[0])).contains("BbbMessages.AUDIO_ERROR.pattern", "Redactor.PATTERNS[0].pattern",
                "Envelope.GREP_PREFIX.p", "Envelope.SYSLOG.prefix");
        return out.stream();
    }

    private static void collect(Class<?> c, List<Object[]> out) {
        if (c.isEnum()) {
            enumConstants(c, out);
        }
        for (Field f : c.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            boolean holdsPatterns = f.getType() == Pattern.class || f.getType().isRecord()
                    || Collection.class.isAssignableFrom(f.getType()) && f.getGenericType() instanceof ParameterizedType t
                            && t.getActualTypeArguments()[0] instanceof Class<?> e && (e == Pattern.class || e.isRecord());
            if (!holdsPatterns) {
                continue;
            }
            try {
                f.setAccessible(true);
                patternsIn(c.getSimpleName() + "." + f.getName(), f.get(null), out);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // a class whose static state cannot be initialised alone is covered by its own tests
            }
        }
    }

    /**
     * The patterns each constant of an enum keeps in its own fields: those the enum declares for every
     * constant and those of a constant's body (the paste envelopes keep theirs so).
     */
    private static void enumConstants(Class<?> e, List<Object[]> out) {
        Object[] constants;
        try {
            constants = e.getEnumConstants();
        } catch (RuntimeException | LinkageError ex) {
            return; // an enum whose static state cannot be initialised alone is covered by its own tests
        }
        for (Object constant : constants) {
            for (Class<?> k = constant.getClass(); k != null && k != Enum.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType() != Pattern.class) {
                        continue;
                    }
                    try {
                        f.setAccessible(true);
                        patternsIn(e.getSimpleName() + "." + ((Enum<?>) constant).name() + "." + f.getName(), f.get(constant), out);
                    } catch (ReflectiveOperationException | RuntimeException ex) {
                        // not readable: nothing to probe
                    }
                }
            }
        }
    }

    /**
     * The patterns a static value holds: itself, the {@code Pattern} components of a record (a pattern kept
     * with the literal that guards it), or those of each element of a collection.
     */
    private static void patternsIn(String name, Object value, List<Object[]> out) throws ReflectiveOperationException {
        if (value instanceof Pattern p) {
            out.add(new Object[] {name, p});
        } else if (value instanceof Collection<?> all) {
            int i = 0;
            for (Object element : all) {
                patternsIn(name + "[" + i++ + "]", element, out);
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (java.lang.reflect.RecordComponent rc : value.getClass().getRecordComponents()) {
                if (rc.getType() == Pattern.class) {
                    java.lang.reflect.Method accessor = rc.getAccessor();
                    accessor.setAccessible(true);
                    out.add(new Object[] {name + "." + rc.getName(), accessor.invoke(value)});
                }
            }
        }
    }

    /** Text that counts reads, and stops the matcher once a budget is spent. */
    static final class Counting implements CharSequence {
        private final String text;
        private final long budget;
        long reads;

        Counting(String text, long budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            if (++reads > budget) {
                throw new OverBudget();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    static final class OverBudget extends RuntimeException {
        OverBudget() {
            super(null, null, false, false);
        }
    }

    /** Reads for {@code matches()} plus a {@code find()} loop over {@code text}; -1 when over budget. */
    static long reads(Pattern p, String text, long budget, boolean search) {
        Counting c = new Counting(text, budget);
        try {
            p.matcher(c).matches();
            if (!search) {
                return c.reads;
            }
            Matcher m = p.matcher(c);
            int guard = 0;
            while (m.find() && guard++ < text.length()) {
                if (m.end() == m.start() && m.end() >= text.length()) {
                    break;
                }
            }
            return c.reads;
        } catch (OverBudget e) {
            return -1;
        }
    }

    static String probe(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void readsGrowLinearlyWithTheText(String name, Pattern p) {
        assertThat(violation(name, p, !WHOLE_MATCH_ONLY.containsKey(name))).isEmpty();
    }

    /** The check can fail: the shapes that broke real runs (before they became hand scanners) are caught. */
    @org.junit.jupiter.api.Test
    void theProbeCatchesTheShapesThatBrokeRuns() {
        assertThat(violation("BroadWorks message", Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\""), true))
                .hasValueSatisfying(v -> assertThat(v).contains("recurses"));
        assertThat(violation("Webex deviceType", Pattern.compile("no (.+?) deviceType found in"), true)).isPresent();
        assertThat(violation("BroadWorks <message>", Pattern.compile("(?s)<message>(.*?)</message>"), true)).isPresent();
        assertThat(violation("anchored", Pattern.compile("(?m)^\\s*GET (\\S+)"), true)).isPresent();
        assertThat(violation("linear", Pattern.compile("(?m)^[ \\t]*GET (\\S+)"), true)).isEmpty();
    }

    static java.util.Optional<String> violation(String name, Pattern p, boolean search) {
        long budget = 4_000L * LARGE;
        List<String[]> probes = new ArrayList<>(OPENED);
        UNITS.forEach(u -> probes.add(new String[] {"", u}));
        for (String[] probe : probes) {
            String opening = probe[0];
            String unit = probe[1];
            for (String tail : List.of("", "!")) {
                String small = opening + probe(unit, SMALL - tail.length() - opening.length()) + tail;
                String large = opening + probe(unit, LARGE - tail.length() - opening.length()) + tail;
                String what = name + " on '" + (opening + unit.repeat(3)).replace("\n", "\\n") + "…" + tail + "'";
                long s;
                long l;
                try {
                    s = reads(p, small, budget, search);
                    l = reads(p, large, budget, search);
                } catch (StackOverflowError e) {
                    return java.util.Optional.of(what + " recurses once per repetition (" + LARGE + " chars)");
                }
                if (l < 0 || s < 0) {
                    return java.util.Optional.of(what + ": over " + budget + " reads at " + LARGE + " chars");
                }
                if (l > Math.max(5 * s, 4L * LARGE)) {
                    return java.util.Optional.of(what + ": " + l + " reads at " + LARGE + " chars, " + s + " at " + SMALL);
                }
            }
        }
        return java.util.Optional.empty();
    }
}
