package dev.rtcdiag.parsers.sip;

import dev.rtcdiag.catalog.sip.ReasonProtocol;
import dev.rtcdiag.catalog.sip.SipMethod;
import dev.rtcdiag.parsers.internal.OrderedMap;
import dev.rtcdiag.parsers.sip.SipDeviation.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Parses one SIP message from bytes (RFC 3261 section 7 and the section 25 grammar), leniently:
 * it never throws for bad data, extracts everything it can, and records each departure from the
 * grammar as a {@link SipDeviation}. Covers compact header names, line folding, LWS around
 * separators, multiple values per header, quoted strings with quoted-pairs, {@code %}-escapes in
 * URIs, and body framing strictly by Content-Length (bodies may hold NUL and bare CR/LF).
 *
 * <p>Thread-safe: all methods are static and keep no state.
 */
public final class SipParser {

    /** Default cap for one message, matching {@code ParserConfig#maxSipMessageBytes()}. */
    public static final int DEFAULT_MAX_BYTES = 65_536;

    private static final long UINT32_MAX = 4_294_967_295L;

    private SipParser() {
    }

    /** The outcome: the message and how many bytes of the input it used (headers plus Content-Length body). */
    public record Result(SipMessage message, int consumed) {
    }

    /** Parses a whole array. */
    public static Result parse(byte[] data) {
        return parse(data, 0, data.length, DEFAULT_MAX_BYTES);
    }

