package dev.rtcdiag.parsers.internal.bbb;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Undoes nginx's access-log escaping: with the default {@code escape=default}, nginx writes
 * {@code "}, {@code \} and bytes outside 0x20–0x7E as {@code \xHH} (nginx CHANGES 0.7.0, 1.1.6;
 * research/bbb.md §2.4). A literal backslash is itself escaped, so replacing every {@code \xHH} by
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
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 3 < s.length() && s.charAt(i + 1) == 'x' && hex(s.charAt(i + 2)) >= 0 && hex(s.charAt(i + 3)) >= 0) {
                out.write(hex(s.charAt(i + 2)) * 16 + hex(s.charAt(i + 3)));
                i += 4;
            } else {
                int cp = s.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += Character.charCount(cp);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
