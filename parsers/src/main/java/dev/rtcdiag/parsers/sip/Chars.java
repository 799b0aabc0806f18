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
}