    /** Parses text (encoded as UTF-8); line ends may be LF or CRLF. */
    public static SipMessage parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return parse(bytes, 0, bytes.length, Math.max(DEFAULT_MAX_BYTES, bytes.length)).message();
    }

    /**
     * Parses the message starting at {@code offset}.
     *
     * @param maxBytes the largest message accepted; a longer header section is cut and flagged {@link Type#TRUNCATED}
     */
    public static Result parse(byte[] data, int offset, int length, int maxBytes) {
        Objects.requireNonNull(data, "data");
        if (offset < 0 || length < 0 || offset + length > data.length) {
            throw new IndexOutOfBoundsException("offset " + offset + " length " + length + " of " + data.length);
        }
        SipMessage.Builder b = new SipMessage.Builder();
        int end = offset + length;
        int p = offset;
        while (p < end && (data[p] == '\r' || data[p] == '\n')) {
            p++; // RFC 3261 7.5: ignore CRLFs before the start line
        }
        Lines lines = new Lines();
        int bodyStart = -1;
        int limit = Math.min(end, p + Math.max(1, maxBytes));
        int lineStart = p;
        int i = p;
        while ((i = lineEnd(data, i, limit)) < limit) {
            int next = i + 1;
            if (data[i] == '\r' && next < end && data[next] == '\n') {
                next++;
            }
            if (i == lineStart) {
                bodyStart = next;
                break;
            }
            lines.add(lineStart, i);
            lineStart = next;
            i = next;
        }
        if (bodyStart < 0) {
            if (lineStart < limit) {
                lines.add(lineStart, limit);
            }
            if (limit < end) {
                b.deviation(Type.TRUNCATED, "header section longer than " + maxBytes + " bytes", true);
            }
            bodyStart = limit;
        }
        if (lines.size == 0) {
            b.deviation(Type.BAD_START_LINE, "no start line", true);
            return new Result(b.build(), bodyStart - offset);
        }
        lines.decode(data);
        parseStartLine(lines.line(0), b);
        parseHeaders(lines, b);
        boolean terminated = bodyStart < limit || (bodyStart == end && endsWithBlankLine(data, offset, end));
        int consumed = frameBody(data, bodyStart, end, terminated, b);
        // the header values are read when first asked for (Part, derive): a reader of Call-ID and CSeq does
        // not pay for Contact, Reason or the SDP
        return new Result(b.build(), consumed - offset);
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * The index of the first CR or LF in {@code d[from, to)}, or {@code to}. Eight bytes at a time: a byte
     * of {@code w ^ 0x0A…} is zero where {@code w} holds LF, and {@code (x - 0x01…) & ~x & 0x80…} sets the
     * high bit of the lowest zero byte of {@code x} exactly (a borrow only marks bytes above it), so the
     * lowest bit set is the first line break. The byte-by-byte loop was a fifth of a SIP parse (JMH
     * {@code PeerBenchmarks}, JFR); {@code SipLineEndTest} compares the two.
     */
    static int lineEnd(byte[] d, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long w = (long) LONGS.get(d, i);
            long lf = w ^ 0x0A0A0A0A0A0A0A0AL;
            long cr = w ^ 0x0D0D0D0D0D0D0D0DL;
            long found = ((lf - ONES) & ~lf | (cr - ONES) & ~cr) & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (d[i] == '\n' || d[i] == '\r') {
                return i;
            }
        }
        return to;
    }

    private static boolean endsWithBlankLine(byte[] d, int from, int end) {
        int n = end - from;
        return (n >= 2 && d[end - 1] == '\n' && d[end - 2] == '\n') || (n >= 4 && d[end - 1] == '\n' && d[end - 2] == '\r' && d[end - 3] == '\n');
    }

    /**
     * The lines of a header section as ranges of text. An ASCII section is decoded once and its lines are
     * ranges of that one string (a string per line, then one per name and value: this cut the bytes a
     * parse and a read of five fields allocate by 8.7 %, JMH -prof gc); otherwise each line is decoded alone: UTF-8 when valid (RFC 3261 allows UTF-8 text),
     * else ISO-8859-1, so no byte is lost and one bad line does not change how the others read.
     */
    private static final class Lines {
        private int[] bounds = new int[48]; // byte offsets, then char offsets: from, to, from, to, …
        private String[] texts; // per line: the text its offsets index
        int size;

        void add(int from, int to) {
            if (2 * size == bounds.length) {
                bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[2 * size] = from;
            bounds[2 * size + 1] = to;
            size++;
        }

        /** Turns the byte ranges into text: one string for an ASCII section, one per line otherwise. */
        void decode(byte[] d) {
            texts = new String[size];
            int first = bounds[0];
            int last = bounds[2 * size - 1];
            // the JDK's UTF-8 decoder finds an ASCII run with a vectorised intrinsic; one char per byte and no
            // replacement character means every byte was ASCII, so byte offsets are char offsets
            String all = new String(d, first, last - first, StandardCharsets.UTF_8);
            if (all.length() == last - first && all.indexOf('\uFFFD') < 0) {
                for (int i = 0; i < size; i++) {
                    texts[i] = all;
                    bounds[2 * i] -= first;
                    bounds[2 * i + 1] -= first;
                }
                return;
            }
            for (int i = 0; i < size; i++) {
                int from = bounds[2 * i];
                int len = bounds[2 * i + 1] - from;
                String s = new String(d, from, len, StandardCharsets.UTF_8);
                texts[i] = s.indexOf('\uFFFD') >= 0 ? new String(d, from, len, StandardCharsets.ISO_8859_1) : s;
                bounds[2 * i] = 0;
                bounds[2 * i + 1] = texts[i].length();
            }
        }

        String text(int i) {
            return texts[i];
        }

        int from(int i) {
            return bounds[2 * i];
        }

        int to(int i) {
            return bounds[2 * i + 1];
        }

        String line(int i) {
            return texts[i].substring(from(i), to(i));
        }
    }

    // ---- start line -------------------------------------------------------------------------

    private static void parseStartLine(String line, SipMessage.Builder b) {
        b.startLine = line;
        if (!line.equals(line.stripLeading())) {
            b.deviation(Type.EXTRA_WHITESPACE_IN_START_LINE, "leading white space: '" + line + "'", true);
        }
        String stripped = line.strip();
        String[] tokens = Chars.split(stripped, true);
        if (stripped.contains("  ") || stripped.contains("\t")) {
            b.deviation(Type.EXTRA_WHITESPACE_IN_START_LINE, "more than one SP between elements: '" + line + "'", true);
        }
        if (tokens[0].regionMatches(true, 0, "SIP/", 0, 4)) {
            parseStatusLine(line, tokens, b);
        } else {
            parseRequestLine(line, tokens, b);
        }
    }

    private static void parseStatusLine(String line, String[] tokens, SipMessage.Builder b) {
        b.version = tokens[0];
        checkVersion(tokens[0], b);
        if (tokens.length < 2) {
            b.deviation(Type.BAD_STATUS_CODE, "no status code: '" + line + "'", true);
            return;
        }
        String code = tokens[1];
        if (code.length() == 3 && Chars.asciiDigits(code)) {
            b.statusCode = Integer.parseInt(code);
            if (b.statusCode < 100 || b.statusCode > 699) {
                b.deviation(Type.BAD_STATUS_CODE, "status code outside 100-699: " + code, true);
            }
        } else {
            b.deviation(Type.BAD_STATUS_CODE, "status code is not three digits: '" + abbreviate(code) + "'", true);
            b.statusCode = 0;
        }
        // The reason phrase is everything after "code SP", kept as sent (may be empty, may be UTF-8).
        String s = line.strip();
        int at = s.indexOf(code, tokens[0].length());
        int from = at + code.length();
        b.reasonPhrase = from < s.length() ? s.substring(from).strip() : "";
    }

    private static void parseRequestLine(String line, String[] tokens, SipMessage.Builder b) {
        if (tokens.length < 3) {
            b.deviation(Type.BAD_START_LINE, "neither a Request-Line nor a Status-Line: '" + abbreviate(line) + "'", true);
            if (tokens.length >= 1 && isToken(tokens[0])) {
                b.method = SipMethod.of(tokens[0]);
                b.requestUri = tokens.length > 1 ? tokens[1] : "";
            }
            return;
        }
        if (!isToken(tokens[0])) {
            b.deviation(Type.BAD_START_LINE, "method is not a token: '" + abbreviate(tokens[0]) + "'", true);
        }
        b.method = SipMethod.of(tokens[0]);
        String version = tokens[tokens.length - 1];
        b.version = version;
        // one token in the usual case: String.join of a copied array was 9 % of a parse (JFR)
        String uri = tokens.length == 3 ? tokens[1] : String.join(" ", java.util.Arrays.copyOfRange(tokens, 1, tokens.length - 1));
        if (tokens.length > 3) {
            b.deviation(Type.WHITESPACE_IN_REQUEST_URI, "white space in Request-URI '" + abbreviate(uri) + "'", true);
        }
        if (line.endsWith(" ") || line.endsWith("\t")) {
            b.deviation(Type.TRAILING_WHITESPACE_IN_START_LINE, "white space after " + version, true);
        }
        if (uri.startsWith("<") && uri.endsWith(">")) {
            b.deviation(Type.ANGLE_BRACKETS_IN_REQUEST_URI, "Request-URI in angle brackets: " + abbreviate(uri), true);
            uri = uri.substring(1, uri.length() - 1);
        }
        if ((startsWithLowerAscii(uri, "sip:") || startsWithLowerAscii(uri, "sips:")) && hasUriHeaders(uri)) {
            b.deviation(Type.HEADERS_IN_REQUEST_URI, "escaped headers in Request-URI: " + abbreviate(uri), true);
        }
        b.requestUri = uri;
        checkVersion(version, b);
    }

    /**
     * {@code s.toLowerCase(Locale.ROOT).startsWith(prefix)} for a lower-case ASCII prefix without the copy.
     * Only ASCII letters are folded: {@code regionMatches(true, …)} would also take U+017F (long s) for
     * {@code s} and U+0131 (dotless i) for {@code i}, which lower-casing does not.
     */
    static boolean startsWithLowerAscii(String s, String prefix) {
        if (s.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static void checkVersion(String version, SipMessage.Builder b) {
        if (!version.equalsIgnoreCase("SIP/2.0")) {
            b.deviation(Type.UNSUPPORTED_VERSION, "version " + abbreviate(version), true);
        }
    }

    // ---- headers ----------------------------------------------------------------------------

    private static void parseHeaders(Lines lines, SipMessage.Builder b) {
        String name = null;
        String rawName = null;
        String value = null; // the value of a header of one line; folded lines go to the builder
        StringBuilder folded = new StringBuilder();
        for (int l = 1; l < lines.size; l++) {
            String text = lines.text(l);
            int from = lines.from(l);
            int to = lines.to(l);
            char first = text.charAt(from); // lines are never empty: an empty line ends the section
            if (first == ' ' || first == '\t') {
                if (name != null) {
                    if (value != null) {
                        folded.setLength(0);
                        folded.append(value);
                        value = null;
                    }
                    folded.append(' ').append(stripped(text, from, to));
                } else {
                    b.deviation(Type.MALFORMED_HEADER_LINE, "continuation line before any header: '" + abbreviate(lines.line(l)) + "'", false);
                }
                continue;
            }
            if (name != null) {
                b.headers.add(new SipHeader(rawName, name, value != null ? value : folded.toString().strip()));
            }
            int colon = Chars.indexOf(text, ':', from, to); // within the line: the section's lines share one string
            if (colon < 0 || colon == from || isBlank(text, from, colon)) {
                b.deviation(Type.MALFORMED_HEADER_LINE, "no header name: '" + abbreviate(lines.line(l)) + "'", true);
                name = null;
                value = null;
                continue;
            }
            HeaderNames.Known known = HeaderNames.known(text, from, colon); // a known header as usually spelt: a token
            if (known != null) {
                rawName = known.spelling();
                name = known.name();
            } else {
                rawName = stripped(text, from, colon);
                if (!isToken(rawName)) {
                    b.deviation(Type.MALFORMED_HEADER_LINE, "header name is not a token: '" + abbreviate(rawName) + "'", true);
                }
                name = HeaderNames.canonical(rawName);
            }
            value = stripped(text, colon + 1, to);
        }
        if (name != null) {
            b.headers.add(new SipHeader(rawName, name, value != null ? value : folded.toString().strip()));
        }
    }

    /** {@code s.substring(from, to).strip()} in one copy (two copies of every header value were 10 % of a parse). */
    private static String stripped(String s, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isBlank(String s, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int frameBody(byte[] data, int bodyStart, int end, boolean terminated, SipMessage.Builder b) {
        List<String> lengths = values(b, "Content-Length");
        Long length = null;
        boolean bad = false;
        for (String v : lengths) {
            String s = v.strip();
            if (s.startsWith("-")) {
                b.deviation(Type.BAD_CONTENT_LENGTH, "negative Content-Length " + abbreviate(s), true);
                bad = true;
            } else if (s.isEmpty() || s.length() > 10 || !Chars.asciiDigits(s)) {
                b.deviation(Type.BAD_CONTENT_LENGTH, "Content-Length is not a number: '" + abbreviate(s) + "'", true);
                bad = true;
            } else {
                long n = Long.parseLong(s);
                if (length != null && length != n) {
                    b.deviation(Type.BAD_CONTENT_LENGTH, "conflicting Content-Length values " + length + " and " + n, true);
                    bad = true;
                }
                length = length == null ? n : length;
            }
        }
        int available = Math.max(0, end - bodyStart);
        if (!terminated) {
            if (length != null && length == 0 || available == 0) {
                b.deviation(Type.NO_HEADER_TERMINATOR, "no empty line after the headers", false);
            } else {
                b.deviation(Type.NO_HEADER_TERMINATOR, "no empty line after the headers", true);
            }
        }
        if (length == null || bad) {
            if (lengths.isEmpty()) {
                b.deviation(Type.MISSING_CONTENT_LENGTH, "no Content-Length; body is the rest of the data (" + available + " bytes)", false);
            }
            b.body = java.util.Arrays.copyOfRange(data, bodyStart, bodyStart + available);
            return bodyStart + available;
        }
        b.contentLength = length;
        if (length > available) {
            b.deviation(Type.CONTENT_LENGTH_EXCEEDS_DATA, "Content-Length " + length + " but only " + available + " bytes follow", true);
            b.body = java.util.Arrays.copyOfRange(data, bodyStart, bodyStart + available);
            return bodyStart + available;
        }
        // Bytes after Content-Length are not part of this message (RFC 3261 18.3; RFC 4475 dblreq).
        b.body = java.util.Arrays.copyOfRange(data, bodyStart, bodyStart + length.intValue());
        return bodyStart + length.intValue();
    }

    private static List<String> values(SipMessage.Builder b, String canonical) {
        return b.values(canonical);
    }

    // ---- derived values ---------------------------------------------------------------------

    /**
     * What is read from the header values, in the order it is read: the order of the deviations. Each part
     * can be read alone (an accessor of {@link SipMessage} reads its own part when first called), and all
     * of them, in this order, when the deviations or the validity are asked for: so the deviations are
     * the same, in the same order, however the message was read before.
     */
    enum Part {
        CALL_ID(b -> single(b, "Call-ID").ifPresent(v -> b.callId = v)),
        CSEQ(b -> single(b, "CSeq").ifPresent(v -> parseCSeq(v, b))),
        FROM(b -> single(b, "From").ifPresent(v -> b.from = parseNameAddress(v, "From", b))),
        TO(b -> single(b, "To").ifPresent(v -> b.to = parseNameAddress(v, "To", b))),
        MAX_FORWARDS(b -> single(b, "Max-Forwards").ifPresent(v -> number(v, "Max-Forwards", 255, b))),
        VIA(b -> {
            for (String v : SipParser.values(b, "Via")) {
                for (String element : splitList(v, "Via", b)) {
                    parseVia(element, b);
                }
            }
        }),
        CONTACT(b -> {
            for (String v : SipParser.values(b, "Contact")) {
                for (String element : splitList(v, "Contact", b)) {
                    NameAddress c = parseNameAddress(element, "Contact", b);
                    b.contacts = SipMessage.Builder.added(b.contacts, c);
                    String expires = c.params().get("expires");
                    if (expires != null) {
                        number(expires, "Contact expires", UINT32_MAX, b);
                    }
                }
            }
        }),
        EXPIRES(b -> {
            for (String v : SipParser.values(b, "Expires")) {
                number(v, "Expires", UINT32_MAX, b);
            }
        }),
        REASON(b -> {
            for (String v : SipParser.values(b, "Reason")) {
                for (String element : splitList(v, "Reason", b)) {
                    b.reasons = SipMessage.Builder.added(b.reasons, parseReason(element));
                }
            }
        }),
        RETRY_AFTER(b -> single(b, "Retry-After").ifPresent(v -> {
            String digits = v.strip().split("[\\s;(]", 2)[0];
            Long n = number(digits, "Retry-After", UINT32_MAX, b);
            if (n != null && n >= 0) {
                b.retryAfter = n;
            }
        })),
        WARNING(b -> {
            for (String v : SipParser.values(b, "Warning")) {
                for (String element : splitList(v, "Warning", b)) {
                    String code = element.strip().split("\\s+", 2)[0];
                    if (code.length() != 3 || !Chars.digits(code)) {
                        b.deviation(Type.NUMBER_OUT_OF_RANGE, "Warning code is not three digits: '" + abbreviate(code) + "'", true);
                    }
                    b.warnings = SipMessage.Builder.added(b.warnings, element.strip());
                }
            }
        }),
        DATE(b -> {
            for (String v : SipParser.values(b, "Date")) {
                if (!v.strip().endsWith("GMT")) {
                    b.deviation(Type.BAD_DATE, "Date not in GMT: '" + abbreviate(v) + "'", true);
                }
            }
        }),
        MANDATORY(b -> {
            for (String mandatory : new String[] {"Call-ID", "CSeq", "From", "To", "Via"}) {
                if (SipParser.values(b, mandatory).isEmpty()) {
                    b.deviation(Type.MISSING_HEADER, mandatory, false);
                }
            }
        }),
        SDP(b -> {
            String type = SipParser.values(b, "Content-Type").stream().findFirst().orElse("").toLowerCase(Locale.ROOT);
            if (b.body.length > 0 && (type.startsWith("application/sdp") || (type.isEmpty() && looksLikeSdp(b.body)))) {
                b.sdp = Sdp.parse(new String(b.body, StandardCharsets.UTF_8)).orElse(null);
            }
        });

        private final java.util.function.Consumer<SipMessage.Builder> step;

        Part(java.util.function.Consumer<SipMessage.Builder> step) {
            this.step = step;
        }
    }

    private static final Part[] PARTS = Part.values();

    /**
     * Reads one part of a framed message ({@code only}), or every part in order ({@code null}), from the
     * header values the message keeps; the deviations of the result are the frame's, then those of what was read.
     */
    static SipMessage.Derived derive(SipMessage framed, Part only) {
        SipMessage.Builder b = SipMessage.Builder.framed(framed, only == null);
        if (only != null) {
            only.step.accept(b);
        } else {
            for (Part p : PARTS) {
                p.step.accept(b);
            }
        }
        return b.derived();
    }

    private static boolean looksLikeSdp(byte[] body) {
        return body.length > 3 && body[0] == 'v' && body[1] == '=';
    }

    /** The first value of a header that should appear once; a second, different value is a deviation. */
    private static java.util.Optional<String> single(SipMessage.Builder b, String name) {
        List<String> all = values(b, name);
        if (all.isEmpty()) {
            return java.util.Optional.empty();
        }
        for (String other : all) {
            if (!other.equals(all.get(0))) {
                b.deviation(Type.DUPLICATE_HEADER, name + " appears " + all.size() + " times with different values", false);
                break;
            }
        }
        return java.util.Optional.of(all.get(0));
    }

    private static void parseCSeq(String v, SipMessage.Builder b) {
        String[] parts = cseqParts(v);
        if (parts == null) {
            b.deviation(Type.MALFORMED_HEADER_VALUE, "CSeq '" + abbreviate(v) + "'", true);
            return;
        }
        Long n = number(parts[0], "CSeq", UINT32_MAX, b);
        SipMethod method = SipMethod.of(parts[1]);
        b.cseq = new CSeq(n == null ? -1 : n, method);
        if (b.method != null && !b.method.equals(method)) {
            b.deviation(Type.CSEQ_METHOD_MISMATCH, "request method " + b.method + " but CSeq method " + method, true);
        }
    }

    /**
     * The number and method of a CSeq value: what the regex {@code \\s*(\\d+)\\s+(\\S+)\\s*} matches as a whole,
     * with its groups, by a loop ({@code \\s} and {@code \\d} as Java's regex reads them by default); the regex
     * was 6 % of reading Call-ID, CSeq, Via and From. {@code CSeqPartsTest} compares the two. {@code null}
     * when it does not match.
     */
    static String[] cseqParts(String s) {
        int n = s.length();
        int i = skipSpace(s, 0);
        int digits = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == digits || i >= n || !space(s.charAt(i))) {
            return null;
        }
        String number = s.substring(digits, i);
        i = skipSpace(s, i);
        int method = i;
        while (i < n && !space(s.charAt(i))) {
            i++;
        }
        if (i == method || skipSpace(s, i) != n) {
            return null;
        }
        return new String[] {number, s.substring(method, i)};
    }

    /** Parses a decimal field with an upper bound without overflowing; returns null when out of range or not a number. */
    private static Long number(String text, String field, long max, SipMessage.Builder b) {
        String s = text.strip();
        if (s.isEmpty() || !Chars.asciiDigits(s)) {
            b.deviation(Type.MALFORMED_HEADER_VALUE, field + " is not a number: '" + abbreviate(s) + "'", true);
            return null;
        }
        int zeros = 0;
        while (zeros < s.length() - 1 && s.charAt(zeros) == '0') {
            zeros++; // leading zeros are legal and do not count against the bound
        }
        String digits = s.substring(zeros);
        if (digits.length() > 19 || Long.parseLong(digits) > max) {
            b.deviation(Type.NUMBER_OUT_OF_RANGE, field + " " + abbreviate(s) + " exceeds " + max, true);
            return null;
        }
        return Long.parseLong(digits);
    }

    private static void parseVia(String element, SipMessage.Builder b) {
        ViaParts v = viaParts(element);
        if (v == null) {
            b.deviation(Type.MALFORMED_HEADER_VALUE, "Via '" + abbreviate(element) + "'", true);
            return;
        }
        Map<String, String> params = v.params() == null ? OrderedMap.EMPTY : params(v.params(), 1, "Via", b);
        b.vias = SipMessage.Builder.added(b.vias, new Via(v.transport().toUpperCase(Locale.ROOT), v.host(), v.port(), params));
    }

    /** One via-parm split into its parts; {@code params} starts with {@code ';'}, or is {@code null}. */
    record ViaParts(String transport, String host, int port, String params) {
    }

    /**
     * Reads a via-parm (RFC 3261 §20.42): exactly what the regex
     * <pre>\s*SIP\s*&#47;\s*([^/\s]+)\s*&#47;\s*([^\s;]+)\s+(\[[^\]]*\]|[^\s:;\[]+)(?:\s*:\s*(\d{1,5}))?\s*(;.*)?</pre>
     * matches as a whole (with {@code DOTALL}), with the same groups, but by a loop: the regex was 14 % of
     * a SIP parse (JMH {@code PeerBenchmarks}, async-profiler). Each of its quantifiers is followed by a
     * character its class excludes, so it never backtracks and a left-to-right scan reads the same
     * language; {@code ViaPartsTest} compares the two. {@code null} when it does not match.
     */
    static ViaParts viaParts(String s) {
        int n = s.length();
        int i = skipSpace(s, 0);
        if (!s.startsWith("SIP", i)) {
            return null;
        }
        i = skipSpace(s, i + 3);
        if (i >= n || s.charAt(i) != '/') {
            return null;
        }
        i = skipSpace(s, i + 1);
        int version = i;
        while (i < n && s.charAt(i) != '/' && !space(s.charAt(i))) {
            i++;
        }
        if (i == version) {
            return null;
        }
        i = skipSpace(s, i);
        if (i >= n || s.charAt(i) != '/') {
            return null;
        }
        i = skipSpace(s, i + 1);
        int transport = i;
        while (i < n && s.charAt(i) != ';' && !space(s.charAt(i))) {
            i++;
        }
        if (i == transport || i >= n || !space(s.charAt(i))) {
            return null; // the transport must be followed by white space
        }
        String transportText = s.substring(transport, i);
        i = skipSpace(s, i);
        int host = i;
        if (i < n && s.charAt(i) == '[') {
            int close = s.indexOf(']', i + 1);
            if (close < 0) {
                return null;
            }
            i = close + 1;
        } else {
            while (i < n && !space(s.charAt(i)) && s.charAt(i) != ':' && s.charAt(i) != ';' && s.charAt(i) != '[') {
                i++;
            }
            if (i == host) {
                return null;
            }
        }
        String hostText = s.substring(host, i);
        int port = -1;
        i = skipSpace(s, i);
        if (i < n && s.charAt(i) == ':') {
            i = skipSpace(s, i + 1);
            int digits = i;
            while (i < n && i - digits < 5 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == digits) {
                return null;
            }
            port = Integer.parseInt(s, digits, i, 10);
            i = skipSpace(s, i);
        }
        if (i == n) {
            return new ViaParts(transportText, hostText, port, null);
        }
        return s.charAt(i) == ';' ? new ViaParts(transportText, hostText, port, s.substring(i)) : null;
    }

    /** Regex {@code \\s} without UNICODE_CHARACTER_CLASS. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && space(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static ReasonValue parseReason(String element) {
        int semi = indexOutsideQuotes(element, ';', 0);
        String protocol = (semi >= 0 ? element.substring(0, semi) : element).strip();
        Map<String, String> params = semi >= 0 ? params(element, semi + 1, "Reason", null) : Map.of();
        int cause = -1;
        String c = params.getOrDefault("cause", "");
        if (!c.isEmpty() && c.length() <= 6 && Chars.digits(c)) {
            cause = Integer.parseInt(c);
        }
        return new ReasonValue(ReasonProtocol.of(protocol), cause, params.getOrDefault("text", ""));
    }

    /**
     * Parses a name-addr or addr-spec with header parameters (RFC 3261 section 20.10: in an addr-spec,
     * everything after the first ';' is a header parameter, not a URI parameter).
     */
    static NameAddress parseNameAddress(String value, String field, SipMessage.Builder b) {
        String s = value.strip();
        if (s.equals("*")) {
            return new NameAddress("", SipUri.parse("*"), Map.of());
        }
        String display = "";
        String uri;
        int rest; // where the text after the URI starts, white space skipped: s.length() when there is none
        int lt;
        if (s.startsWith("\"")) {
            int close = closingQuote(s, 0);
            if (close < 0) {
                b.deviation(Type.UNTERMINATED_QUOTE, field + " display name: " + abbreviate(s), true);
                display = unquote(s.substring(1));
                int guess = s.indexOf('<');
                if (guess < 0) {
                    return new NameAddress(display, SipUri.parse(""), Map.of());
                }
                lt = guess;
            } else {
                display = unquote(s.substring(1, close));
                lt = s.indexOf('<', close + 1);
                if (lt < 0) {
                    b.deviation(Type.MALFORMED_HEADER_VALUE, field + " has a display name but no <URI>: " + abbreviate(s), true);
                    return new NameAddress(display, SipUri.parse(s.substring(close + 1)), Map.of());
                }
            }
        } else {
            lt = indexOutsideQuotes(s, '<', 0);
            if (lt > 0) {
                display = s.substring(0, lt).strip();
                for (String word : display.split("\\s+")) {
                    if (!word.isEmpty() && !isToken(word)) {
                        b.deviation(Type.UNQUOTED_DISPLAY_NAME, field + " display name needs quotes: '" + abbreviate(display) + "'", true);
                        break;
                    }
                }
            }
        }
        if (lt >= 0) {
            int gt = s.indexOf('>', lt + 1);
            if (gt < 0) {
                b.deviation(Type.MALFORMED_HEADER_VALUE, field + " '<' without '>': " + abbreviate(s), true);
                return new NameAddress(display, SipUri.parse(s.substring(lt + 1)), Map.of());
            }
            String inside = s.substring(lt + 1, gt);
            if (!inside.equals(inside.strip())) {
                b.deviation(Type.WHITESPACE_IN_ANGLE_BRACKETS, field + " '<" + abbreviate(inside) + ">'", true);
            }
            uri = inside.strip();
            rest = gt + 1;
            while (rest < s.length() && Character.isWhitespace(s.charAt(rest))) {
                rest++; // s ends in no white space (stripped), so the rest is stripped at both ends
            }
        } else {
            int semi = s.indexOf(';');
            uri = (semi >= 0 ? s.substring(0, semi) : s).strip();
            rest = semi >= 0 ? semi : s.length();
            if (hasUriHeaders(uri)) {
                b.deviation(Type.URI_NEEDS_ANGLE_BRACKETS, field + " URI with headers must be in <>: " + abbreviate(uri), true);
            }
        }
        Map<String, String> params = OrderedMap.EMPTY;
        if (rest < s.length()) {
            if (s.charAt(rest) != ';') {
                b.deviation(Type.MALFORMED_HEADER_VALUE, field + " unexpected text after URI: '" + abbreviate(s.substring(rest)) + "'", true);
            } else {
                params = params(s, rest + 1, field, b);
            }
        }
        return new NameAddress(display, SipUri.parse(uri), params);
    }

    /**
     * Parses {@code a = b ; c ; d="x"} from {@code text} at {@code from}; empty parameters are a fatal deviation
     * when {@code b} is given. Read by positions, each name and value copied once (the version that copied every
     * parameter, then its name and value, then stripped them, was 6–8 % of parsing a message and reading five
     * fields in JFR samples, the map it filled included).
     */
    static Map<String, String> params(String text, int from, String field, SipMessage.Builder b) {
        OrderedMap.Entries map = new OrderedMap.Entries(); // hashed past a few dozen: a hostile header stays linear
        int n = text.length();
        int start = from;
        while (start <= n) {
            int semi = indexOutsideQuotes(text, ';', start);
            int first = start;
            int end = semi >= 0 ? semi : n;
            while (first < end && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            while (end > first && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (first == end) {
                if (b != null && (semi >= 0 || start > from)) {
                    b.deviation(Type.EMPTY_PARAMETER, field + " has an empty parameter", true);
                }
            } else {
                int eq = Chars.indexOf(text, '=', first, end); // within the parameter
                String name = stripped(text, first, eq >= 0 ? eq : end).toLowerCase(Locale.ROOT);
                String value = eq >= 0 ? stripped(text, eq + 1, end) : "";
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = unquote(value.substring(1, value.length() - 1));
                }
                map.putIfAbsent(name, value);
            }
            if (semi < 0) {
                break;
            }
            start = semi + 1;
        }
        return map.build();
    }

    /** Splits a header value at commas outside quotes and angle brackets; empty elements are a fatal deviation. */
    private static List<String> splitList(String value, String field, SipMessage.Builder b) {
        List<String> out = new ArrayList<>();
        boolean quoted = false;
        int angle = 0;
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ',';
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
                if (i < value.length()) {
                    continue;
                }
                c = ',';
            }
            if (c == '"') {
                quoted = true;
            } else if (c == '<') {
                angle++;
            } else if (c == '>' && angle > 0) {
                angle--;
            } else if (c == ',' && angle == 0) {
                String element = stripped(value, start, Math.min(i, value.length()));
                if (element.isEmpty()) {
                    b.deviation(Type.EMPTY_PARAMETER, field + " has an empty list element", true);
                } else {
                    out.add(element);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Whether a SIP URI has escaped headers: a '?' after the host part ('?' is legal in the user part). */
    private static boolean hasUriHeaders(String uri) {
        int at = uri.lastIndexOf('@');
        return uri.indexOf('?', Math.max(at, 0)) >= 0;
    }

    static int indexOutsideQuotes(String s, char target, int from) {
        boolean quoted = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == target) {
                return i;
            }
        }
        return -1;
    }

    private static int closingQuote(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    static String unquote(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                sb.append(s.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** RFC 3261 token characters. */
    static boolean isToken(String s) {
        return Chars.token(s);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
