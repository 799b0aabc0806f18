package dev.rtcdiag.parsers;

import dev.rtcdiag.parsers.spi.Detection;
import dev.rtcdiag.parsers.spi.DetectionInput;
import dev.rtcdiag.parsers.spi.Line;
import dev.rtcdiag.parsers.spi.LineReader;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.LogFormatProvider;
import dev.rtcdiag.parsers.spi.LogInput;
import dev.rtcdiag.parsers.spi.LogParser;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads an input that may concatenate several sources, region by region, the way Apache Tika treats a
 * container: the bytes go through unchanged to the parser of the current region's format; where a
 * block after a blank line is in another format than the region before it, that region ends (its
 * parser sees the end of its input and closes its records) and a new one begins with that block's
 * format and envelopes. Events carry positions in the whole input.
 *
 * <p>A block starts a region when another format's detector claims it and the current one's does not,
 * or when it is plain text in another wrapping than the region (syslog lines after a FreeSWITCH
 * excerpt). A block no detector claims stays in its region: a format's own blocks that its detector
 * does not know (a SIP trace in a session log, a stack trace) are still that format's.
 *
 * <p>A region is never split inside a record its parser holds open (a SIP message's body after its
 * blank line, an entry's continuation lines), and never into a SIP trace format: the text reader finds
 * SIP messages in every framing. Checking a block costs a detection over at most {@value #LOOKAHEAD}
 * bytes; a block whose first line has the shape of one already checked in the region (digits, letters
 * and punctuation of its first {@value #SHAPE} characters) is not checked again, at most
 * {@value #MAX_CHECKS} blocks are checked per region and {@value #MAX_REGIONS} regions made per input,
 * so memory and time stay bounded on any input.
 */
final class RegionParser implements LogParser {

    static final int LOOKAHEAD = 65_536;
    static final int MAX_CHECKS = 256;
    static final int MAX_REGIONS = 64;
    static final int SHAPE = 12;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RegionParser.class);

    private final Parsers parsers;
    private final String name;
    private final ParserConfig config;
    private final InputStream in;
    private final byte[] buf = new byte[2 * LOOKAHEAD];
    private int pos;
    private int limit;
    private boolean eof;
    /** Input offset of {@code buf[pos]}, and the number of the line that holds it. */
    private long offset;
    private long lineNumber = 1;
    private boolean atLineStart = true;
    private boolean lineBlank = true;
    private boolean previousBlank;

    private final List<Region> regions = new ArrayList<>();
    private LogFormatProvider provider;
    private Region region;
    private LogParser current;
    private RegionStream stream;
    private final Set<String> shapes = new HashSet<>();
    private int checks;
    private Parsers.Detected next;
    private boolean closed;

    RegionParser(Parsers parsers, String name, InputStream in, ParserConfig config, Parsers.Detected first) {
        this.parsers = parsers;
        this.name = name;
        this.config = config;
        this.in = in;
        open(first);
    }

    /** The regions read so far, in input order. */
    List<Region> regions() {
        return List.copyOf(regions);
    }

    private void open(Parsers.Detected d) {
        provider = d.provider();
        region = new Region(lineNumber, offset, provider.id(), d.envelopes());
        regions.add(region);
        shapes.clear();
        checks = 0;
        stream = new RegionStream();
        try {
            current = provider.open(new LogInput(name, stream, d.envelopes()), config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        if (regions.size() > 1) {
            LOG.debug("{}: line {} starts a region in format {}, envelopes [{}]", name, lineNumber, provider.id(), d.envelopes().describe());
        }
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (next == null) {
                return false;
            }
            current.close();
            Parsers.Detected d = next;
            next = null;
            open(d);
        }
        return true;
    }

    @Override
    public LogEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next().shifted(region.line() - 1, region.byteOffset());
    }

    @Override
    public boolean inRecord() {
        return current.inRecord();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        current.close();
        try {
            in.close();
        } catch (IOException e) {
            // closing a read-only input cannot lose data
        }
    }

    /** Moves unread bytes to the front and reads more; false when nothing more can be read. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            return false;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    /** Reads ahead until {@code want} bytes from {@code pos} are buffered or the input ends. */
    private void ensure(int want) throws IOException {
        while (limit - pos < want && fill()) {
            // keep reading
        }
    }

    /**
     * At the first line of a block after a blank line: the detection of that block when it starts a new
     * region, else {@code null}.
     */
    private Parsers.Detected boundary() throws IOException {
        if (checks >= MAX_CHECKS || regions.size() >= MAX_REGIONS || current.inRecord()) {
            return null;
        }
        ensure(LOOKAHEAD);
        int end = blockEnd();
        if (end == pos) {
            return null; // another blank line, or the end
        }
        byte[] block = Arrays.copyOfRange(buf, pos, end);
        List<String> lines = lines(block);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return null;
        }
        String shape = shape(lines.get(0));
        if (shapes.contains(shape)) {
            return null;
        }
        checks++;
        Parsers.Detected d = parsers.detect(name, block, eof && end == limit, config, null);
        boolean text = region.format().equals("text");
        boolean currentClaims = !text && claims(provider, block, lines);
        // another format that claims the block; or plain text in other wrapping (syslog lines after a FreeSWITCH
        // excerpt), never plain text alone: blocks a format's detector does not know (a SIP trace in a session log,
        // a stack trace) are still that format's
        boolean otherFormat = d.priority() >= Detection.PRIORITY_NORMAL;
        boolean otherWrapping = !text && d.priority() <= Detection.PRIORITY_FALLBACK && !d.envelopes().isEmpty()
                && !d.envelopes().equals(region.envelopes());
        boolean other = d.provider() != provider && !d.provider().id().startsWith("sip.") && !currentClaims && (otherFormat || otherWrapping);
        if (!other) {
            if (shapes.size() < 64) {
                shapes.add(shape);
            }
            return null;
        }
        return d;
    }

    /** Whether a provider's detector matches the block, read as is and through the current region's envelopes. */
    private boolean claims(LogFormatProvider p, byte[] block, List<String> lines) {
        List<String> unwrapped = new ArrayList<>();
        for (String l : lines) {
            unwrapped.addAll(region.envelopes().unwrap(l));
        }
        for (List<String> candidate : List.of(lines, unwrapped)) {
            try {
                if (p.detect(new DetectionInput(name, ByteBuffer.wrap(block), candidate, false)) instanceof Detection.Match) {
                    return true;
                }
            } catch (RuntimeException e) {
                return false;
            }
        }
        return false;
    }

    /** The end of the block that starts at {@code pos}: before its next blank line, or the end of what is buffered. */
    private int blockEnd() {
        int i = pos;
        boolean blank = true;
        int lineStart = pos;
        while (i < limit) {
            byte c = buf[i];
            if (c == '\n' || c == '\r') {
                if (blank) {
                    return lineStart;
                }
                i++;
                if (c == '\r' && i < limit && buf[i] == '\n') {
                    i++;
                }
                lineStart = i;
                blank = true;
                continue;
            }
            if (c != ' ' && c != '\t') {
                blank = false;
            }
            i++;
        }
        return blank ? lineStart : limit;
    }

    private List<String> lines(byte[] block) throws IOException {
        List<String> out = new ArrayList<>();
        try (LineReader r = new LineReader(new ByteArrayInputStream(block), config.withMaxLineLength(Math.min(config.maxLineLength(), 8192)))) {
            for (Line l; (l = r.next()) != null && out.size() < 500; ) {
                out.add(l.text());
            }
        }
        return out;
    }

    /** The first characters of a line as classes: {@code 2021-04-02 17:28} is {@code 9-9-9 9:9}, {@code Jul 20} is {@code Aa 9}. */
    static String shape(String line) {
        StringBuilder sb = new StringBuilder(SHAPE);
        char last = 0;
        for (int i = 0; i < line.length() && i < SHAPE; i++) {
            char c = line.charAt(i);
            char k = Character.isDigit(c) ? '9' : Character.isUpperCase(c) ? 'A' : Character.isLetter(c) ? 'a' : c;
            if (k != last || !(k == '9' || k == 'a' || k == 'A')) {
                sb.append(k);
            }
            last = k;
        }
        return sb.toString();
    }

    /** The current region's bytes as they are; it ends where the next region begins. */
    private final class RegionStream extends dev.rtcdiag.parsers.spi.BlockInputStream {
        private boolean ended;
        private boolean fresh = true;
        private boolean lastWasCr;

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (ended || len == 0) {
                return ended ? -1 : 0;
            }
            if (pos >= limit && !fill()) {
                return -1;
            }
            if (lastWasCr) {
                lastWasCr = false;
                if (buf[pos] == '\n') {
                    // the LF of a CR LF: its own read, so that the line is parsed before the next block is looked at
                    b[off] = '\n';
                    advance(pos + 1);
                    return 1;
                }
            }
            if (atLineStart && previousBlank && !fresh) {
                Parsers.Detected d = boundary();
                if (d != null) {
                    next = d;
                    ended = true;
                    return -1;
                }
            }
            int n = 0;
            while (n < len) {
                if (pos >= limit && !fill()) {
                    break;
                }
                int i = pos;
                int end = Math.min(limit, pos + (len - n));
                while (i < end && buf[i] != '\n' && buf[i] != '\r') {
                    i++;
                }
                if (lineBlank) {
                    for (int k = pos; k < i; k++) {
                        if (buf[k] != ' ' && buf[k] != '\t') {
                            lineBlank = false;
                            break;
                        }
                    }
                }
                if (i == end) {
                    copy(b, off + n, i);
                    n += i - pos;
                    advance(i);
                    atLineStart = false;
                    continue;
                }
                copy(b, off + n, i + 1); // the content and one terminator byte (LineReader takes CR, LF or CR LF as one end)
                n += i + 1 - pos;
                lastWasCr = buf[i] == '\r';
                advance(i + 1);
                lineNumber++;
                previousBlank = lineBlank;
                lineBlank = true;
                atLineStart = true;
                if (previousBlank || lastWasCr) {
                    break; // the next line may start another region: decided on a later call, once the parser has caught up
                }
            }
            if (n > 0) {
                fresh = false;
            }
            return n > 0 ? n : -1;
        }

        private void copy(byte[] b, int at, int to) {
            System.arraycopy(buf, pos, b, at, to - pos);
        }

        private void advance(int to) {
            offset += to - pos;
            pos = to;
        }

        @Override
        public void close() {
            ended = true; // the region's parser is done with it; the input goes on for the next region
        }
    }
}
