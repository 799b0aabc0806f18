package dev.rtcdiag.core.report;

/**
 * Log text made safe to print on a terminal: a log line (or a file name) may carry escape sequences
 * that erase the report's lines, move the cursor, set the window title or write the clipboard (OSC 52).
 * Control characters are shown instead of obeyed: ESC as {@code \e}, the other C0 and C1 controls and
 * DEL as {@code \xHH} / {@code \u0085}, and the bidirectional overrides that reorder what is shown
 * (U+202A–U+202E, U+2066–U+2069) as {@code \u202E}. Tabs stay.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** The text with every control character shown, not obeyed; the same string when there is none. */
    public static String safe(String s) {
        int i = 0;
        while (i < s.length() && !control(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!control(c)) {
                sb.append(c);
            } else if (c == 0x1B) {
                sb.append("\\e");
            } else if (c < 0x100) {
                sb.append(String.format("\\x%02X", (int) c));
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }

    private static boolean control(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
