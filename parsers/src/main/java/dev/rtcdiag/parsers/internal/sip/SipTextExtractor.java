package dev.rtcdiag.parsers.internal.sip;

import dev.rtcdiag.parsers.internal.Timestamps;
import dev.rtcdiag.parsers.internal.sip.SipEvents.Frame;
import dev.rtcdiag.parsers.sip.SipParser;
import dev.rtcdiag.parsers.spi.EventTime;
import dev.rtcdiag.parsers.spi.Line;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.MalformedReason;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds SIP messages inside text logs, line by line, and emits one event per message. Knows the
 * framings of the common tools ({@code research/codes-and-wcs.md} section 5):
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

    private static final String SIPP_DASHES = "-----------------------------------------------";
    private static final String SEVENTY_TWO_DASHES = "-".repeat(72);
    private static final Pattern SIPP_DIRECTION = Pattern.compile(
            "(?<!\\S)(\\S++) (?:control )?message (sent|received)\\s*[(\\[](\\d+)[)\\]] bytes\\s*:\\s*|(?<!\\S)(\\S++) (?:control )?message (sent|received) \\((\\d+) bytes\\):\\s*");
    private static final Pattern SIPP_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[\\t ]+(\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?)|(\\d{9,11})\\.(\\d{1,6})");
    private static final Pattern FS_HEADER = Pattern.compile(
            "^(recv|send|sent) (\\d+) bytes (from|to) ([a-z]+)/\\[([^\\]]*)\\]:(\\d+)\\S* at (\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,6})?):\\s*$");
    private static final Pattern AST_PJSIP = Pattern.compile(
            "<--- (Transmitting|Received) SIP (?:request|response) \\((\\d+) bytes\\) (?:to|from) ([A-Za-z]+):(\\S+) --->");
    private static final Pattern AST_CHAN_SIP = Pattern.compile(
            "<--- (?:SIP read from ([A-Za-z]+):(\\S+?)|(?:Reliably )?Transmitting \\((?:no )?NAT\\) to (\\S+?)) ?--->");
    private static final Pattern AST_CHAN_SIP_REQ = Pattern.compile("^(?:Reliably )?Transmitting \\((?:no )?NAT\\) to (\\S+):\\s*$");
    private static final Pattern VOX_BEGIN = Pattern.compile("^-----BEGIN SIP TRACE");
    private static final Pattern VOX_ENTRY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,6})?)\\s+(Sent|Received):\\s*$");
    private static final Pattern ASTERISK_PREFIX_TIME = Pattern.compile("^\\[(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?)\\]");
    private static final Pattern LOG_RECORD_START = Pattern.compile("^\\[?\\d{4}[-.]\\d{2}[-.]\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}");
    private static final Pattern BROADWORKS = Pattern.compile(
            "(?:^\\s*|\\| )(udp|tcp|tls)\\s+(\\d+)\\s+(?:SIP\\s+)?Bytes\\s+(IN|OUT)\\s+(?:from|to)\\s+(\\[[^\\]]+\\]|[\\d.]+|[0-9a-fA-F:]+):(\\d+)(?:\\s+(.*))?$");

    private enum State { IDLE, AFTER_MARKER, KAMAILIO_META, HEADERS, BODY }

    private enum Framing {
        GENERIC("generic"), SIPP("sipp"), FREESWITCH("freeswitch"), FREESWITCH_OLD("freeswitch"), ASTERISK_PJSIP("asterisk-pjsip"),
        ASTERISK_CHAN_SIP("asterisk-chan-sip"), KAMAILIO("kamailio-sipdump"), VOXIMPLANT("voximplant"), BROADWORKS("broadworks");

        final String id;

        Framing(String id) {
            this.id = id;
        }
    }

    private final String source;
    private final String format;
    private final ParserConfig config;
    private final Consumer<LogEvent> sink;
    private State state = State.IDLE;
    private Framing framing = Framing.GENERIC;
    private Frame frame;
    private int markerLines;
    /** Leading white space to remove from each message line of the current frame (BroadWorks indents by four). */
    private int indent;
    private boolean inVoxBlock;
    private final List<String> header = new ArrayList<>();
    private final List<String> body = new ArrayList<>();
    private Line first;
    private int lineCount;
    private long headerBytes;
    private long bodyBytes;
    private long contentLength = -1;
    private LocalDate lastDate;
    private final KamailioMeta kamailio = new KamailioMeta();

    /** Emits events for the messages of one input to {@code sink}. */
    public SipTextExtractor(String source, String format, ParserConfig config, Consumer<LogEvent> sink) {
        this.source = source;
        this.format = format;
        this.config = config;
        this.sink = sink;
        this.lastDate = config.date().orElse(null);
    }

    /** The first line of the record being read (a frame or a message), or {@link Long#MAX_VALUE} when none. */
    public long openSince() {
        return state == State.IDLE || first == null ? Long.MAX_VALUE : first.number();
    }

    /** Tells the extractor the day of the latest dated log line, for framings that print only a time (FreeSWITCH). */
    public void seenDate(LocalDate date) {
        this.lastDate = date;
    }

    /**
     * Offers a line. Returns {@code true} when the line belongs to SIP framing or a SIP message (and
     * is accounted for in an event), {@code false} when the caller should treat it as an ordinary line.
     */
    public boolean accept(Line line) {
        String text = line.text();
        switch (state) {
            case IDLE -> {
                return idle(line, text);
            }
            case AFTER_MARKER -> {
                return afterMarker(line, text);
            }
            case KAMAILIO_META -> {
                return kamailioMeta(line, text);
            }
            case HEADERS -> {
                return headers(line, text);
            }
            case BODY -> {
                return body(line, text);
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    /** Ends the input: a message still open is emitted if it has its headers, else reported truncated. */
    public void finish() {
        if (state == State.HEADERS || state == State.BODY) {
            flush(contentLength > 0 && bodyBytes < contentLength);
        }
        state = State.IDLE;
    }

    private boolean idle(Line line, String text) {
        if (framing != Framing.GENERIC && endsFrame(framing == Framing.FREESWITCH_OLD ? fsStrip(text) : text)) {
            return closeFrame(line, text); // closing marker of a message that ended at its Content-Length
        }
        if (startsFrame(line, text)) {
            return true;
        }
        if (isStartLine(text.strip())) {
            framing = Framing.GENERIC;
            frame = Frame.none(Framing.GENERIC.id);
            begin(line, text.strip());
            return true;
        }
        return false;
    }

    /** Recognises a framing header line; sets up the frame and returns {@code true}. */
    private boolean startsFrame(Line line, String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        if (text.contains(" Bytes ")) {
            Matcher m = BROADWORKS.matcher(text);
            if (m.find()) {
                framing = Framing.BROADWORKS;
                boolean in = m.group(3).equals("IN");
                String peer = m.group(4) + ":" + m.group(5);
                frame = new Frame(framing.id, in ? "in" : "out", m.group(1).toUpperCase(Locale.ROOT), in ? peer : "", in ? "" : peer, EventTime.NONE);
                marker(line);
                indent = -1;
                String rest = m.group(6);
                if (rest != null && isStartLine(rest.strip())) {
                    begin(line, rest.strip()); // 2010-era XSLog: the start line follows on the same line
                }
                return true;
            }
        }
        if (c == '-' && text.startsWith(SIPP_DASHES) && text.length() > SIPP_DASHES.length() && text.charAt(SIPP_DASHES.length()) == ' ') {
            framing = Framing.SIPP;
            frame = new Frame(framing.id, "", "", "", "", sippTime(text.substring(SIPP_DASHES.length() + 1)));
            marker(line);
            return true;
        }
        if (c == '-' && VOX_BEGIN.matcher(text).find()) {
            inVoxBlock = true;
            framing = Framing.VOXIMPLANT;
            frame = Frame.none(framing.id);
            marker(line);
            return true;
        }
        if (inVoxBlock && Character.isDigit(c)) {
            Matcher m = VOX_ENTRY.matcher(text);
            if (m.matches()) {
                framing = Framing.VOXIMPLANT;
                frame = new Frame(framing.id, m.group(3).equals("Sent") ? "out" : "in", "", "", "", local(m.group(1), m.group(2)));
                marker(line);
                return true;
            }
        }
        if ((c == 'r' || c == 's') && (text.startsWith("recv ") || text.startsWith("send ") || text.startsWith("sent "))) {
            Matcher m = FS_HEADER.matcher(text);
            if (m.matches()) {
                framing = Framing.FREESWITCH;
                boolean in = m.group(1).equals("recv");
                String peer = addr(m.group(5), m.group(6));
                frame = new Frame(framing.id, in ? "in" : "out", m.group(4).toUpperCase(Locale.ROOT), in ? peer : "", in ? "" : peer, fsTime(m.group(7)));
                marker(line);
                return true;
            }
        }
        if (text.contains("<--- ")) {
            Matcher m = AST_PJSIP.matcher(text);
            if (m.find()) {
                framing = Framing.ASTERISK_PJSIP;
                boolean in = m.group(1).equals("Received");
                frame = new Frame(framing.id, in ? "in" : "out", m.group(3).toUpperCase(Locale.ROOT), in ? m.group(4) : "", in ? "" : m.group(4), asteriskTime(text));
                marker(line);
                return true;
            }
            m = AST_CHAN_SIP.matcher(text);
            if (m.find()) {
                framing = Framing.ASTERISK_CHAN_SIP;
                boolean in = m.group(1) != null;
                frame = new Frame(framing.id, in ? "in" : "out", in ? m.group(1).toUpperCase(Locale.ROOT) : "", in ? m.group(2) : "", in ? "" : m.group(3), asteriskTime(text));
                marker(line);
                return true;
            }
        }
        if ((c == 'T' || c == 'R') && text.contains("Transmitting (")) {
            Matcher m = AST_CHAN_SIP_REQ.matcher(text);
            if (m.matches()) {
                framing = Framing.ASTERISK_CHAN_SIP;
                frame = new Frame(framing.id, "out", "", "", m.group(1), EventTime.NONE);
                marker(line);
                return true;
            }
        }
        if (c == '=' && text.equals("====================")) {
            framing = Framing.KAMAILIO;
            kamailio.reset();
            first = line;
            lineCount = 1;
            state = State.KAMAILIO_META;
            return true;
        }
        return false;
    }

    private void marker(Line line) {
        indent = 0;
        state = State.AFTER_MARKER;
        markerLines = 0;
        first = line;
        lineCount = 1;
    }

    private boolean afterMarker(Line line, String text) {
        if (framing == Framing.BROADWORKS && indent < 0 && !text.isBlank()) {
            int n = 0;
            while (n < text.length() && n < 8 && (text.charAt(n) == ' ' || text.charAt(n) == '\t')) {
                n++;
            }
            indent = n;
        }
        String t = framing == Framing.FREESWITCH || framing == Framing.FREESWITCH_OLD ? fsStrip(text) : unindent(text);
        String s = t.strip();
        if (framing == Framing.SIPP && markerLines == 0) {
            Matcher m = SIPP_DIRECTION.matcher(s);
            if (m.matches()) {
                String transport = m.group(1) != null ? m.group(1) : m.group(4);
                String dir = m.group(2) != null ? m.group(2) : m.group(5);
                frame = new Frame(frame.framing(), dir.equals("sent") ? "out" : "in", transport.toUpperCase(Locale.ROOT), "", "", frame.time());
                markerLines++;
                return true;
            }
        }
        if (s.isEmpty() || s.equals(SEVENTY_TWO_DASHES)) {
            if (framing == Framing.FREESWITCH && text.startsWith("   -")) {
                framing = Framing.FREESWITCH_OLD;
            }
            return bump();
        }
        if (isStartLine(s)) {
            begin(line, s);
            return true;
        }
        if (framing == Framing.VOXIMPLANT) {
            if (text.startsWith("-----END SIP TRACE")) {
                inVoxBlock = false;
                state = State.IDLE;
                return true;
            }
            Matcher m = VOX_ENTRY.matcher(text);
            if (m.matches()) {
                frame = new Frame(framing.id, m.group(3).equals("Sent") ? "out" : "in", "", "", "", local(m.group(1), m.group(2)));
                first = line;
                lineCount = 1;
                markerLines = 0;
                return true;
            }
        }
        // The framing promised a message that is not there: report it and let the line be read normally.
        state = State.IDLE;
        sink.accept(LogEvent.malformed(first.position(source), format, MalformedReason.BAD_SYNTAX,
                framing.id + " frame header without a SIP message after it", first.text()));
        return startsFrame(line, text);
    }

    private boolean bump() {
        if (++markerLines > 4) {
            state = State.IDLE;
        }
        return true;
    }

    private boolean kamailioMeta(Line line, String text) {
        lineCount++;
        if (text.equals("~~~~~~~~~~~~~~~~~~~~")) {
            frame = kamailio.frame();
            state = State.AFTER_MARKER;
            markerLines = 0;
            return true;
        }
        if (lineCount > 30) {
            state = State.IDLE;
            sink.accept(LogEvent.malformed(first.position(source), format, MalformedReason.BAD_SYNTAX,
                    "sipdump record header without '~~~~~~~~~~~~~~~~~~~~'", first.text()));
            return true;
        }
        kamailio.add(text);
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
        String t = framing == Framing.FREESWITCH_OLD ? fsStrip(text) : unindent(text);
        if (endsFrame(t)) {
            flush(false);
            return closeFrame(line, text);
        }
        if (t.isEmpty() || t.isBlank()) {
            lineCount++;
            if (contentLength > 0) {
                state = State.BODY;
            } else {
                flush(false);
            }
            return true;
        }
        if (LOG_RECORD_START.matcher(t).lookingAt() || startsFrameLookahead(t) || isStartLine(t.strip())) {
            flush(false); // the log moved on without an empty line (post-2019 FreeSWITCH, trimmed logs)
            return idle(line, text);
        }
        lineCount++;
        if (header.size() >= config.maxRecordLines() || headerBytes + t.length() > config.maxSipMessageBytes()) {
            tooLong();
            return true;
        }
        header.add(t);
        headerBytes += line.byteLength() + 2;
        contentLength(t);
        return true;
    }

    private boolean body(Line line, String text) {
        String t = framing == Framing.FREESWITCH_OLD ? fsStrip(text) : unindent(text);
        if (endsFrame(t)) {
            flush(bodyBytes < contentLength);
            return closeFrame(line, text);
        }
        if (LOG_RECORD_START.matcher(t).lookingAt() || startsFrameLookahead(t) || isStartLine(t.strip())) {
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

    /** Whether a line is one of the closing markers of the current framing. */
    private boolean endsFrame(String t) {
        return switch (framing) {
            case ASTERISK_CHAN_SIP -> t.equals("<------------->") || t.equals("<------------>") || t.equals("---");
            case KAMAILIO -> t.equals("||||||||||||||||||||");
            case FREESWITCH_OLD -> t.strip().equals(SEVENTY_TWO_DASHES);
            case VOXIMPLANT -> t.startsWith("-----END SIP TRACE");
            default -> false;
        };
    }

    private boolean closeFrame(Line line, String text) {
        if (framing == Framing.VOXIMPLANT) {
            inVoxBlock = false;
        }
        state = State.IDLE;
        return true;
    }

    /** Cheap check for a line that starts a new frame, without changing state. */
    private boolean startsFrameLookahead(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        return (t.contains(" Bytes ") && BROADWORKS.matcher(t).find())
                || (c == '-' && (t.startsWith(SIPP_DASHES) || t.startsWith("-----BEGIN SIP TRACE") || t.startsWith("-----END SIP TRACE")))
                || (c == '=' && t.equals("===================="))
                || ((c == 'r' || c == 's') && FS_HEADER.matcher(t).matches())
                || (inVoxBlock && Character.isDigit(c) && VOX_ENTRY.matcher(t).matches())
                || t.contains("<--- ");
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

    /** Removes the frame's indentation (at most {@link #indent} white-space characters). */
    private String unindent(String text) {
        int n = 0;
        while (n < indent && n < text.length() && (text.charAt(n) == ' ' || text.charAt(n) == '\t')) {
            n++;
        }
        return n == 0 ? text : text.substring(n);
    }

    private static String fsStrip(String text) {
        return text.startsWith("   ") ? text.substring(3) : text;
    }

    private static String addr(String ip, String port) {
        return (ip.contains(":") ? "[" + ip + "]" : ip) + ":" + port;
    }

    private EventTime sippTime(String text) {
        Matcher m = SIPP_TIME.matcher(text);
        if (!m.find()) {
            return EventTime.NONE;
        }
        if (m.group(1) != null) {
            return local(m.group(1), m.group(2));
        }
        long seconds = Long.parseLong(m.group(3));
        long micros = Long.parseLong((m.group(4) + "000000").substring(0, 6));
        return EventTime.absolute(Instant.ofEpochSecond(seconds, micros * 1000), m.group());
    }

    private EventTime local(String date, String time) {
        try {
            LocalDate d = Timestamps.date(date);
            LocalTime tod = Timestamps.time(time);
            LocalDateTime t = LocalDateTime.of(d != null ? d : LocalDate.parse(date), tod != null ? tod : LocalTime.parse(time));
            lastDate = t.toLocalDate();
            return EventTime.local(t, config.zone(), date + " " + time);
        } catch (DateTimeParseException e) {
            return EventTime.NONE;
        }
    }

    private EventTime fsTime(String time) {
        try {
            LocalTime t = Timestamps.time(time);
            return EventTime.timeOfDay(t != null ? t : LocalTime.parse(time), lastDate, config.zone(), time);
        } catch (DateTimeParseException e) {
            return EventTime.NONE;
        }
    }

    private EventTime asteriskTime(String text) {
        Matcher m = ASTERISK_PREFIX_TIME.matcher(text);
        return m.find() ? local(m.group(1), m.group(2)) : EventTime.NONE;
    }

    /** The {@code key: value} lines of a sipdump record. */
    private static final class KamailioMeta {
        String tag = "";
        String time = "";
        String proto = "";
        String srcIp = "";
        String srcPort = "";
        String dstIp = "";
        String dstPort = "";

        void reset() {
            tag = time = proto = srcIp = srcPort = dstIp = dstPort = "";
        }

        void add(String line) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                return;
            }
            String k = line.substring(0, colon).strip();
            String v = line.substring(colon + 1).strip();
            switch (k) {
                case "tag" -> tag = v;
                case "time" -> time = v;
                case "proto" -> proto = v.split("\\s+")[0];
                case "srcip" -> srcIp = v;
                case "srcport" -> srcPort = v;
                case "dstip" -> dstIp = v;
                case "dstport" -> dstPort = v;
                default -> {
                }
            }
        }

        Frame frame() {
            EventTime t = EventTime.NONE;
            Matcher m = Pattern.compile("(\\d{9,11})(?:\\.(\\d{1,6}))?").matcher(time);
            if (m.matches()) {
                long micros = m.group(2) == null ? 0 : Long.parseLong((m.group(2) + "000000").substring(0, 6));
                t = EventTime.absolute(Instant.ofEpochSecond(Long.parseLong(m.group(1)), micros * 1000), time);
            }
            String direction = tag.startsWith("rcv") ? "in" : tag.startsWith("snd") ? "out" : "";
            return new Frame(Framing.KAMAILIO.id, direction, proto.toUpperCase(Locale.ROOT),
                    srcIp.isEmpty() ? "" : addr(srcIp, srcPort), dstIp.isEmpty() ? "" : addr(dstIp, dstPort), t);
        }
    }
}
