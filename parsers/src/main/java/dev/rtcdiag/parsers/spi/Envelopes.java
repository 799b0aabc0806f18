package dev.rtcdiag.parsers.spi;

/** Hand-written, linear scans behind the {@link Envelope} constants (input-controlled text: no backtracking). */
final class Envelopes {

    private static final String[] METHODS = {"INVITE", "ACK", "BYE", "CANCEL", "REGISTER", "OPTIONS", "PRACK", "SUBSCRIBE",
        "NOTIFY", "PUBLISH", "INFO", "REFER", "MESSAGE", "UPDATE"};

    private Envelopes() {
    }

    /** Whether a grep prefix without a folder ({@code name:} or {@code name:12:}) names a log file ({@code .log}, {@code .txt}, {@code .out}, {@code .err}). */
    static boolean isLogFileName(String prefix) {
        int end = prefix.length() - 1; // the ':' that ends the prefix
        int colon = prefix.lastIndexOf(':', end - 1);
        String name = colon >= 0 ? prefix.substring(0, colon) : prefix.substring(0, end);
        return name.endsWith(".log") || name.endsWith(".txt") || name.endsWith(".out") || name.endsWith(".err");
    }

    /** {@code **word**} pairs inside a line become {@code word}; the same string when there are none. */
    static String unbold(String s) {
        int open = s.indexOf("**");
        if (open < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while (open >= 0) {
            int close = s.indexOf("**", open + 2);
            if (close < 0 || close == open + 2 || s.substring(open + 2, close).indexOf('*') >= 0) {
                break;
            }
            out.append(s, from, open).append(s, open + 2, close);
            from = close + 2;
            open = s.indexOf("**", from);
        }
        if (from == 0) {
            return s;
        }
        return out.append(s, from, s.length()).toString();
    }

    /** Python string escapes undone; {@code \r\n} (or {@code \n}) becomes a line end. */
    static String unescapePython(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'r' -> {
                    // a CR before LF is part of the line end
                    if (!(i + 2 < s.length() && s.charAt(i + 1) == '\\' && s.charAt(i + 2) == 'n')) {
                        out.append('\n');
                    }
                }
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'x' -> {
                    if (i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                        out.append((char) (hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2))));
                        i += 2;
                    } else {
                        out.append("\\x");
                    }
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /** rsyslog's {@code #ooo} octal escapes of control characters; CR LF (or LF) becomes a line end. */
    static String unescapeRsyslog(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean changed = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '#' && i + 3 < s.length() && s.charAt(i + 1) == '0' && octal(s.charAt(i + 2)) && octal(s.charAt(i + 3))) {
                int v = (s.charAt(i + 2) - '0') * 8 + (s.charAt(i + 3) - '0');
                if (v < 0x20) {
                    changed = true;
                    i += 3;
                    if (v == 015) {
                        continue; // the LF that follows ends the line
                    }
                    out.append(v == 012 ? '\n' : (char) v);
                    continue;
                }
            }
            out.append(c);
        }
        return changed ? out.toString() : null;
    }

    private static boolean octal(char c) {
        return c >= '0' && c <= '7';
    }

    /** Without ANSI CSI sequences ({@code ESC [ params letter}) and other two-character escapes. */
    static String stripAnsi(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\u001B') {
                out.append(c);
                continue;
            }
            if (i + 1 < s.length() && s.charAt(i + 1) == '[') {
                int j = i + 2;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == ';' || s.charAt(j) == '?')) {
                    j++;
                }
                i = j < s.length() ? j : s.length() - 1; // the final letter
            } else if (i + 1 < s.length()) {
                i++;
            }
        }
        return out.toString();
    }

    /**
     * A SIP start line with bytes glued before it ({@code ƒÜP&NOPTIONS sip:x SIP/2.0}): the line from the
     * known method on, or {@code null} when the line is not such a start line (or is a clean one).
     */
    static String sipStartAfterJunk(String line) {
        if (!line.endsWith(" SIP/2.0")) {
            return null;
        }
        int uri = line.indexOf(" sip:");
        if (uri < 0) {
            uri = line.indexOf(" sips:");
        }
        if (uri <= 0) {
            return null;
        }
        for (String m : METHODS) {
            int start = uri - m.length();
            if (start > 0 && line.startsWith(m, start) && junk(line, start)) {
                return line.substring(start);
            }
        }
        return null;
    }

    /** Bytes, not text: something other than letters, digits and white space before {@code end} (an indented start line is not junk). */
    private static boolean junk(String line, int end) {
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || Character.isWhitespace(c)))) {
                return true;
            }
        }
        return false;
    }
}
