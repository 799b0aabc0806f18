package dev.rtcdiag.parsers.spi;

import java.io.IOException;
import java.io.InputStream;

/**
 * An {@link InputStream} whose bytes all come from {@link #read(byte[], int, int)}: the single-byte
 * {@link #read()} reads into a one-byte array, here once, so a stream that transforms or limits its
 * bytes (decompression, decoding, a budget, a followed file) writes that logic in one method only.
 */
public abstract class BlockInputStream extends InputStream {

    /** For subclasses. */
    protected BlockInputStream() {
    }

    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public abstract int read(byte[] b, int off, int len) throws IOException;
}
