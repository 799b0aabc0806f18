package dev.rtcdiag.parsers.internal.wcs;

import dev.rtcdiag.catalog.vendor.wcs.WcsStatusInfo;
import dev.rtcdiag.parsers.attributes.CallAttributes;
import dev.rtcdiag.parsers.attributes.SourceAttributes;
import dev.rtcdiag.parsers.attributes.WebRtcAttributes;
import dev.rtcdiag.parsers.internal.AbstractLineParser;
import dev.rtcdiag.parsers.internal.BaseFormatProvider;
import dev.rtcdiag.parsers.spi.Detection;
import dev.rtcdiag.parsers.spi.DetectionInput;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.EventTime;
import dev.rtcdiag.parsers.spi.Level;
import dev.rtcdiag.parsers.spi.Line;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.LogInput;
import dev.rtcdiag.parsers.spi.LogParser;
import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.spi.SystemId;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flashphoner WebSDK client logs and the server's SDR/CDR records (https://docs.flashphoner.com). WebSDK lines are {@code HH:MM:SS LEVEL src - text} (local time, no date); the session
 * state lines set {@code session-status} ({@code ESTABLISHED}, {@code FAILED}, …) and WebSocket
 * failures ({@code WS connection timeout}, missing pings) set {@code websocket=failed}; stream
 * failures carry the status info. SDR rows ({@code start;mediaProvider;name;mediaSessionId;duration;
 * disposition;info;type;subscribers;}) give one event per stream, a failed one with its info code.
 */
public final class WcsClientLogProvider extends BaseFormatProvider {

    /** The format id. */
    public static final String ID = "wcs.client-log";

    private static final Pattern SDK = Pattern.compile("^(\\d{2}:\\d{2}:\\d{2}) (ERROR|WARN|INFO|DEBUG|TRACE) (core|webrtc|websocket|flash|\\w+) -\\s+(.*)$");
    private static final Pattern SDR = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2});(\\w*);([^;]*);([^;]*);([^;]*);(\\w*);([^;]*);(\\w*);(\\d*);?$");
    private static final Pattern SESSION_STATUS = Pattern.compile("(?i)session status:? (\\w+)|SESSION_STATUS\\.(\\w+)");
    private static final Pattern STREAM_FAILED = Pattern.compile("(?i)stream status:? FAILED(?:[ ,:-]+(.+))?");

    public WcsClientLogProvider() {
        super(ID, "Flashphoner WebSDK client logs ('HH:MM:SS LEVEL src - text') and WCS SDR/CDR records",
                "'HH:MM:SS LEVEL core|webrtc|websocket - …' lines or an SDR header 'start;mediaProvider;name;…'");
    }

    @Override
    public Detection detect(DetectionInput input) {
        for (String line : input.firstLines(50)) {
            if (SDK.matcher(line).matches() || line.startsWith("start;mediaProvider;") || line.startsWith("end;mediaProvider;")) {
                return Detection.match(Detection.PRIORITY_NORMAL);
            }
        }
        return Detection.noMatch();
    }

    @Override
    public LogParser open(LogInput input, ParserConfig config) {
        return new Parser(input, config);
    }

    private static final class Parser extends AbstractLineParser {
        Parser(LogInput input, ParserConfig config) {
            super(input, config, ID);
        }

        @Override
        protected void onLine(Line line) {
            String text = line.text();
            if (text.isBlank() || text.startsWith("start;mediaProvider;") || text.startsWith("end;mediaProvider;")) {
                return;
            }
            LogEvent.Builder b = LogEvent.builder(line.position(source), format).system(SystemId.WCS).raw(excerpt(text)).message(excerpt(text.strip()));
            Matcher m;
            if ((m = SDK.matcher(text)).matches()) {
                try {
                    b.time(EventTime.timeOfDay(LocalTime.parse(m.group(1)), config.date().orElse(null), config.zone(), m.group(1)));
                } catch (DateTimeParseException e) {
                    // keep the line without a time
                }
                b.level(Level.of(m.group(2))).set(SourceAttributes.SOURCE, m.group(3));
                String msg = m.group(4);
                b.message(excerpt(msg));
                Matcher s;
                if ((s = SESSION_STATUS.matcher(msg)).find()) {
                    String st = s.group(1) != null ? s.group(1) : s.group(2);
                    b.kind(EventKind.STATUS).set(CallAttributes.SESSION_STATUS, st.toUpperCase(java.util.Locale.ROOT));
                }
                if (msg.startsWith("WS connection timeout") || msg.matches("Missing \\d+ pings from server.*")) {
                    b.kind(EventKind.STATUS).level(Level.ERROR).set(WebRtcAttributes.WEBSOCKET, "failed");
                }
                if ((s = STREAM_FAILED.matcher(msg)).find()) {
                    String info = s.group(1) == null ? "Stream failed" : s.group(1).strip();
                    b.kind(EventKind.ERROR_CODE).code(WcsStatusInfo.of(info)).set(CallAttributes.STATUS, "FAILED").set(CallAttributes.INFO, info);
                }
            } else if ((m = SDR.matcher(text)).matches()) {
                try {
                    b.time(EventTime.local(java.time.LocalDateTime.parse(m.group(1).replace(' ', 'T')), config.zone(), m.group(1)));
                } catch (DateTimeParseException e) {
                    // keep the row without a time
                }
                b.kind(EventKind.STATUS).set(CallAttributes.MEDIA_PROVIDER, m.group(2)).set(CallAttributes.NAME, m.group(3))
                        .key(dev.rtcdiag.parsers.spi.CorrelationKeys.MEDIA, m.group(4)).set(CallAttributes.DURATION, m.group(5))
                        .set(CallAttributes.STATUS, m.group(6)).set(CallAttributes.TYPE, m.group(8));
                if (!m.group(7).isBlank()) {
                    b.set(CallAttributes.INFO, m.group(7));
                }
                if (m.group(6).equals("FAILED")) {
                    b.kind(EventKind.ERROR_CODE).code(WcsStatusInfo.of(m.group(7).isBlank() ? "Stream failed" : m.group(7)));
                }
            }
            emit(b.build());
        }

        @Override
        protected void onEnd() {
            // one record per line
        }
    }
}
