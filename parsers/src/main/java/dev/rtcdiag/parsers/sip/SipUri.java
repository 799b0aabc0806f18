package dev.rtcdiag.parsers.sip;

import java.util.Objects;

/**
 * A URI as far as diagnosis needs it: scheme, user, host and port, parsed leniently from text
 * ({@code sip:alice@atlanta.com:5060;transport=tcp}). Anything unusual stays in {@link #text()}.
 *
 * @param text the URI as written
 * @param scheme the scheme in lower case ({@code "sip"}, {@code "tel"}, {@code ""} if none)
 * @param user the user part (still %-escaped), or {@code ""}
 * @param host the host, or {@code ""}
 * @param port the port, or -1
 */
public record SipUri(String text, String scheme, String user, String host, int port) {

    /** Validates components. */
    public SipUri {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(host, "host");
    }

    /**
     * Parses leniently; never throws. Read by positions in the stripped text, each part copied once (the first
     * version also copied the rest, the part without headers and the host-and-port, and was 5 % of parsing a
     * message and reading five fields in JFR samples); {@code SipUriParseTest} holds this to that version.
     */
    public static SipUri parse(String text) {
        String t = text == null ? "" : text.strip();
        int n = t.length();
        int colon = t.indexOf(':');
        boolean hasScheme = colon > 0 && isScheme(t, colon);
        String scheme = hasScheme ? scheme(t, colon) : "";
        int rest = hasScheme ? colon + 1 : 0;
        if (!scheme.equals("sip") && !scheme.equals("sips")) {
            String user = "";
            if (scheme.equals("tel")) {
                int semi = t.indexOf(';', rest);
                user = t.substring(rest, semi >= 0 ? semi : n);
            }
            return new SipUri(t, scheme, user, "", -1);
        }
        // RFC 3261: the user part ends at the last '@' before the host; ';' inside the user is legal (semiuri).
        int q = t.indexOf('?', rest);
        int end = q >= 0 ? q : n; // the URI without its headers
        int at = end > 0 ? t.lastIndexOf('@', end - 1) : -1;
        if (at < rest) {
            at = -1;
        }
        int hostStart = at >= 0 ? at + 1 : rest;
        int semi = t.indexOf(';', hostStart);
        int hostEnd = semi >= 0 && semi < end ? semi : end;
        int c = hostEnd > hostStart ? t.lastIndexOf(':', hostEnd - 1) : -1;
        int port = -1;
        int hostTo = hostEnd;
        if (c > hostStart) {
            int bracket = t.indexOf(']', hostStart);
            if ((bracket < 0 || bracket >= hostEnd || bracket < c) && c + 1 < hostEnd && hostEnd - c - 1 <= 5 && digits(t, c + 1, hostEnd)) {
                port = Integer.parseInt(t, c + 1, hostEnd, 10);
                hostTo = c;
            }
        }
        String user = "";
        if (at >= 0) {
            int colonInUser = t.indexOf(':', rest);
            // drop a password (RFC 3261 discourages it; never keep it)
            user = t.substring(rest, colonInUser >= 0 && colonInUser < at ? colonInUser : at);
        }
        return new SipUri(t, scheme, user, t.substring(hostStart, hostTo), port);
    }

    /** The scheme in lower case; the usual ones, written in lower case, without a copy. */
    private static String scheme(String t, int colon) {
        for (String usual : new String[] {"sip", "sips", "tel"}) {
            if (colon == usual.length() && t.startsWith(usual)) {
                return usual;
            }
        }
        return t.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
    }

    /** {@link Chars#digits} of {@code s[from, to)}. */
    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the first {@code end} characters can be a URI scheme (letters, digits, '+', '-', '.'). */
    static boolean isScheme(String t, int end) {
        for (int i = 0; i < end; i++) {
            char c = t.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** The user part with %HH escapes decoded (RFC 3261 section 19.1.2); a bad escape is kept literally. */
    public String decodedUser() {
        StringBuilder sb = new StringBuilder(user.length());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < user.length(); i++) {
            char ch = user.charAt(i);
            if (ch == '%' && i + 2 < user.length() && hex(user.charAt(i + 1)) >= 0 && hex(user.charAt(i + 2)) >= 0) {
                bytes.write(hex(user.charAt(i + 1)) * 16 + hex(user.charAt(i + 2)));
                i += 2;
            } else {
                if (bytes.size() > 0) {
                    sb.append(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
                    bytes.reset();
                }
                sb.append(ch);
            }
        }
        if (bytes.size() > 0) {
            sb.append(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    @Override
    public String toString() {
        return text;
    }
}
