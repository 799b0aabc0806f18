package dev.rtcdiag.parsers.internal.text;

import dev.rtcdiag.parsers.spi.Detection;
import dev.rtcdiag.parsers.spi.DetectionInput;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.LogFormatProvider;
import dev.rtcdiag.parsers.spi.LogInput;
import dev.rtcdiag.parsers.spi.LogParser;
import dev.rtcdiag.parsers.spi.MalformedReason;
import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.spi.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.NoSuchElementException;

/**
 * Binary input that no format claims (an image, an archive, a core dump): one
 * {@link MalformedReason#BAD_ENCODING} event that says so and how large it is, instead of thousands
 * of garbage lines.
 */
public final class BinaryFormatProvider implements LogFormatProvider {

    /** The format id. */
    public static final String ID = "binary";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "binary data that is not a log: reported once as malformed (bad encoding) with its size";
    }

    @Override
    public String detectionSummary() {
        return "NUL bytes, or more than 10% control bytes, in the first kilobytes";
    }

    @Override
    public Detection detect(DetectionInput input) {
        return looksBinary(input.bytes()) ? Detection.match(Detection.PRIORITY_WEAK) : Detection.noMatch();
    }

    /** NUL bytes or many control bytes (not tab, CR, LF, FF, ESC) mean binary. */
    public static boolean looksBinary(ByteBuffer bytes) {
        int n = Math.min(bytes.remaining(), 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = bytes.get(bytes.position() + i) & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    @Override
    public LogParser open(LogInput input, ParserConfig config) {
        return new LogParser() {
            private long size = -1;
            private boolean taken;

            @Override
            public boolean hasNext() {
                if (size < 0) {
                    size = drain(input.stream());
                    close();
                }
                return size > 0 && !taken;
            }

            @Override
            public LogEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                taken = true;
                return LogEvent.malformed(new SourcePosition(input.name(), 1, 0), ID, MalformedReason.BAD_ENCODING,
                        "binary data (" + size + " bytes), not a log format rtcdiag reads", "");
            }

            @Override
            public void close() {
                try {
                    input.close();
                } catch (IOException e) {
                    // read-only input; nothing lost
                }
            }
        };
    }

    private static long drain(InputStream in) {
        byte[] b = new byte[65_536];
        long n = 0;
        try {
            for (int r; (r = in.read(b)) >= 0; ) {
                n += r;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }
}
