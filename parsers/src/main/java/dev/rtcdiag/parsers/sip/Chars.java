package dev.rtcdiag.parsers.sip;

/**
 * Character-class checks for the SIP and SDP parsers as plain loops: {@code String.chars().allMatch}
 * built a stream per header value and was among the top frames of SIP parsing (JMH stack profile).
 */
final class Chars {

    /** RFC 3261 §25.1 token characters, by code point below 128. */
    private static final boolean[] TOKEN = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            TOKEN[c] = true;
            TOKEN[Character.toUpperCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            TOKEN[c] = true;
        }
        for (char c : "-.!%*_+`'~".toCharArray()) {
            TOKEN[c] = true;
        }
    }

    private Chars() {
    }

    /**
     * The index of the first {@code c} in {@code s[from, to)}, or -1. Bounded, unlike {@code String.indexOf}:
     * a search per line of a header section, or per parameter of a header value, must not run past its own
     * line or parameter, or a section of many lines without the character would cost their square.
     */
    static int indexOf(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Whether every character is 0-9 (true for the empty string). */
    static boolean asciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether every character is a digit in the sense of {@link Character#isDigit(char)} (true for the empty string). */
    static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} is a non-empty RFC 3261 token. */
    static boolean token(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 || !TOKEN[c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code Pattern.compile("[ \\t]+").split(s)} ({@code blanksOnly}) or {@code "\\s+"}'s, without a
     * regex: the same array, leading empty string and dropped trailing empty strings included. The regex
     * split of start lines and SDP lines was 8 % of a SIP parse (JMH {@code PeerBenchmarks}, async-profiler).
     */
    static String[] split(String s, boolean blanksOnly) {
        java.util.ArrayList<String> parts = new java.util.ArrayList<>(4);
        int n = s.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            if (separator(s.charAt(i), blanksOnly)) {
                int end = i;
                while (i < n && separator(s.charAt(i), blanksOnly)) {
                    i++;
                }
                parts.add(s.substring(start, end));
                start = i;
            } else {
                i++;
            }
        }
        if (parts.isEmpty()) {
            return new String[] {s}; // no separator at all: the input itself, as Pattern.split
        }
        parts.add(s.substring(start));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size).toArray(new String[0]);
    }

    /** {@code [ \t]}, or {@code \s} ({@code [ \t\n\x0B\f\r]}, the regex class without UNICODE_CHARACTER_CLASS). */
    private static boolean separator(char c, boolean blanksOnly) {
        return c == ' ' || c == '\t' || !blanksOnly && (c == '\n' || c == '\u000B' || c == '\f' || c == '\r');
    }
}
