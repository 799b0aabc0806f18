package dev.rtcdiag.parsers;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-16 input (with its byte-order mark, as PowerShell's {@code >} and many Windows tools write logs)
 * given to the parsers as UTF-8, so every format reads it; without this its NUL bytes made it binary.
 * Lines keep their numbers; byte offsets are those of the UTF-8 text.
 */
final class Utf16Input extends dev.rtcdiag.parsers.spi.BlockInputStream {

    private final Reader reader;
    private final char[] chars = new char[8192];
    private byte[] bytes = new byte[0];
    private int pos;
    private char pendingHigh;

    private Utf16Input(InputStream in, Charset charset) {
        this.reader = new InputStreamReader(in, charset);
    }

    /** The stream as UTF-8 when it starts with a UTF-16 byte-order mark (which is dropped); else the same bytes. */
    static InputStream decoded(InputStream in) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 2);
        byte[] bom = p.readNBytes(2);
        if (bom.length == 2 && (bom[0] & 0xFF) == 0xFF && (bom[1] & 0xFF) == 0xFE) {
            return new Utf16Input(p, StandardCharsets.UTF_16LE);
        }
        if (bom.length == 2 && (bom[0] & 0xFF) == 0xFE && (bom[1] & 0xFF) == 0xFF) {
            return new Utf16Input(p, StandardCharsets.UTF_16BE);
        }
        p.unread(bom);
        return p;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos >= bytes.length) {
            int n = reader.read(chars);
            if (n < 0) {
                if (pendingHigh != 0) {
                    bytes = String.valueOf(pendingHigh).getBytes(StandardCharsets.UTF_8); // a lone surrogate: the replacement character
                    pendingHigh = 0;
                    pos = 0;
                    break;
                }
                return -1;
            }
            StringBuilder sb = new StringBuilder(n + 1);
            if (pendingHigh != 0) {
                sb.append(pendingHigh);
                pendingHigh = 0;
            }
            sb.append(chars, 0, n);
            if (Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
                pendingHigh = sb.charAt(sb.length() - 1); // its low half comes with the next read
                sb.setLength(sb.length() - 1);
            }
            bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            pos = 0;
        }
        int n = Math.min(len, bytes.length - pos);
        System.arraycopy(bytes, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
