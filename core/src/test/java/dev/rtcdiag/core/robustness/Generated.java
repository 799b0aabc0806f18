package dev.rtcdiag.core.robustness;

import java.io.InputStream;
import java.util.function.LongFunction;

/**
 * An input made part by part as it is read, so a test can feed hundreds of megabytes to a 64 MiB heap
 * without holding them: part {@code i} of {@code parts} comes from a function.
 */
final class Generated extends InputStream {

    private final LongFunction<byte[]> part;
    private final long parts;
    private long next;
    private byte[] current = new byte[0];
    private int pos;
    private long produced;

    Generated(long parts, LongFunction<byte[]> part) {
        this.parts = parts;
        this.part = part;
    }

    /** Bytes handed out so far. */
    long produced() {
        return produced;
    }

    private boolean fill() {
        while (pos >= current.length) {
            if (next >= parts) {
                return false;
            }
            current = part.apply(next++);
            pos = 0;
        }
        return true;
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        produced++;
        return current[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        produced += n;
        return n;
    }
}
