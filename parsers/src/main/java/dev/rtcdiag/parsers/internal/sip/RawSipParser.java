package dev.rtcdiag.parsers.internal.sip;

import dev.rtcdiag.parsers.internal.sip.SipEvents.Frame;
import dev.rtcdiag.parsers.sip.SipParser;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.LogInput;
import dev.rtcdiag.parsers.spi.LogParseException;
import dev.rtcdiag.parsers.spi.LogParser;
import dev.rtcdiag.parsers.spi.MalformedReason;
import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.spi.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * Files of bare SIP messages, one after another (a datagram dump, an RFC 4475 {@code .dat} file):
 * parsed from the bytes, so bodies with NUL or bare CR/LF are framed exactly by Content-Length.
 * Text between messages becomes {@code log} events. The buffer holds at most one message plus one
 * read chunk ({@link ParserConfig#maxSipMessageBytes()}); a longer message is reported
 * {@link MalformedReason#TOO_LONG} and skipped to the next start line.
 */
public final class RawSipParser implements LogParser {

    private final LogInput input;
    private final String source;
    private final String format;
    private final ParserConfig config;
    private final InputStream in;
    private final ArrayDeque<LogEvent> pending = new ArrayDeque<>();
    private byte[] buf;
    private int start;
    private int end;
    private boolean eof;
    private boolean finished;
    private long line = 1;
    private long offset;

    public RawSipParser(LogInput input, ParserConfig config, String format) {
        this.input = input;
        this.source = input.name();
        this.format = format;
        this.config = config;
        this.in = input.stream();
        this.buf = new byte[Math.min(config.maxSipMessageBytes() + 65_536, 1 << 20)];
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && !finished) {
            try {
                step();
            } catch (IOException e) {
                close();
                throw new UncheckedIOException("cannot read " + source, e);
            }
        }
        return !pending.isEmpty();
    }

    @Override
    public LogEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.poll();
    }

    private void emit(LogEvent e) {
        if (e.isMalformed() && config.strict()) {
            throw new LogParseException(e);
        }
        pending.add(e);
    }

    private void step() throws IOException {
        fill();
        skipBlank();
        if (start >= end) {
            if (eof) {
                finished = true;
                close();
            }
            return;
        }
        int eol = lineEnd(start);
        if (eol < 0 && !eof && end - start < buf.length) {
            fill();
            return;
        }
        int firstLineEnd = eol < 0 ? end : eol;
        String first = new String(buf, start, firstLineEnd - start, StandardCharsets.UTF_8).strip();
        if (!SipTextExtractor.isStartLine(first)) {
            emitText(firstLineEnd);
            return;
        }
        int headerEnd = headerEnd(start);
        int length = headerEnd < 0 ? 0 : contentLength(start, headerEnd);
        int limit = end;
        if (headerEnd < 0 || length < 0) {
            // no end of headers, or a Content-Length that frames nothing (negative, not a number): the message
            // ends where the next one starts, so that one bad header cannot swallow the messages after it
            int next = nextStartLine(firstLineEnd);
            if (next < 0 && !eof && end - start < config.maxSipMessageBytes()) {
                return; // wait for more data
            }
            if (next >= 0) {
                limit = next;
            }
            if (length < 0) {
                emit(LogEvent.malformed(new SourcePosition(source, line, offset), format, MalformedReason.BAD_SYNTAX,
                        "Content-Length is negative or not a number; the message is framed by the next start line", first));
            } else if (next < 0 && end - start >= config.maxSipMessageBytes()) {
                tooLong();
                return;
            }
        } else if (headerEnd + length - start > end - start && !eof) {
            if (end - start >= config.maxSipMessageBytes()) {
                tooLong();
            }
            return; // wait for more data
        }
        SipParser.Result r = SipParser.parse(buf, start, limit - start, config.maxSipMessageBytes());
        int used = Math.max(1, r.consumed());
        String raw = new String(buf, start, Math.min(used, config.maxExcerptLength()), StandardCharsets.UTF_8);
        SourcePosition position = new SourcePosition(source, line, offset);
        int lines = countLines(start, start + used);
        emit(SipEvents.toEvent(r.message(), position, format, Frame.none("raw"), raw.replace("\r\n", "\n"), Math.max(1, lines)));
        advance(start + used);
    }

    private void emitText(int lineEnd) {
        String text = new String(buf, start, lineEnd - start, StandardCharsets.UTF_8);
        SourcePosition position = new SourcePosition(source, line, offset);
        boolean binary = text.chars().anyMatch(c -> c == 0);
        if (binary) {
            emit(LogEvent.malformed(position, format, MalformedReason.BAD_ENCODING, "binary data between SIP messages", ""));
        } else {
            emit(LogEvent.builder(position, format).kind(EventKind.LOG).message(text.strip()).raw(text).build());
        }
        int next = lineEnd;
        if (next < end && buf[next] == '\r') {
            next++;
        }
        if (next < end && buf[next] == '\n') {
            next++;
        }
        advance(next);
    }

    private void tooLong() {
        emit(LogEvent.malformed(new SourcePosition(source, line, offset), format, MalformedReason.TOO_LONG,
                "SIP message longer than maxSipMessageBytes " + config.maxSipMessageBytes(), ""));
        int eol = lineEnd(start);
        advance(eol < 0 ? end : eol + 1);
        while (true) { // resynchronise at the next start line
            skipBlank();
            int e = lineEnd(start);
            if (e < 0) {
                advance(end);
                return;
            }
            if (SipTextExtractor.isStartLine(new String(buf, start, e - start, StandardCharsets.UTF_8).strip())) {
                return;
            }
            advance(e + 1);
        }
    }

    private void advance(int to) {
        line += countLines(start, to);
        offset += to - start;
        start = to;
    }

    private int countLines(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n' || (buf[i] == '\r' && (i + 1 >= end || buf[i + 1] != '\n'))) {
                n++;
            }
        }
        return n;
    }

    private void skipBlank() {
        int i = start;
        while (i < end && (buf[i] == '\r' || buf[i] == '\n')) {
            i++;
        }
        advance(i);
    }

    private int lineEnd(int from) {
        for (int i = from; i < end; i++) {
            if (buf[i] == '\n' || buf[i] == '\r') {
                return i;
            }
        }
        return -1;
    }

    private int headerEnd(int from) {
        for (int i = from; i < end; i++) {
            if (buf[i] == '\n') {
                if (i + 1 < end && buf[i + 1] == '\n') {
                    return i + 2;
                }
                if (i + 2 < end && buf[i + 1] == '\r' && buf[i + 2] == '\n') {
                    return i + 3;
                }
            }
        }
        return -1;
    }

    /** The first line after {@code from} (a line end) that is a SIP start line: its start, or -1 when none is buffered. */
    private int nextStartLine(int from) {
        int i = from;
        while (i < end) {
            while (i < end && (buf[i] == '\r' || buf[i] == '\n')) {
                i++;
            }
            int e = lineEnd(i);
            if (e < 0) {
                return eof && i < end && SipTextExtractor.isStartLine(new String(buf, i, end - i, StandardCharsets.UTF_8).strip()) ? i : -1;
            }
            if (e - i >= 10 && e - i < 4096 && SipTextExtractor.isStartLine(new String(buf, i, e - i, StandardCharsets.UTF_8).strip())) {
                return i;
            }
            i = e + 1;
        }
        return -1;
    }

    /** The Content-Length of the headers in [from, to): its value, 0 when absent, -1 when negative or not a number. */
    private int contentLength(int from, int to) {
        for (String l : new String(buf, from, to - from, StandardCharsets.ISO_8859_1).split("\r?\n")) {
            int colon = l.indexOf(':');
            if (colon > 0) {
                String name = l.substring(0, colon).strip();
                if (name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("l")) {
                    String v = l.substring(colon + 1).strip();
                    return !v.isEmpty() && v.length() <= 9 && v.chars().allMatch(Character::isDigit) ? Integer.parseInt(v) : -1;
                }
            }
        }
        return 0;
    }

    private void fill() throws IOException {
        if (eof) {
            return;
        }
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buf.length) {
            return;
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    @Override
    public void close() {
        finished = true;
        try {
            input.close();
        } catch (IOException e) {
            // read-only input; nothing lost
        }
        buf = Arrays.copyOf(buf, 0);
        start = end = 0;
    }
}
