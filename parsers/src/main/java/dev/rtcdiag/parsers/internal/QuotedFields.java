package dev.rtcdiag.parsers.internal;

/**
 * {@code "name" : "value"} fields in log text (REST objects, JSON bodies), read by a left-to-right scan
 * instead of the regex {@code "(\w+)"\s*:\s*"((?:[^"\\]|\\.)*)"}: that regex finds the same fields, but
 * Java runs its repeated group by recursion (a stack overflow at about 1,500 escapes, a normal
 * Cyrillic status text written as backslash-u escapes) and retries from every quote (quadratic on an
 * unterminated value). This scan is linear in the text, whatever it holds, and finds exactly what the
 * regex finds (a differential test holds them together).
 */
public final class QuotedFields {

    /** One field: its name, its value as written (escapes kept), where it starts and ends. */
    public record Field(String name, String value, int start, int end) {
    }

    private QuotedFields() {
    }

    /** The leftmost field at or after {@code from}, or {@code null} when there is none. */
    public static Field next(CharSequence s, int from) {
        int n = s.length();
        int i = indexOf(s, '"', from);
        while (i >= 0) {
            int j = i + 1;
            while (j < n && word(s.charAt(j))) {
                j++;
            }
            if (j == i + 1 || j >= n || s.charAt(j) != '"') {
                i = indexOf(s, '"', i + 1);
                continue;
            }
            int k = j + 1;
            while (k < n && space(s.charAt(k))) {
                k++;
            }
            if (k >= n || s.charAt(k) != ':') {
                i = indexOf(s, '"', i + 1);
                continue;
            }
            k++;
            while (k < n && space(s.charAt(k))) {
                k++;
            }
            if (k >= n || s.charAt(k) != '"') {
                i = indexOf(s, '"', i + 1);
                continue;
            }
            int e = k + 1;
            boolean broken = false;
            while (e < n) {
                char c = s.charAt(e);
                if (c == '"') {
                    break;
                }
                if (c == '\\') {
                    if (e + 1 >= n || lineTerminator(s.charAt(e + 1))) {
                        broken = true;
                        break;
                    }
                    e += 2;
                    continue;
                }
                e++;
            }
            if (e >= n) {
                // no closing quote: a field starting later would need one this value did not have (escapes pair alike from there)
                return null;
            }
            if (broken) {
                // a backslash before a line end: every start before it runs into it too; go on after it
                i = indexOf(s, '"', e + 1);
                continue;
            }
            return new Field(s.subSequence(i + 1, j).toString(), s.subSequence(k + 1, e).toString(), i, e + 1);
        }
        return null;
    }

    /** The value of the leftmost field called {@code name}, or {@code null}. */
    public static String value(CharSequence s, String name) {
        for (Field f = next(s, 0); f != null; f = next(s, f.end())) {
            if (f.name().equals(name)) {
                return f.value();
            }
        }
        return null;
    }

    private static int indexOf(CharSequence s, char c, int from) {
        if (s instanceof String str) {
            return str.indexOf(c, from);
        }
        for (int i = Math.max(0, from); i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean word(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean lineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
