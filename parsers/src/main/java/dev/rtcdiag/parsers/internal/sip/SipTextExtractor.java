package dev.rtcdiag.parsers.internal.sip;

import dev.rtcdiag.parsers.internal.sip.SipEvents.Frame;
import dev.rtcdiag.parsers.sip.SipParser;
import dev.rtcdiag.parsers.spi.Line;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.MalformedReason;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Finds SIP messages inside text logs, line by line, and emits one event per message. Each tool's
 * framing is a small class of its own ({@link SipFraming}: {@link SippFraming}, {@link FreeSwitchFraming},
 * {@link AsteriskPjsipFraming}, {@link AsteriskChanSipFraming}, {@link KamailioSipdumpFraming},
 * {@link VoximplantFraming}, {@link BroadWorksFraming}); this class reads the message the same way for
 * all of them ({@code IANA SIP registry; RFC 3261} section 5):
 * <ul>
 *   <li>SIPp {@code -trace_msg}: a line of 47 dashes and a time, then {@code UDP message sent (N bytes):}
 *       or {@code … message received [N] bytes :}, an empty line, the message;</li>
 *   <li>FreeSWITCH siptrace: {@code recv|send N bytes from|to udp/[ip]:port at HH:MM:SS.uuuuuu:} and a
 *       72-dash line; before 2019 every line is indented by three spaces and a closing dash line ends it;</li>
 *   <li>Asterisk {@code pjsip set logger}: {@code <--- Transmitting|Received SIP request|response (N bytes) to|from UDP:ip:port --->};
 *       legacy chan_sip: {@code <--- SIP read from …--->} … {@code <------------->} and {@code Transmitting (NAT) to …:} … {@code ---};</li>
 *   <li>Kamailio sipdump: {@code ====================}, {@code key: value} lines, {@code ~~~~~~~~~~~~~~~~~~~~},
 *       the message, {@code ||||||||||||||||||||};</li>
 *   <li>Voximplant: {@code -----BEGIN SIP TRACE id} … {@code date time  Sent:|Received:} … {@code -----END SIP TRACE id};</li>
 *   <li>BroadWorks XSLog: a body line {@code udp 1128 SIP Bytes OUT to 10.48.93.128:5060} followed by the
 *       message indented by four spaces (older builds: {@code udp 420 Bytes OUT to ip:port SIP/2.0 600 …} on one line);</li>
 *   <li>anywhere else: a bare SIP start line begins a message (generic fallback).</li>
 * </ul>
 * A message ends at the empty line after its headers plus Content-Length bytes of body, at a framing
 * end marker, or at the next timestamped log line. It is rebuilt with CRLF line ends and given to
 * {@link SipParser}. Memory is bounded by {@link ParserConfig#maxRecordLines()} and
 * {@link ParserConfig#maxSipMessageBytes()}.
 */
public final class SipTextExtractor {

    static final Pattern LOG_RECORD_START = Pattern.compile("^\\[?\\d{4}[-.]\\d{2}[-.]\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}");
    /** Lines between a frame's header and its message before the frame is given up (blank and dash lines). */
    private static final int MAX_FRAMING_LINES = 4;
    /** Lines a framing's header block may take ({@code sipdump}'s key: value lines). */
    private static final int MAX_HEADER_BLOCK_LINES = 30;

    private enum State { IDLE, AFTER_MARKER, HEADER_BLOCK, HEADERS, BODY }

    private final String source;
    private final String format;
    private final ParserConfig config;
    private final Consumer<LogEvent> sink;
    private final FrameClock clock;
    /** Every framing, in the order their headers are tried. */
    private final List<SipFraming> framings;
    /** Bare start lines anywhere. */
    private final SipFraming generic = new SipFraming("generic") {
        @Override
        Frame open(String text) {
            return null;
        }

        @Override
        boolean opens(String text) {
            return false;
        }
    };
    private State state = State.IDLE;
    private SipFraming framing = generic;
    private Frame frame;
    private int markerLines;
    private final List<String> header = new ArrayList<>();
    private final List<String> body = new ArrayList<>();
    private Line first;
    private int lineCount;
    private long headerBytes;
    private long bodyBytes;
    private long contentLength = -1;

    /** Emits events for the messages of one input to {@code sink}. */
    public SipTextExtractor(String source, String format, ParserConfig config, Consumer<LogEvent> sink) {
        this.source = source;
        this.format = format;
        this.config = config;
        this.sink = sink;
        this.clock = new FrameClock(config.zone(), config.date().orElse(null));
        this.framings = List.of(new BroadWorksFraming(), new SippFraming(clock), new VoximplantFraming(clock), new FreeSwitchFraming(clock),
                new AsteriskPjsipFraming(clock), new AsteriskChanSipFraming(clock), new KamailioSipdumpFraming());
    }

    /** The first line of the record being read (a frame or a message), or {@link Long#MAX_VALUE} when none. */
    public long openSince() {
        return state == State.IDLE || first == null ? Long.MAX_VALUE : first.number();
    }

    /** Tells the extractor the day of the latest dated log line, for framings that print only a time (FreeSWITCH). */
    public void seenDate(LocalDate date) {
        clock.seenDate(date);
    }

    /**
     * Offers a line. Returns {@code true} when the line belongs to SIP framing or a SIP message (and
     * is accounted for in an event), {@code false} when the caller should treat it as an ordinary line.
     */
    public boolean accept(Line line) {
        String text = line.text();
        return switch (state) {
            case IDLE -> idle(line, text);
            case AFTER_MARKER -> afterMarker(line, text);
            case HEADER_BLOCK -> headerBlock(line, text);
            case HEADERS -> headers(line, text);
            case BODY -> body(line, text);
        };
    }

    /** Ends the input: a message still open is emitted if it has its headers, else reported truncated. */
    public void finish() {
        if (state == State.HEADERS || state == State.BODY) {
            flush(contentLength > 0 && bodyBytes < contentLength);
        }
        state = State.IDLE;
    }

    private boolean idle(Line line, String text) {
        if (framing != generic && framing.closes(framing.messageText(text))) {
            return closeFrame(); // closing marker of a message that ended at its Content-Length
        }
        if (startsFrame(line, text)) {
            return true;
        }
        if (isStartLine(text.strip())) {
            framing = generic;
            frame = Frame.none(generic.id());
            begin(line, text.strip());
            return true;
        }
        return false;
    }

    /** Recognises a framing's header line; sets up the frame and returns {@code true}. */
    private boolean startsFrame(Line line, String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (SipFraming f : framings) {
            Frame opened = f.open(text);
            if (opened == null) {
                continue;
            }
            framing = f;
            frame = opened;
            first = line;
            lineCount = 1;
            markerLines = 0;
            if (f.opened() == SipFraming.Opens.HEADER_BLOCK) {
                state = State.HEADER_BLOCK;
                return true;
            }
            state = State.AFTER_MARKER;
            String startLine = f.startLineOnHeader();
            if (startLine != null) {
                begin(line, startLine);
            }
            return true;
        }
        return false;
    }

    private boolean afterMarker(Line line, String text) {
        framing.afterHeader(text);
        String s = framing.framingText(text).strip();
        Frame refined = framing.framingLine(s, frame, markerLines);
        if (refined != null) {
            frame = refined;
            markerLines++;
            return true;
        }
        if (s.isEmpty() || s.equals(FreeSwitchFraming.DASHES)) {
            if (++markerLines > MAX_FRAMING_LINES) {
                state = State.IDLE;
            }
            return true;
        }
        if (isStartLine(s)) {
            begin(line, s);
            return true;
        }
        if (framing.endsBlock(text)) {
            return closeFrame();
        }
        Frame again = framing.reopen(text);
        if (again != null) {
            frame = again;
            first = line;
            lineCount = 1;
            markerLines = 0;
            return true;
        }
        // The framing promised a message that is not there: report it and let the line be read normally.
        state = State.IDLE;
        sink.accept(LogEvent.malformed(first.position(source), format, MalformedReason.BAD_SYNTAX,
                framing.id() + " frame header without a SIP message after it", first.text()));
        return startsFrame(line, text);
    }

    private boolean headerBlock(Line line, String text) {
        lineCount++;
        Frame done = framing.headerLine(text);
        if (done != null) {
            frame = done;
            state = State.AFTER_MARKER;
            markerLines = 0;
            return true;
        }
        if (lineCount > MAX_HEADER_BLOCK_LINES) {
            state = State.IDLE;
            sink.accept(LogEvent.malformed(first.position(source), format, MalformedReason.BAD_SYNTAX, framing.incompleteHeader(), first.text()));
        }
        return true;
    }

    private void begin(Line line, String startLine) {
        header.clear();
        body.clear();
        header.add(startLine);
        headerBytes = line.byteLength() + 2;
        bodyBytes = 0;
        contentLength = -1;
        if (state != State.AFTER_MARKER) {
            first = line;
            lineCount = 0;
        }
        lineCount++;
        state = State.HEADERS;
    }

    private boolean headers(Line line, String text) {
        String t = framing.messageText(text);
        if (framing.closes(t)) {
            flush(false);
            return closeFrame();
        }
        if (t.isBlank()) {
            lineCount++;
            if (contentLength > 0) {
                state = State.BODY;
            } else {
                flush(false);
            }
            return true;
        }
        if (nextRecord(t)) {
            flush(false); // the log moved on without an empty line (post-2019 FreeSWITCH, trimmed logs)
            return idle(line, text);
        }
        lineCount++;
        if (header.size() >= config.maxRecordLines() || headerBytes + t.length() > config.maxSipMessageBytes()) {
            tooLong();
            return true;
        }
        if (header.size() > 1 && wrapped(header.get(header.size() - 1), t)) {
            // a terminal broke a long header at its width: the grammar says this line cannot stand alone
            String joined = header.remove(header.size() - 1) + t;
            header.add(joined);
            headerBytes += line.byteLength();
            contentLength(joined);
            return true;
        }
        header.add(t);
        headerBytes += line.byteLength() + 2;
        contentLength(t);
        return true;
    }

    /** Terminal widths a pasted trace is wrapped at. */
    private static final int[] TERMINAL_WIDTHS = {80, 100, 120, 132, 160, 200};

    /**
     * Whether {@code next} is the rest of {@code previous}, cut by a terminal: the previous header line is
     * exactly a terminal's width long, and the next line cannot be a header line of its own (RFC 3261
     * §7.3.1: {@code token ":"}; a line folded on purpose starts with white space and stays as it is).
     */
    static boolean wrapped(String previous, String next) {
        boolean width = false;
        for (int w : TERMINAL_WIDTHS) {
            width |= previous.length() == w;
        }
        if (!width || next.isEmpty() || next.charAt(0) == ' ' || next.charAt(0) == '\t') {
            return false;
        }
        int colon = next.indexOf(':');
        if (colon <= 0) {
            return true;
        }
        for (int i = 0; i < colon; i++) {
            char c = next.charAt(i);
            if (!(Character.isLetterOrDigit(c) || "-.!%*_+`'~".indexOf(c) >= 0)) {
                return true; // what stands before the colon is no header name
            }
        }
        return false;
    }

    private boolean body(Line line, String text) {
        String t = framing.messageText(text);
        if (framing.closes(t)) {
            flush(bodyBytes < contentLength);
            return closeFrame();
        }
        if (nextRecord(t)) {
            flush(bodyBytes < contentLength);
            return idle(line, text);
        }
        lineCount++;
        if (body.size() >= config.maxRecordLines() || headerBytes + bodyBytes > config.maxSipMessageBytes()) {
            tooLong();
            return true;
        }
        body.add(t);
        bodyBytes += line.byteLength() + 2;
        if (bodyBytes >= contentLength) {
            flush(false);
        }
        return true;
    }

    /**
     * Whether {@link #LOG_RECORD_START} can match: it begins with a digit or {@code [}. Asked of every header
     * and body line, where it almost never can; a matcher made for each line was 3 % of reading a SIPp trace.
     */
    static boolean mayStartLogRecord(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        return c >= '0' && c <= '9' || c == '[';
    }

    /** A line that begins something else: a timestamped log record, another frame, another message. */
    private boolean nextRecord(String t) {
        if (mayStartLogRecord(t) && LOG_RECORD_START.matcher(t).lookingAt() || isStartLine(t.strip())) {
            return true;
        }
        if (t.isEmpty()) {
            return false;
        }
        for (SipFraming f : framings) {
            if (f.opens(t)) {
                return true;
            }
        }
        return false;
    }

    private boolean closeFrame() {
        framing.closed();
        state = State.IDLE;
        return true;
    }

    private void contentLength(String headerLine) {
        int colon = headerLine.indexOf(':');
        if (colon <= 0) {
            return;
        }
        String name = headerLine.substring(0, colon).strip();
        if (name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("l")) {
            String v = headerLine.substring(colon + 1).strip();
            if (!v.isEmpty() && v.length() <= 9 && v.chars().allMatch(Character::isDigit)) {
                contentLength = Long.parseLong(v);
            }
        }
    }

    private void tooLong() {
        sink.accept(LogEvent.malformed(first.position(source), format, MalformedReason.TOO_LONG,
                "SIP message exceeds maxRecordLines " + config.maxRecordLines() + " or maxSipMessageBytes " + config.maxSipMessageBytes(),
                excerpt(String.join("\n", header))));
        header.clear();
        body.clear();
        state = State.IDLE;
    }

    private void flush(boolean truncated) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE, headerBytes + bodyBytes + 4));
        for (String h : header) {
            write(out, h);
            write(out, "\r\n");
        }
        write(out, "\r\n");
        for (String l : body) {
            write(out, l);
            write(out, "\r\n");
        }
        byte[] bytes = out.toByteArray();
        var message = SipParser.parse(bytes, 0, bytes.length, Math.max(config.maxSipMessageBytes(), bytes.length)).message();
        String raw = excerpt(String.join("\n", header) + (body.isEmpty() ? "" : "\n\n" + String.join("\n", body)));
        if (truncated) {
            sink.accept(LogEvent.malformed(first.position(source), format, MalformedReason.TRUNCATED,
                    "SIP message ends before its Content-Length of " + contentLength + " bytes: " + message.summary(), raw));
        }
        sink.accept(SipEvents.toEvent(message, first.position(source), format, frame, raw, lineCount));
        header.clear();
        body.clear();
        state = State.IDLE;
    }

    private String excerpt(String text) {
        int max = config.maxExcerptLength();
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    private static void write(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
    }

    /**
     * Whether a stripped line is a SIP Request-Line or Status-Line. Any version of the RFC 3261 grammar
     * ({@code "SIP/" 1*DIGIT "." 1*DIGIT}) counts: a {@code SIP/7.0} request (RFC 4475 badvers) is still
     * SIP, and the parser reports the unsupported version.
     */
    public static boolean isStartLine(String s) {
        if (s.length() < 10) {
            return false;
        }
        int v = versionEnd(s, 0);
        if (v > 0) {
            if (v >= s.length() || s.charAt(v) != ' ') {
                return false;
            }
            int i = v;
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            return i + 3 <= s.length() && Character.isDigit(s.charAt(i)) && Character.isDigit(s.charAt(i + 1)) && Character.isDigit(s.charAt(i + 2));
        }
        int last = s.lastIndexOf(' ');
        if (last <= 0 || versionEnd(s, last + 1) != s.length()) {
            return false;
        }
        int sp = s.indexOf(' ');
        if (sp <= 0 || sp >= last) {
            return false;
        }
        for (int i = 0; i < sp; i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-.!%*_+`'~".indexOf(c) >= 0)) {
                return false;
            }
        }
        return s.indexOf(':', sp) > 0;
    }

    /** The end of {@code SIP/<digits>.<digits>} at {@code from}, or -1. */
    private static int versionEnd(String s, int from) {
        if (!s.startsWith("SIP/", from)) {
            return -1;
        }
        int i = from + 4;
        int d = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == d || i >= s.length() || s.charAt(i) != '.') {
            return -1;
        }
        d = ++i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i == d ? -1 : i;
    }

}
