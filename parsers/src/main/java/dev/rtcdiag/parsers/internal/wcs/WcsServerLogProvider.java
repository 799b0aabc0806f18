package dev.rtcdiag.parsers.internal.wcs;

import dev.rtcdiag.catalog.vendor.wcs.WcsStatusInfo;
import dev.rtcdiag.parsers.attributes.CallAttributes;
import dev.rtcdiag.parsers.attributes.HttpAttributes;
import dev.rtcdiag.parsers.attributes.SourceAttributes;
import dev.rtcdiag.parsers.attributes.WebRtcAttributes;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flashphoner Web Call Server logs (https://docs.flashphoner.com): {@code flashphoner.log} and
 * its rolled copies, {@code dtls-error.log} — log4j {@code %d{HH:mm:ss,SSS} %-5p %20.20c{1} - %t %m%n},
 * no date on the line (taken from a rolled file's {@code .yyyy-MM-dd-HH} suffix or
 * {@code ParserConfig.date()}; otherwise unknown, order kept), multi-line messages.
 *
 * <p>REST hook objects ({@code SEND REST OBJECT ==> URL:…/StreamStatusEvent OBJECT: {…}}) become
 * {@code status} events ({@code rest-event}, {@code status}, {@code info}, {@code url}, {@code name});
 * a {@code FAILED} one is an error code: its {@code info} as a {@link WcsStatusInfo} (an unknown
 * {@code Failed by …} text stays a failure with its text). {@code DtlsError} lines set
 * {@code dtls-alert}. Keys: {@code session} ({@code sessionId} {@code /<client>/<server>}),
 * {@code media} ({@code mediaSessionId}). SIP messages of the {@code sipMessages} logger go through the
 * SIP layer. The event's message is the entry's first line, as it is the line a person looks for.
 */
public final class WcsServerLogProvider extends BaseFormatProvider {

    /** The format id. */
    public static final String ID = "wcs.server-log";

    static final Pattern ENTRY = Pattern.compile("^(\\d{2}:\\d{2}:\\d{2},\\d{3}) (TRACE|DEBUG|INFO |WARN |ERROR|FATAL) +(\\S{1,20}) - (\\S+) ?(.*)$");
    private static final Pattern ROLLED = Pattern.compile("\\.(\\d{4}-\\d{2}-\\d{2})(?:-\\d{2})?(?:\\.gz)?$");
    private static final Pattern URL = Pattern.compile("URL:\\s*(\\S+)");
    private static final Pattern SESSION = Pattern.compile("(/[0-9a-fA-F.:\\[\\]]+:\\d+/[0-9a-fA-F.:\\[\\]]+:\\d+)");
    private static final Pattern INFO_TEXT = Pattern.compile("(Failed by [^\"\\n,;]+|No common codecs|Transcoding required, but disabled|Failed to add stream to proxy)");
    private static final Pattern ALERT = Pattern.compile("alert level: (\\d+); alert description: (\\d+)");

    public WcsServerLogProvider() {
        super(ID, "Flashphoner WCS server logs (flashphoner.log and rolled copies, dtls-error.log): REST hook objects, statuses, SIP",
                "a line 'HH:mm:ss,SSS LEVEL <logger> - <thread> …'");
    }

    @Override
    public Detection detect(DetectionInput input) {
        return anyLine(input, 100, ENTRY, Detection.PRIORITY_NORMAL);
    }

    @Override
    public LogParser open(LogInput input, ParserConfig config) {
        return new Parser(input, config);
    }

    private static final class Parser extends AbstractLineParser {
        private final SipTextExtractor sip;
        private final LocalDate day;
        private Matcher entry;
        /** The entry being read; its facts (REST object fields, status info) are read from its text when it closes. */
        private final HeldRecord held;

        Parser(LogInput input, ParserConfig config) {
            super(input, config, ID);
            this.sip = new SipTextExtractor(source, format, config, this::emit);
            this.held = new HeldRecord(config, source, ID, config.maxExcerptLength() * 4);
            Matcher r = ROLLED.matcher(source);
            LocalDate d = null;
            if (r.find()) {
                try {
                    d = LocalDate.parse(r.group(1));
                } catch (DateTimeParseException e) {
                    d = null;
                }
            }
            this.day = d != null ? d : config.date().orElse(null);
        }

        @Override
        protected void onLine(Line line) {
            String t = line.text();
            Matcher m = ENTRY.matcher(t);
            if (m.matches()) {
                flush();
                entry = m;
                held.open(line, t);
                return;
            }
            if (sip.accept(line)) {
                return;
            }
            if (!held.isOpen()) {
                if (!t.isBlank()) {
                    emit(LogEvent.builder(line.position(source), format).system(SystemId.WCS).message(excerpt(t.strip())).raw(excerpt(t)).build());
                }
                return;
            }
            LogEvent refused = held.append(line, t);
            if (refused != null) {
                emit(refused);
                flush();
            }
        }

        private void flush() {
            if (!held.isOpen()) {
                return;
            }
            String all = held.text();
            String first = firstLine(all);
            LogEvent.Builder b = LogEvent.builder(held.position(), format).system(SystemId.WCS).level(Level.of(entry.group(2).strip()))
                    .time(time(entry.group(1))).set(SourceAttributes.LOGGER, entry.group(3)).set(SourceAttributes.THREAD, entry.group(4))
                    .message(excerpt(first));
            Matcher x;
            String status = null;
            String info = null;
            // Each pattern runs only where its literal occurs: a regex search over every entry was 10 % of the
            // diagnosing thread on the bench corpus, String.indexOf is a vectorised scan.
            if (all.contains("REST OBJECT") && (x = URL.matcher(all)).find()) {
                String url = x.group(1);
                b.kind(EventKind.STATUS).set(HttpAttributes.URL, url).set(CallAttributes.REST_EVENT, url.substring(url.lastIndexOf('/') + 1));
            }
            for (QuotedFields.Field f = QuotedFields.next(all, 0); f != null; f = QuotedFields.next(all, f.end())) {
                switch (f.name()) {
                    case "status" -> status = f.value();
                    case "info" -> info = f.value();
                    case "sessionId" -> b.key(CorrelationKeys.SESSION, f.value());
                    case "mediaSessionId" -> b.key(CorrelationKeys.MEDIA, f.value());
                    case "callId" -> b.key(CorrelationKeys.CALL, f.value());
                    case "name" -> b.set(CallAttributes.NAME, f.value());
                    case "mediaProvider" -> b.set(CallAttributes.MEDIA_PROVIDER, f.value());
                    default -> {
                        // other fields stay in the raw text
                    }
                }
            }
            if (status == null && all.indexOf('/') >= 0 && (x = SESSION.matcher(all)).find()) {
                b.key(CorrelationKeys.SESSION, x.group(1));
            }
            if (status != null) {
                b.kind(EventKind.STATUS).set(CallAttributes.STATUS, status);
                if (status.equals("DISCONNECTED") && all.contains("ConnectionStatusEvent")) {
                    b.closesSession(); // the WebSocket connection, and with it the session, is over
                }
            }
            if (info != null) {
                b.set(CallAttributes.INFO, info);
            } else if (mayHaveInfoText(all) && (x = INFO_TEXT.matcher(all)).find()) {
                info = x.group(1).strip();
                b.set(CallAttributes.INFO, info);
            }
            boolean failed = "FAILED".equalsIgnoreCase(status) || (status == null && info != null);
            if (failed && info != null) {
                WcsStatusInfo code = WcsStatusInfo.of(info);
                if (code.isFailure() || "FAILED".equalsIgnoreCase(status)) {
                    b.kind(EventKind.ERROR_CODE).code(code);
                }
            }
            if (all.contains("alert level: ") && (x = ALERT.matcher(all)).find()) {
                b.kind(EventKind.STATUS).set(WebRtcAttributes.DTLS_ALERT, x.group(2)).set(WebRtcAttributes.DTLS_ALERT_LEVEL, x.group(1));
            }
            emit(held.close(b));
            entry = null;
        }

        /** Up to the first line terminator, as {@code String.lines()} ends a line ('\n' or '\r'), without building a stream. */
        private static String firstLine(String all) {
            for (int i = 0; i < all.length(); i++) {
                char c = all.charAt(i);
                if (c == '\n' || c == '\r') {
                    return all.substring(0, i);
                }
            }
            return all;
        }

        /** Whether one of {@link #INFO_TEXT}'s literals occurs (each alternative begins with one of these). */
        private static boolean mayHaveInfoText(String all) {
            return all.contains("Failed ") || all.contains("No common codecs") || all.contains("Transcoding required");
        }

        private EventTime time(String raw) {
            try {
                LocalTime t = Timestamps.time(raw, ',');
                if (t == null) {
                    t = LocalTime.parse(raw.replace(',', '.'));
                }
                return EventTime.timeOfDay(t, day, config.zone(), raw);
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
