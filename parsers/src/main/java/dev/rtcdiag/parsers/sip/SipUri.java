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

    /** Parses leniently; never throws. */
    public static SipUri parse(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        String scheme = colon > 0 && isScheme(t, colon)
                ? t.substring(0, colon).toLowerCase(java.util.Locale.ROOT) : "";
        String rest = scheme.isEmpty() ? t : t.substring(colon + 1);
        if (!scheme.equals("sip") && !scheme.equals("sips")) {
            return new SipUri(t, scheme, scheme.equals("tel") ? cut(rest, ';') : "", "", -1);
        }
        // RFC 3261: the user part ends at the last '@' before the host; ';' inside the user is legal (semiuri).
        int q = rest.indexOf('?');
        String noHeaders = q >= 0 ? rest.substring(0, q) : rest;
        int at = noHeaders.lastIndexOf('@');
        String user = at >= 0 ? noHeaders.substring(0, at) : "";
        String hostPort = cut(at >= 0 ? noHeaders.substring(at + 1) : noHeaders, ';');
        int c = hostPort.lastIndexOf(':');
        int port = -1;
        String host = hostPort;
        if (c > 0 && hostPort.indexOf(']') < c) {
            String p = hostPort.substring(c + 1);
            if (!p.isEmpty() && p.length() <= 5 && Chars.digits(p)) {
                port = Integer.parseInt(p);
                host = hostPort.substring(0, c);
            }
        }
        int colonInUser = user.indexOf(':');
        if (colonInUser >= 0) {
            user = user.substring(0, colonInUser); // drop a password (RFC 3261 discourages it; never keep it)
        }
        return new SipUri(t, scheme, user, host, port);
    }

    /** Whether the first {@code end} characters can be a URI scheme (letters, digits, '+', '-', '.'). */
    private static boolean isScheme(String t, int end) {
        for (int i = 0; i < end; i++) {
            char c = t.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static String cut(String s, char at) {
        int i = s.indexOf(at);
        return i >= 0 ? s.substring(0, i) : s;
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
