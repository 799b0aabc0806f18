package dev.rtcdiag.parsers.internal.bitrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameter notation of VoxEngine session logs ({@code Sent event to JS onPhoneEvent with params [ … ]};
 * Voximplant and Bitrix24 docs (https://voximplant.com/docs, https://apidocs.bitrix24.com)). It is not JSON: objects are {@code {k = v ; k = v ; }}, arrays
 * {@code [a ;  b ;  ]}, a separator is a semicolon <em>after a space</em> (so {@code Q.850;cause=16} is
 * one value), values may be empty ({@code displayName =  ;}), {@code NULL} or {@code void}, and
 * quoted text may hold anything. Total: any input gives a (possibly partial) tree, never an exception.
 *
 * <p>The tree is made of {@code Map<String, Object>}, {@code List<Object>}, {@code String} and
 * {@link #NULL}.
 */
final class VoxParams {

    /** The {@code NULL} value. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "NULL";
        }
    };
    private static final int MAX_DEPTH = 64;

    private final String s;
    private int i;

    private VoxParams(String s) {
        this.s = s;
    }

    /** Parses a parameter text. */
    static Object parse(String text) {
        VoxParams p = new VoxParams(text == null ? "" : text);
        p.skipSpaces();
        return p.value(0, false);
    }

    /** The value at a path of object keys (arrays: their first object that has the key). */
    static Optional<Object> find(Object tree, String... path) {
        Object cur = tree;
        for (String key : path) {
            cur = child(cur, key);
            if (cur == null) {
                return Optional.empty();
            }
        }
        return Optional.of(cur);
    }

    /** A value as text ({@code NULL} is empty). */
    static Optional<String> text(Object tree, String... path) {
        return find(tree, path).map(v -> v instanceof String t ? t : v == NULL ? "" : render(v)).filter(t -> !t.isEmpty());
    }

    private static Object child(Object node, String key) {
        if (node instanceof Map<?, ?> m) {
            return m.get(key);
        }
        if (node instanceof List<?> l) {
            for (Object o : l) {
                Object c = child(o, key);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /** A compact rendering of a subtree (for a Reason array: its elements joined by ", "). */
    static String render(Object v) {
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(o -> parts.add(render(o)));
            return String.join(", ", parts);
        }
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(k + "=" + render(x)));
            return "{" + String.join(", ", parts) + "}";
        }
        return String.valueOf(v);
    }

    private Object value(int depth, boolean inContainer) {
        if (i >= s.length()) {
            return "";
        }
        char c = s.charAt(i);
        if (depth < MAX_DEPTH && c == '{') {
            i++;
            return object(depth + 1);
        }
        if (depth < MAX_DEPTH && c == '[') {
            i++;
            return array(depth + 1);
        }
        String t = scalar(inContainer);
        return t.equals("NULL") ? NULL : t;
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        int before = -1;
        while (true) {
            if (i == before) {
                i++; // never loop on a character nothing consumes (e.g. a stray ']' inside an object)
            }
            before = i;
            skipSpaces();
            if (i >= s.length()) {
                return m;
            }
            if (s.charAt(i) == '}') {
                i++;
                return m;
            }
            if (s.charAt(i) == ';') {
                i++;
                continue;
            }
            int eq = s.indexOf(" =", i);
            int close = s.indexOf('}', i);
            if (eq < 0 || (close >= 0 && close < eq)) {
                // a member without "=": keep it as a key with an empty value
                String rest = scalar(true);
                if (!rest.isEmpty()) {
                    m.put(rest, "");
                }
                continue;
            }
            String key = s.substring(i, eq).strip();
            i = eq + 2;
            if (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            Object v = atSeparator() ? "" : value(depth, true);
            m.put(key, v);
            skipSeparator();
        }
    }

    private List<Object> array(int depth) {
        List<Object> l = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (i >= s.length()) {
                return l;
            }
            if (s.charAt(i) == ']') {
                i++;
                return l;
            }
            if (s.charAt(i) == ';') {
                i++;
                continue;
            }
            int before = i;
            l.add(value(depth, true));
            skipSeparator();
            if (i == before) {
                i++; // never loop on a character nothing consumes
            }
        }
    }

    /** Text up to " ;" or a closing bracket (outside quotes); trimmed. */
    private String scalar(boolean inContainer) {
        int start = i;
        boolean quoted = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';' && i > start && s.charAt(i - 1) == ' ') {
                break;
            } else if (!quoted && inContainer && (c == '}' || c == ']')) {
                break;
            }
            i++;
        }
        return s.substring(start, i).strip();
    }

    private boolean atSeparator() {
        return i < s.length() && (s.charAt(i) == ';' || s.charAt(i) == '}' || s.charAt(i) == ']');
    }

    private void skipSeparator() {
        skipSpaces();
        if (i < s.length() && s.charAt(i) == ';') {
            i++;
        }
    }

    private void skipSpaces() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }
}
