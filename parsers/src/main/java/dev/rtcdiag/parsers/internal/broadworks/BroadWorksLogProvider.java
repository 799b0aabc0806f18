package dev.rtcdiag.parsers.internal.broadworks;

import dev.rtcdiag.catalog.vendor.broadworks.BroadWorksErrorCode;
import dev.rtcdiag.parsers.attributes.CallAttributes;
import dev.rtcdiag.parsers.attributes.HttpAttributes;
import dev.rtcdiag.parsers.attributes.NetworkAttributes;
import dev.rtcdiag.parsers.attributes.SourceAttributes;
import dev.rtcdiag.parsers.internal.AbstractLineParser;
import dev.rtcdiag.parsers.internal.BaseFormatProvider;
import dev.rtcdiag.parsers.internal.HeldRecord;
import dev.rtcdiag.parsers.internal.QuotedFields;
import dev.rtcdiag.parsers.internal.Timestamps;
import dev.rtcdiag.parsers.internal.sip.SipTextExtractor;
import dev.rtcdiag.parsers.spi.CorrelationKeys;
import dev.rtcdiag.parsers.spi.Detection;
import dev.rtcdiag.parsers.spi.DetectionInput;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.EventTime;
import dev.rtcdiag.parsers.spi.Level;
import dev.rtcdiag.parsers.spi.Line;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.LogInput;
import dev.rtcdiag.parsers.spi.LogParser;
import dev.rtcdiag.parsers.spi.MalformedReason;
import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.spi.SourcePosition;
import dev.rtcdiag.parsers.spi.SystemId;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The BroadWorks server log family (XSLog, PSLog, XsiActionsLog, …; Cisco BroadWorks OCI-P and log documentation (https://www.cisco.com/c/en/us/support/docs/unified-communications/broadworks/220163-use-broadworks-switchdevicetype-feature.html)):
 * a header {@code yyyy.MM.dd HH:mm:ss:SSS <zone> | <Level> | <Category> | …} with a variable number
 * of {@code |} fields, then body lines (tab or space indented, or not at all) up to the next header.
 * Zones are abbreviations mapped through {@link ParserConfig#zoneAbbreviations()} or
 * {@code GMT±hh:mm}; lines that are not UTF-8 are read as ISO-8859-1 (BroadWorks' encoding).
 *
 * <p>SIP messages in bodies ({@code udp N SIP Bytes IN/OUT}) become SIP events. Each other entry is
 * one event with {@code category}; in its text: {@code [Error N] text} and OCI {@code ErrorResponse}
 * are error codes ({@link BroadWorksErrorCode}); {@code SuccessResponse} sets {@code outcome=success};
 * the OCI request type ({@code oci-request}), transaction duration ({@code duration-ms}); an HTTP
 * request line ({@code http-request}: {@code method}, {@code url}, {@code host}, {@code host-is-ip})
 * and an HTTP status ({@code http-response}: {@code status}, {@code http-message} from
 * {@code <message>} or JSON {@code message}). Keys: {@code call} (callhalf id), {@code tracking}
 * (correlation UUID), {@code session} (OCI sessionId, or one HTTP request and the response after it).
 */
public final class BroadWorksLogProvider extends BaseFormatProvider {

    /** The format id. */
    public static final String ID = "broadworks.log";

    static final Pattern HEADER = Pattern.compile(
            "^(\\d{4}\\.\\d{2}\\.\\d{2} \\d{2}:\\d{2}:\\d{2}:\\d{3})\\s+(\\S+)\\s+\\|\\s*([A-Za-z]+)\\s*\\|\\s*(.*)$");
    private static final Pattern CALLHALF = Pattern.compile("\\b(callhalf-\\d+)\\b");
    private static final Pattern UUID = Pattern.compile("\\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\b");
    private static final Pattern CORRELATION = Pattern.compile("X-BroadWorks-Correlation-Info:\\s*(\\S+)");
    private static final Pattern OCI_SESSION = Pattern.compile("<sessionId[^>]*>([^<]+)</sessionId>");
    private static final Pattern ERROR = Pattern.compile("\\[(?:Error|Hata|Ошибка) (\\d+)\\]\\s*([^<\\r\\n]*)");
    private static final Pattern OCI_TYPE = Pattern.compile("xsi:type=\"(?:c:)?(\\w+)\"");
    /** The head of an OCI transaction line; its {@code Duration: N ms} is found by {@link #transaction(String)} on the same line. */
    private static final Pattern TRANSACTION_HEAD = Pattern.compile("OCI Transaction (\\S+) (?:read|write)\\d+ executed");
    private static final Pattern REQUEST = Pattern.compile("(?m)^[ \\t]*(GET|POST|PUT|DELETE|PATCH) (\\S+)");
    private static final Pattern STATUS = Pattern.compile("(?m)^[ \\t]*HTTP\\s*/?\\s*(?:[12](?:\\.[01])?\\s+)?(\\d{3})\\b");
    private static final Pattern IP_HOST = Pattern.compile("^\\[?[0-9a-fA-F:.]+\\]?$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss:SSS");

    public BroadWorksLogProvider() {
        super(ID, "BroadWorks server logs (XSLog, PSLog, XsiActionsLog…): SIP, OCI-P, [Error N] and provisioning HTTP traces",
                "a line 'yyyy.MM.dd HH:mm:ss:SSS <zone> | <Level> |'");
    }

    @Override
    public Detection detect(DetectionInput input) {
        return anyLine(input, 50, HEADER, Detection.PRIORITY_NORMAL);
    }

    @Override
    public LogParser open(LogInput input, ParserConfig config) {
        return new Parser(input, config);
    }

    static final class Parser extends AbstractLineParser {
        private final SipTextExtractor sip;
        private Matcher header;
        /** The entry being read: its header line, then its body; facts are read from the text when it closes. */
        private final HeldRecord held;
        /** The last HTTP request seen: its response joins it (one provisioning exchange, one session). */
        private String exchange;

        Parser(LogInput input, ParserConfig config) {
            super(input, config, ID);
            this.sip = new SipTextExtractor(source, format, config, this::emitSip);
            this.held = new HeldRecord(config, source, ID, config.maxExcerptLength() * 5);
        }

        /** A SIP message in an entry's body has the entry's time and call half. */
        private void emitSip(LogEvent e) {
            if (header != null && !e.time().isPresent()) {
                LogEvent.Builder b = e.toBuilder().time(time(header.group(1), header.group(2)));
                Matcher c = CALLHALF.matcher(header.group(4));
                if (c.find()) {
                    b.key(CorrelationKeys.CALL, c.group(1));
                }
                e = b.build();
            }
            emit(e);
        }

        @Override
        protected void onLine(Line line) {
            String text = line.text();
            Matcher h = HEADER.matcher(text);
            if (h.matches()) {
                flush();
            }
            if (sip.accept(line)) {
                return; // a SIP message (or the 2010 one-line form): the SIP layer owns it
            }
            if (h.matches()) {
                header = h;
                held.open(line, text);
                return;
            }
            if (!held.isOpen()) {
                if (!text.isBlank()) {
                    emit(LogEvent.builder(line.position(source), format).system(SystemId.BROADWORKS).message(excerpt(text.strip())).raw(excerpt(text)).build());
                }
                return;
            }
            LogEvent refused = held.append(line, text);
            if (refused != null) {
                emit(refused);
                flush();
            }
        }

        /**
         * The first {@code OCI Transaction <id> read|writeN executed … Duration: N ms} on one line, as [id, ms].
         * One pass with two forward-only positions: {@code .*?Duration} over a long line with many heads was quadratic.
         */
        static String[] transaction(String all) {
            int duration = -1;
            int lineEnd = -1;
            for (int head = all.indexOf("OCI Transaction "); head >= 0; head = all.indexOf("OCI Transaction ", head + 1)) {
                Matcher h = TRANSACTION_HEAD.matcher(all).region(head, all.length());
                if (!h.lookingAt()) {
                    continue;
                }
                if (lineEnd < h.end()) {
                    lineEnd = lineEnd(all, h.end()); // forward only: heads on one line share its end
                }
                if (duration < h.end()) {
                    duration = all.indexOf("Duration: ", h.end());
                    if (duration < 0) {
                        return null;
                    }
                }
                if (duration < lineEnd) {
                    int d = duration + "Duration: ".length();
                    int e = d;
                    while (e < all.length() && Character.isDigit(all.charAt(e)) && e - d < 18) {
                        e++;
                    }
                    if (e > d && all.startsWith(" ms", e)) {
                        return new String[] {h.group(1), all.substring(d, e)};
                    }
                }
            }
            return null;
        }

        private static int lineEnd(String s, int from) {
            for (int i = from; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    return i;
                }
            }
            return s.length();
        }

        /** A provisioning response's message: the first {@code <message>…</message>} or JSON {@code "message": "…"}, whichever comes first. */
        static String message(String body) {
            int open = body.indexOf("<message>");
            int close = open < 0 ? -1 : body.indexOf("</message>", open + 9);
            String json = null;
            int jsonAt = Integer.MAX_VALUE;
            for (QuotedFields.Field f = QuotedFields.next(body, 0); f != null; f = QuotedFields.next(body, f.end())) {
                if (f.name().equals("message")) {
                    json = f.value();
                    jsonAt = f.start();
                    break;
                }
                if (close >= 0 && f.start() > open) {
                    break; // the XML element comes first
                }
            }
            if (close >= 0 && open < jsonAt) {
                return body.substring(open + 9, close);
            }
            return json;
        }

        private void flush() {
            if (!held.isOpen()) {
                return;
            }
            String text = held.text();
            int nl = text.indexOf('\n');
            String body = nl < 0 ? "" : text.substring(nl + 1) + "\n";
            String[] fields = header.group(4).split("\\s*\\|\\s*");
            String category = fields.length > 0 ? fields[0].strip() : "";
            String all = header.group(4) + "\n" + body;
            LogEvent.Builder b = LogEvent.builder(held.position(), format).system(SystemId.BROADWORKS)
                    .time(time(header.group(1), header.group(2)))
                    .level(level(header.group(3)))
                    .set(SourceAttributes.CATEGORY, category);
            String first = body.strip();
            int firstEnd = first.indexOf('\n');
            String summary = header.group(4).strip() + (first.isEmpty() ? "" : " | " + (firstEnd < 0 ? first : first.substring(0, firstEnd)));
            b.message(excerpt(summary));
            Matcher m;
            if ((m = CALLHALF.matcher(all)).find()) {
                b.key(CorrelationKeys.CALL, m.group(1));
            }
            if ((m = CORRELATION.matcher(all)).find() || (m = UUID.matcher(header.group(4))).find()) {
                b.key(CorrelationKeys.TRACKING, m.group(1));
            }
            Optional<String> ociSession = (m = OCI_SESSION.matcher(all)).find() ? Optional.of(m.group(1).strip()) : Optional.empty();
            ociSession.ifPresent(s -> b.key(CorrelationKeys.SESSION, "oci:" + s));
            if ((m = OCI_TYPE.matcher(all)).find()) {
                String type = m.group(1);
                if (type.endsWith("Request")) {
                    b.set(CallAttributes.OCI_REQUEST, type);
                } else if (type.equals("SuccessResponse")) {
                    b.kind(EventKind.CALL_EVENT).set(CallAttributes.OUTCOME, "success");
                }
            }
            String[] transaction = transaction(all);
            if (transaction != null) {
                b.set(CallAttributes.OCI_TRANSACTION, transaction[0]).parse(CallAttributes.DURATION_MS, transaction[1]);
            }
            Matcher req = REQUEST.matcher(body);
            Matcher status = STATUS.matcher(body);
            if (req.find()) {
                exchange = "http:" + held.position().line();
                String url = req.group(2);
                String host = host(url);
                b.kind(EventKind.HTTP_REQUEST).set(HttpAttributes.METHOD, req.group(1)).set(HttpAttributes.URL, url);
                if (!host.isEmpty()) {
                    b.set(NetworkAttributes.HOST, host).parse(NetworkAttributes.HOST_IS_IP, String.valueOf(IP_HOST.matcher(host).matches()));
                }
                if (ociSession.isEmpty()) {
                    b.key(CorrelationKeys.SESSION, exchange);
                }
            } else if (status.find()) {
                b.kind(EventKind.HTTP_RESPONSE).parse(HttpAttributes.STATUS, status.group(1));
                String msg = message(body);
                if (msg != null) {
                    b.set(HttpAttributes.MESSAGE, msg.strip());
                }
                if (exchange != null && ociSession.isEmpty()) {
                    b.key(CorrelationKeys.SESSION, exchange);
                    exchange = null;
                }
            }
            if ((m = ERROR.matcher(all)).find()) {
                b.kind(EventKind.ERROR_CODE).code(BroadWorksErrorCode.of(m.group(1))).set(CallAttributes.ERROR_TEXT, m.group(2).strip());
                summary = summary + " | [Error " + m.group(1) + "] " + m.group(2).strip();
            }
            Optional<String> httpMessage = b.get(HttpAttributes.MESSAGE);
            if (httpMessage.isPresent()) {
                summary = summary + " | " + httpMessage.get();
            }
            b.message(excerpt(summary));
            emit(held.close(b));
            header = null;
        }

        private static String host(String url) {
            int s = url.indexOf("://");
            if (s < 0) {
                return "";
            }
            String rest = url.substring(s + 3);
            int end = rest.indexOf('/');
            String hostPort = end < 0 ? rest : rest.substring(0, end);
            int at = hostPort.lastIndexOf('@');
            hostPort = at >= 0 ? hostPort.substring(at + 1) : hostPort;
            if (hostPort.startsWith("[")) {
                int close = hostPort.indexOf(']');
                return close > 0 ? hostPort.substring(0, close + 1) : hostPort;
            }
            int colon = hostPort.indexOf(':');
            return colon < 0 ? hostPort : hostPort.substring(0, colon);
        }

        private static Level level(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            return w.equals("fielddebug") ? Level.DEBUG : Level.of(word);
        }

        private EventTime time(String raw, String zone) {
            try {
                LocalDateTime fast = raw.length() == 23 ? Timestamps.dateTime(raw, '.', ' ', ':') : null; // TIME: exactly 3 fraction digits
                LocalDateTime local = fast != null ? fast : LocalDateTime.parse(raw, TIME);
                Optional<ZoneId> z = config.zoneOf(zone);
                return z.isPresent() ? EventTime.absolute(local.atZone(z.get()).toInstant(), raw + " " + zone)
                        : EventTime.local(local, config.zone(), raw + " " + zone);
            } catch (DateTimeParseException e) {
                return EventTime.NONE;
            }
        }

        @Override
        protected long openRecordLine() {
            long s = sip.openSince();
            return Math.min(s, held.firstLine());
        }

        @Override
        protected void onEnd() {
            sip.finish();
            flush();
        }
    }
}
