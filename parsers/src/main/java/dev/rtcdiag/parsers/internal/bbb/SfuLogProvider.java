package dev.rtcdiag.parsers.internal.bbb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rtcdiag.catalog.vendor.bbb.BbbErrorCode;
import dev.rtcdiag.parsers.attributes.CallAttributes;
import dev.rtcdiag.parsers.attributes.NetworkAttributes;
import dev.rtcdiag.parsers.attributes.SourceAttributes;
import dev.rtcdiag.parsers.attributes.WebRtcAttributes;
import dev.rtcdiag.parsers.internal.AbstractLineParser;
import dev.rtcdiag.parsers.internal.BaseFormatProvider;
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
import dev.rtcdiag.parsers.spi.SystemId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bbb-webrtc-sfu logs: pino JSON lines (v2.13+, {@code level} number, {@code time}, {@code mod},
 * {@code msg}) and the older winston JSON ({@code level} word, {@code timestamp}, {@code label},
 * {@code message}) (https://docs.bigbluebutton.org, https://github.com/bigbluebutton).
 *
 * <p>Keys: {@code meeting} ({@code internalMeetingId}), {@code user} ({@code userId}). Events:
 * NOT_FLOWING timeouts are the 2211 {@code MEDIA_NOT_FLOWING} code, {@code MEDIA_SERVER_OFFLINE} is
 * 2001, {@code Stack trace for error <code> | <reason>} and error frames ({@code code}+{@code reason})
 * carry their code; mediasoup transport ICE/DTLS failures are {@code status} events with
 * {@code server-ice=failed} / {@code server-dtls=failed}, and successes ({@code ICE state completed},
 * {@code began FLOWING}) set {@code outcome}. Announced addresses ({@code announcedIp}) are kept as
 * {@code server-address}.
 */
public final class SfuLogProvider extends BaseFormatProvider {

    /** The format id. */
    public static final String ID = "bbb.webrtc-sfu";

    /**
     * Made on first use: every provider is instantiated to detect every input, and an ObjectMapper
     * loads a few hundred classes that an input of another format never needs (start-up).
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final Set<String> MODULES = Set.of("sfu", "core", "video", "screenshare", "fullaudio", "audio", "mcs", "livekit");
    private static final Pattern STACK = Pattern.compile("Stack trace for error (\\d+) \\| (\\w+)");

    public SfuLogProvider() {
        super(ID, "bbb-webrtc-sfu log: pino JSON lines (2.13+) or winston JSON lines (older)",
                "JSON lines with pino's pid/hostname/msg and an SFU module name, or winston's label/timestamp/message");
    }

    @Override
    public Detection detect(DetectionInput input) {
        for (String line : input.firstLines(20)) {
            String t = line.strip();
            if (!t.startsWith("{")) {
                continue;
            }
            try {
                JsonNode n = Json.MAPPER.readTree(t);
                String mod = n.path("mod").asText(n.path("label").asText(""));
                boolean pino = n.has("msg") && n.has("pid") && n.has("hostname");
                boolean winston = n.has("message") && n.has("timestamp") && n.has("label");
                if ((pino || winston) && MODULES.contains(mod.toLowerCase(Locale.ROOT))) {
                    return Detection.match(Detection.PRIORITY_NORMAL);
                }
            } catch (java.io.IOException | RuntimeException e) {
                // not this line
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
            String text = line.text().strip();
            if (text.isEmpty()) {
                return;
            }
            JsonNode n;
            try {
                n = Json.MAPPER.readTree(text);
            } catch (java.io.IOException | RuntimeException e) {
                n = null;
            }
            if (n == null || !n.isObject()) {
                emit(LogEvent.malformed(line.position(source), format, line.truncated() ? MalformedReason.TRUNCATED : MalformedReason.BAD_SYNTAX,
                        "not a JSON log record", excerpt(text)));
                return;
            }
            String msg = n.path("msg").asText(n.path("message").asText(""));
            String time = n.path("time").asText(n.path("timestamp").asText(""));
            LogEvent.Builder b = LogEvent.builder(line.position(source), format).system(SystemId.BBB)
                    .level(level(n.get("level")))
                    .time(time(time))
                    .key(CorrelationKeys.MEETING, n.path("internalMeetingId").asText(null))
                    .key(CorrelationKeys.USER, n.path("userId").asText(null))
                    .message(excerpt(msg)).raw(excerpt(text));
            String mod = n.path("mod").asText(n.path("label").asText(""));
            if (!mod.isEmpty()) {
                b.set(SourceAttributes.MODULE, mod);
            }
            for (String f : new String[] {"role", "cameraId", "streamName", "iceState", "mediaState", "status"}) {
                if (n.hasNonNull(f) && !n.get(f).isContainerNode()) {
                    b.attribute(f.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT), n.get(f).asText());
                }
            }
            String announced = n.path("announcedIp").asText(n.path("announcedAddress").asText(""));
            if (!announced.isEmpty()) {
                b.set(NetworkAttributes.SERVER_ADDRESS, announced);
            }
            Matcher m;
            if (msg.contains("NOT_FLOWING timeout")) {
                b.kind(EventKind.ERROR_CODE).code(BbbErrorCode.find("2211", "MEDIA_NOT_FLOWING").orElseThrow());
            } else if (msg.contains("MEDIA_SERVER_OFFLINE")) {
                b.kind(EventKind.ERROR_CODE).code(BbbErrorCode.of("2001"));
            } else if ((m = STACK.matcher(msg)).find()) {
                b.kind(EventKind.ERROR_CODE).code(BbbMessages.bbb(m.group(1), m.group(2)));
            } else if (n.path("code").isNumber() && n.path("code").asInt() >= 2000 && n.path("code").asInt() < 3000) {
                b.kind(EventKind.ERROR_CODE).code(BbbMessages.bbb(n.get("code").asText(), n.path("reason").asText("")));
            } else if (msg.startsWith("mediasoup: transport ICE state failed")) {
                b.kind(EventKind.STATUS).set(WebRtcAttributes.SERVER_ICE, n.path("iceState").asText("failed"));
            } else if (msg.startsWith("mediasoup: wransport DTLS state failed") || msg.startsWith("mediasoup: transport DTLS state failed")) {
                b.kind(EventKind.STATUS).set(WebRtcAttributes.SERVER_DTLS, "failed"); // "wransport" is the SFU's own spelling
            } else if (msg.startsWith("mediasoup: transport ICE state completed") || msg.contains("began FLOWING")) {
                b.kind(EventKind.CALL_EVENT).set(CallAttributes.OUTCOME, "media-flowing");
            }
            emit(b.build());
        }

        private static Level level(JsonNode l) {
            if (l == null) {
                return Level.UNSPECIFIED;
            }
            if (l.isNumber()) {
                int v = l.asInt();
                return v >= 60 ? Level.FATAL : v >= 50 ? Level.ERROR : v >= 40 ? Level.WARN : v >= 30 ? Level.INFO : v >= 20 ? Level.DEBUG : Level.TRACE;
            }
            return Level.of(l.asText());
        }

        private static EventTime time(String iso) {
            if (iso.isEmpty()) {
                return EventTime.NONE;
            }
            try {
                return EventTime.absolute(Instant.parse(iso), iso);
            } catch (DateTimeParseException e) {
                try {
                    return EventTime.absolute(Instant.ofEpochMilli(Long.parseLong(iso)), iso);
                } catch (NumberFormatException e2) {
                    return EventTime.NONE;
                }
            }
        }

        @Override
        protected void onEnd() {
            // one record per line
        }
    }
}
