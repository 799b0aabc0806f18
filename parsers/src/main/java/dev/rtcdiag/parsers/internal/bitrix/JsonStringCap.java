package dev.rtcdiag.parsers.internal.bitrix;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Shortens every JSON string value longer than a cap as the bytes pass, so no string a parser reads is
 * longer than the cap (then "…").
 *
 * <p>Why in the byte stream: Jackson buffers a whole string before it hands out any of it, and refuses
 * strings over 20 MB; one 30 MB {@code COMMENT} in a statistics export made the whole file unreadable,
 * and buffering it took 60 MB of heap. The rows keep at most a few excerpts of each value anyway. The
 * state machine is byte-level, which is safe for UTF-8: quote and backslash never occur inside a
 * multi-byte sequence. It cuts only between characters and never inside an escape.
 */
final class JsonStringCap extends FilterInputStream {

    private static final byte[] ELLIPSIS = {(byte) 0xE2, (byte) 0x80, (byte) 0xA6};

    private final int cap;
    private final byte[] raw = new byte[8192];
    /** A shortened string grows by the ellipsis less what it dropped (at least one byte): output is under twice the input. */
    private final byte[] out = new byte[2 * 8192 + 16];
    private int outPos;
    private int outLimit;
    private boolean inString;
    private boolean escaped;
    private int hexLeft;
    private int kept;
    private boolean dropping;
    private long cut;

    JsonStringCap(InputStream in, int cap) {
        super(in);
        this.cap = cap;
    }

    /** How many string values were shortened. */
    long cut() {
        return cut;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return out[outPos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, outLimit - outPos);
        System.arraycopy(out, outPos, b, off, n);
        outPos += n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long done = 0;
        while (done < n && fill()) {
            int k = (int) Math.min(n - done, outLimit - outPos);
            outPos += k;
            done += k;
        }
        return done;
    }

    @Override
    public int available() {
        return outLimit - outPos;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Makes output available; false at the end of the input. */
    private boolean fill() throws IOException {
        while (outPos >= outLimit) {
            int r = in.read(raw, 0, raw.length);
            if (r < 0) {
                return false;
            }
            outPos = 0;
            outLimit = 0;
            for (int i = 0; i < r; i++) {
                byte c = raw[i];
                if (closesACutString(c)) {
                    System.arraycopy(ELLIPSIS, 0, out, outLimit, ELLIPSIS.length);
                    outLimit += ELLIPSIS.length;
                }
                if (keep(c)) {
                    out[outLimit++] = c;
                }
            }
        }
        return true;
    }

    private boolean closesACutString(byte c) {
        return inString && dropping && !escaped && hexLeft == 0 && c == '"';
    }

    /** Whether byte {@code c} passes; updates the state. */
    private boolean keep(byte c) {
        if (!inString) {
            if (c == '"') {
                inString = true;
                kept = 0;
                dropping = false;
            }
            return true;
        }
        if (escaped) {
            escaped = false;
            hexLeft = c == 'u' ? 4 : 0;
            return !dropping;
        }
        if (hexLeft > 0) {
            hexLeft--;
            return !dropping;
        }
        if (c == '\\') {
            if (!dropping && kept >= cap) {
                startDropping();
            }
            escaped = true;
            kept++;
            return !dropping;
        }
        if (c == '"') {
            inString = false; // a shortened string gets "…" before this quote (see fill)
            return true;
        }
        if (!dropping && kept >= cap && (c & 0xC0) != 0x80) {
            startDropping(); // at a character boundary: never half a UTF-8 sequence
        }
        kept++;
        return !dropping;
    }

    private void startDropping() {
        dropping = true;
        cut++;
    }
}
