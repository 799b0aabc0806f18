package dev.rtcdiag.parsers.spi;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Splits a byte stream into {@link Line}s with exact line numbers and byte offsets, in constant
 * memory: at most one buffer plus one line of {@link ParserConfig#maxLineLength()} bytes.
 *
 * <ul>
 *   <li>Terminators: LF, CRLF and a lone CR all end a line (old Mac and some Windows tools write CR only).</li>
 *   <li>A UTF-8 byte-order mark at the start is skipped (offsets still count it).</li>
 *   <li>Charsets: unless {@link ParserConfig#charset()} forces one, each line is decoded as UTF-8 when
 *       it is valid UTF-8, otherwise as Windows-1251 when its high bytes form Cyrillic-looking words
 *       (runs of three or more), otherwise as ISO-8859-1. Deciding per line keeps a file that mixes
 *       UTF-8 and a legacy charset readable without corrupting either part.</li>
 *   <li>A line longer than the limit is cut there and flagged {@link Line#truncated()}; the rest of it is skipped.</li>
 * </ul>
 * Not thread-safe; one reader per input.
 */
public final class LineReader implements Closeable {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final InputStream in;
    private final int maxLineLength;
    private final Charset forced;
    private final byte[] buf = new byte[65_536];
    private int pos;
    private int limit;
    private boolean eof;
    private byte[] line = new byte[512];
    private int lineLen;
    private long offset;
    private long lineNumber;
    private boolean bomChecked;
    private final EnvelopeStack envelopes;
    /** Further lines one physical line held (an envelope that encodes line ends), handed out before the next read. */
    private final java.util.ArrayDeque<Line> unwrapped = new java.util.ArrayDeque<>();

    /** Reads lines from {@code in} under the limits of {@code config}. */
    public LineReader(InputStream in, ParserConfig config) {
        this(in, config, EnvelopeStack.NONE);
    }

    /**
     * Reads lines from {@code in} under the limits of {@code config} and takes the {@code envelopes} off
     * each (paste artefacts, log shippers' prefixes); numbers and offsets stay those of the input.
     */
    public LineReader(InputStream in, ParserConfig config, EnvelopeStack envelopes) {
        this.in = Objects.requireNonNull(in, "in");
        this.maxLineLength = config.maxLineLength();
        this.forced = config.charset().orElse(null);
        this.envelopes = Objects.requireNonNull(envelopes, "envelopes");
    }

    /** The envelopes taken off each line. */
    public EnvelopeStack envelopes() {
        return envelopes;
    }

    /** The number of the last line returned (0 before the first). */
    public long lineNumber() {
        return lineNumber;
    }

    /** Bytes consumed so far. */
    public long bytesRead() {
        return offset;
    }

    /**
     * The next line, or {@code null} at the end of the input.
     *
     * @throws IOException if reading fails
     */
    public Line next() throws IOException {
        if (!unwrapped.isEmpty()) {
            return unwrapped.poll();
        }
        Line raw = nextRaw();
        if (raw == null || envelopes.isEmpty() || raw.binary()) {
            return raw;
        }
        java.util.List<String> parts = envelopes.unwrap(raw.text());
        for (int i = 1; i < parts.size(); i++) {
            unwrapped.add(new Line(parts.get(i), raw.number(), raw.byteOffset(), raw.byteLength(), raw.truncated(), raw.encoding(), false));
        }
        return parts.size() == 1 && parts.get(0) == raw.text() ? raw
                : new Line(parts.isEmpty() ? "" : parts.get(0), raw.number(), raw.byteOffset(), raw.byteLength(), raw.truncated(), raw.encoding(), false);
    }

    private Line nextRaw() throws IOException {
        if (!bomChecked) {
            skipBom();
        }
        long start = offset;
        lineLen = 0;
        long byteLength = 0;
        boolean any = false;
        while (true) {
            if (pos >= limit && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int i = pos;
            int end = limit;
            byte[] b = buf;
            while (i < end && b[i] != '\n' && b[i] != '\r') {
                i++;
            }
            int chunk = i - pos;
            append(b, pos, chunk);
            byteLength += chunk;
            offset += chunk;
            pos = i;
            if (i < end) {
                byte term = b[i];
                pos++;
                offset++;
                if (term == '\r') {
                    if (pos >= limit) {
                        fill();
                    }
                    if (pos < limit && buf[pos] == '\n') {
                        pos++;
                        offset++;
                    }
                }
                break;
            }
        }
        lineNumber++;
        boolean truncated = byteLength > lineLen;
        return decode(start, byteLength, truncated);
    }

    private void skipBom() throws IOException {
        bomChecked = true;
        while (limit - pos < 3 && !eof) {
            if (!fillMore()) {
                break;
            }
        }
        if (limit - pos >= 3 && (buf[pos] & 0xFF) == 0xEF && (buf[pos + 1] & 0xFF) == 0xBB && (buf[pos + 2] & 0xFF) == 0xBF) {
            pos += 3;
            offset += 3;
        }
    }

    /** Refills the empty buffer; false at end of input. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        pos = 0;
        limit = 0;
        return fillMore();
    }

    /** Appends more bytes after {@code limit}; false at end of input. */
    private boolean fillMore() throws IOException {
        if (pos > 0 && pos == limit) {
            pos = 0;
            limit = 0;
        }
        int n;
        do {
            n = in.read(buf, limit, buf.length - limit);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    private void append(byte[] src, int from, int len) {
        int room = maxLineLength - lineLen;
        int n = Math.min(room, len);
        if (n <= 0) {
            return;
        }
        if (lineLen + n > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineLength, Math.max(line.length * 2, lineLen + n)));
        }
        System.arraycopy(src, from, line, lineLen, n);
        lineLen += n;
    }

    private Line decode(long start, long byteLength, boolean truncated) {
        byte[] b = line;
        int n = lineLen;
        boolean ascii = true;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i];
            if (c < 0) {
                ascii = false;
            } else if (c < 0x20 && c != '\t' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        boolean binary = control > 0 && (control * 10 >= n || hasNul(b, n));
        if (forced != null) {
            return new Line(new String(b, 0, n, forced), lineNumber, start, byteLength, truncated, Line.LineEncoding.FORCED, binary);
        }
        if (ascii) {
            return new Line(new String(b, 0, n, StandardCharsets.ISO_8859_1), lineNumber, start, byteLength, truncated, Line.LineEncoding.ASCII, binary);
        }
        // A line cut in the middle of a multi-byte character is still UTF-8: ignore an incomplete tail.
        int valid = utf8Prefix(b, n);
        if (valid == n || (truncated && n - valid < 4)) {
            return new Line(new String(b, 0, valid, StandardCharsets.UTF_8), lineNumber, start, byteLength, truncated, Line.LineEncoding.UTF_8, binary);
        }
        if (looksCyrillic(b, n)) {
            return new Line(new String(b, 0, n, WINDOWS_1251), lineNumber, start, byteLength, truncated, Line.LineEncoding.WINDOWS_1251, binary);
        }
        return new Line(new String(b, 0, n, StandardCharsets.ISO_8859_1), lineNumber, start, byteLength, truncated, Line.LineEncoding.ISO_8859_1, binary);
    }

    private static boolean hasNul(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Length of the longest valid UTF-8 prefix (RFC 3629: no overlongs, no surrogates, max U+10FFFF). */
    static int utf8Prefix(byte[] b, int n) {
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + need >= n) {
                return i;
            }
            int cp = c & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return i;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return i;
            }
            i += need + 1;
        }
        return n;
    }

    /** Cyrillic in Windows-1251 puts whole words in 0xC0–0xFF; Latin-1 accents stand alone between ASCII letters. */
    private static boolean looksCyrillic(byte[] b, int n) {
        int high = 0;
        int inRuns = 0;
        int run = 0;
        for (int i = 0; i <= n; i++) {
            int c = i < n ? b[i] & 0xFF : 0;
            if (c >= 0xC0 || c == 0xA8 || c == 0xB8) {
                high++;
                run++;
            } else {
                if (run >= 3) {
                    inRuns += run;
                }
                run = 0;
            }
        }
        return high > 0 && inRuns * 2 > high;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
