package dev.rtcdiag.parsers.internal.bbb;

import java.nio.charset.StandardCharsets;

/**
 * Undoes nginx's access-log escaping: with the default {@code escape=default}, nginx writes
 * {@code "}, {@code \} and bytes outside 0x20–0x7E as {@code \xHH} (nginx CHANGES 0.7.0, 1.1.6;
 * BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)). A literal backslash is itself escaped, so replacing every {@code \xHH} by
 * its byte and decoding the bytes as UTF-8 is unambiguous; characters that were not escaped (a log
 * written with {@code escape=none}) are kept as they are.
 */
final class NginxEscapes {

    private NginxEscapes() {
    }

    static String unescape(String s) {
        if (s.indexOf("\\x") < 0) {
            return s;
        }
        int wide = 0;
        for (int i = 0; i < s.length(); i++) {
            wide += s.charAt(i) < 0x80 ? 0 : 1;
        }
        // a UTF-16 unit past ASCII becomes at most three UTF-8 bytes, an escape one: sized for what is there, not
        // three bytes for every character (those buffers were a fortieth of what a diagnosis allocated)
        byte[] out = new byte[s.length() + 2 * wide];
        int n = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 3 < s.length() && s.charAt(i + 1) == 'x' && hex(s.charAt(i + 2)) >= 0 && hex(s.charAt(i + 3)) >= 0) {
                out[n++] = (byte) (hex(s.charAt(i + 2)) * 16 + hex(s.charAt(i + 3)));
                i += 4;
            } else if (c < 0x80) {
                out[n++] = (byte) c; // the usual case, without the per-character encoding it used to do (an eighth of all allocation)
                i++;
            } else {
                int cp = s.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(b, 0, out, n, b.length);
                n += b.length;
                i += Character.charCount(cp);
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
