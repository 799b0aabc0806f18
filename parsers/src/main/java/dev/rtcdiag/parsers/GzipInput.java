package dev.rtcdiag.parsers;

import dev.rtcdiag.parsers.spi.MalformedReason;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A {@code .gz} input (detected by its magic bytes, not its name) decompressed with a bound: the
 * output may not exceed {@code maxBytes}, nor {@code maxRatio} times the compressed bytes read once
 * past 1 MiB (a gzip bomb). A cut-off or corrupt stream ends early instead of throwing. Either way
 * the reason is kept in {@link #problem()} so that the caller reports it as a malformed event; all
 * the text before it is still read.
 */
final class GzipInput extends dev.rtcdiag.parsers.spi.BlockInputStream {

    private final CountingInputStream compressed;
    private final InputStream source;
    private InputStream inflated;
    private final long maxBytes;
    private final long maxRatio;
    private long produced;
    private MalformedReason problem;
    private String problemMessage = "";

    GzipInput(InputStream source, CountingInputStream compressed, long maxBytes, int maxRatio) {
        this.compressed = compressed;
        this.source = source;
        this.maxBytes = maxBytes;
        this.maxRatio = maxRatio;
    }

    MalformedReason problem() {
        return problem;
    }

    String problemMessage() {
        return problemMessage;
    }

    long produced() {
        return produced;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (problem != null) {
            return -1;
        }
        int n;
        try {
            if (inflated == null) {
                inflated = new GZIPInputStream(source, 65_536); // reads the header: may fail like any later read
            }
            n = inflated.read(b, off, len);
        } catch (EOFException e) {
            problem = MalformedReason.TRUNCATED;
            problemMessage = "compressed input is cut off after " + produced + " decompressed bytes";
            return -1;
        } catch (ZipException e) {
            problem = MalformedReason.TRUNCATED;
            problemMessage = "compressed input is corrupt after " + produced + " decompressed bytes: " + e.getMessage();
            return -1;
        }
        if (n > 0) {
            // Hand out the bytes up to a bound; the next read then ends the stream.
            if (produced + n > maxBytes) {
                n = (int) (maxBytes - produced);
                problem = MalformedReason.LIMIT_EXCEEDED;
                problemMessage = "decompressed size exceeds maxDecompressedBytes " + maxBytes + "; rest skipped";
            } else if (produced + n > (1 << 20) && produced + n > maxRatio * Math.max(1, compressed.count())) {
                problem = MalformedReason.LIMIT_EXCEEDED;
                problemMessage = "compression ratio above " + maxRatio + " (a gzip bomb?); stopped after " + (produced + n) + " bytes";
            }
            produced += n;
            return n == 0 && problem != null ? -1 : n;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        if (inflated != null) {
            inflated.close();
        } else {
            source.close();
        }
    }
}
