package dev.rtcdiag.parsers.internal.bbb;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.parsers.attributes.CallAttributes;
import dev.rtcdiag.parsers.attributes.HttpAttributes;
import dev.rtcdiag.parsers.attributes.NetworkAttributes;
import dev.rtcdiag.parsers.attributes.SipAttributes;
import dev.rtcdiag.parsers.attributes.WebRtcAttributes;
import dev.rtcdiag.parsers.internal.AbstractLineParser;
import dev.rtcdiag.parsers.internal.Timestamps;
import dev.rtcdiag.parsers.sip.Sdp;
import dev.rtcdiag.parsers.spi.CorrelationKeys;
import dev.rtcdiag.parsers.spi.EventTime;
import dev.rtcdiag.parsers.spi.Level;
import dev.rtcdiag.parsers.spi.Line;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.LogInput;
import dev.rtcdiag.parsers.spi.MalformedReason;
import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.spi.SystemId;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * One event per client record of html5-client.log (https://docs.bigbluebutton.org, https://github.com/bigbluebutton). A line is one POST: the
 * client's address, nginx's receive time and a JSON array of browser-bunyan records (keyed by
 * {@code msg} within a 400 ms window, so {@code count} says how many identical records were folded).
 *
 * <p>Keys: {@code meeting} ({@code userInfo.meetingId}, or {@code extraInfo.meetingId} in the 2.2-era
 * shape), {@code user} ({@code requesterUserId}). Attributes: {@code log-code}, {@code bridge},
 * {@code cause}, {@code role}, {@code count}, {@code user-agent}, {@code browser},
 * {@code caller-id-name}, {@code camera-id}, {@code client-address}, {@code client-session},
 * {@code fullname}, {@code remote-sdp-addresses}, plus those of {@link BbbMessages}. Records are read
 * one by one, so a line cut by the line-length limit still yields its complete records.
 */
final class BbbClientLogParser extends AbstractLineParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    BbbClientLogParser(LogInput input, ParserConfig config, String format) {
        super(input, config, format);
    }

    @Override
    protected void onLine(Line line) {
        String text = line.text();
        if (text.isBlank()) {
            return;
        }
        Matcher m = BbbClientLogProvider.LINE.matcher(text);
        if (!m.matches()) {
            emit(LogEvent.malformed(line.position(source), format, MalformedReason.BAD_SYNTAX,
                    "not an html5-client.log line ('<ip> [<time>] <body>')", excerpt(text)));
            return;
        }
        String client = m.group(1);
        EventTime received = nginxTime(m.group(2));
        String body = NginxEscapes.unescape(m.group(3)).strip();
        if (body.equals("-") || body.isEmpty()) {
            emit(LogEvent.builder(line.position(source), format).system(SystemId.BBB).time(received)
                    .message("empty request body").raw(excerpt(text)).build());
            return;
        }
        try (JsonParser p = JSON.createParser(body)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                record(line, client, received, p.readValueAsTree());
                return;
            }
            if (first != JsonToken.START_ARRAY) {
                throw new IOException("body is not a JSON array of records");
            }
            int n = 0;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                record(line, client, received, p.readValueAsTree());
                n++;
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
                throw new IOException("record " + (n + 1) + " is not a JSON object");
            }
        } catch (IOException | RuntimeException e) {
            emit(LogEvent.malformed(line.position(source), format, line.truncated() ? MalformedReason.TRUNCATED : MalformedReason.BAD_SYNTAX,
                    "client records unreadable: " + firstLine(e.getMessage()), excerpt(text)));
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid JSON";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private void record(Line line, String client, EventTime received, JsonNode rec) {
        JsonNode extra = rec.path("extraInfo");
        JsonNode user = rec.has("userInfo") ? rec.get("userInfo") : extra.has("meetingId") ? extra : rec.has("meetingId") ? rec : JSON.missingNode();
        String logCode = rec.path("logCode").asText("");
        String msg = rec.path("msg").asText("");
        LogEvent.Builder b = LogEvent.builder(line.position(source), format).system(SystemId.BBB)
                .time(recordTime(rec.path("time").asText(""), received))
                .level(level(rec))
                .key(CorrelationKeys.MEETING, user.path("meetingId").asText(null))
                .key(CorrelationKeys.USER, text(user, "requesterUserId", text(user, "userId", null)));
        attr(b, CallAttributes.LOG_CODE, logCode);
        attr(b, NetworkAttributes.CLIENT_ADDRESS, client);
        attr(b, WebRtcAttributes.BRIDGE, text(extra, "bridge", null));
        attr(b, CallAttributes.CAUSE, text(extra, "cause", null));
        attr(b, CallAttributes.ROLE, text(extra, "role", null));
        attr(b, SipAttributes.CALLER_ID_NAME, text(extra, "callerIdName", null));
        attr(b, CallAttributes.CAMERA_ID, text(extra, "cameraId", null));
        attr(b, CallAttributes.ERROR_NAME, text(extra, "errorName", null));
        attr(b, CallAttributes.CLIENT_SESSION, clientSession(user, extra));
        attr(b, CallAttributes.FULL_NAME, text(user, "fullname", text(user, "username", null)));
        String ua = rec.path("userAgent").asText("");
        if (!ua.isEmpty()) {
            b.set(HttpAttributes.USER_AGENT, ua);
            b.set(WebRtcAttributes.BROWSER, BbbMessages.browser(ua));
        }
        if (rec.path("count").asInt(1) > 1) {
            b.parse(CallAttributes.COUNT, rec.path("count").asText());
        }
        if (extra.has("connectionStateChange")) {
            b.parse(WebRtcAttributes.CONNECTION_STATE, extra.get("connectionStateChange").asText());
        } else if (extra.has("connectionState")) {
            b.parse(WebRtcAttributes.CONNECTION_STATE, extra.get("connectionState").asText());
        }
        String sdp = text(extra, "sdp", null);
        if (sdp != null) {
            Sdp.parse(sdp.replace("\\r\\n", "\r\n")).ifPresent(s -> b.set(WebRtcAttributes.REMOTE_SDP_ADDRESSES, String.join(",", s.connectionAddresses())));
        }
        if (rec.has("rating") || rec.has("comment")) {
            attr(b, CallAttributes.RATING, text(rec, "rating", null));
            attr(b, CallAttributes.COMMENT, text(rec, "comment", null));
            if (msg.isEmpty()) {
                msg = "feedback";
            }
        }
        Optional<CatalogCode> code = BbbMessages.classify(logCode, msg, b);
        JsonNode errorCode = extra.get("errorCode");
        if (errorCode != null && !errorCode.isNull() && !errorCode.asText().isBlank()) {
            String reason = text(extra, "errorMessage", text(extra, "errorReason", text(extra, "cause", "")));
            code = Optional.of(BbbMessages.bbb(errorCode.asText().strip(), reason));
        } else if (b.get(CallAttributes.ERROR_NAME).isPresent() && code.isEmpty()) {
            code = Optional.of(BbbMessages.bbb(b.get(CallAttributes.ERROR_NAME).get(), ""));
        }
        code.ifPresent(b::code);
        BbbMessages.kind(b, code.isPresent());
        String extraText = extra.isObject() && extra.size() > 0 ? " " + compact(extra) : "";
        b.message(excerpt(msg)).raw(excerpt((logCode.isEmpty() ? "" : logCode + ": ") + msg + extraText));
        emit(b.build());
    }

    /** The extraInfo object without the bulky client statistics. */
    private static String compact(JsonNode extra) {
        if (extra.has("stats") || extra.has("sdp")) {
            ObjectNode copy = ((ObjectNode) extra).deepCopy();
            copy.remove("stats");
            if (copy.has("sdp")) {
                copy.put("sdp", "…");
            }
            return copy.toString();
        }
        return extra.toString();
    }

    /**
     * The client session: {@code clientSessionNumber}, or the part of 2.x's {@code uniqueClientSession}
     * ({@code <sessionToken>-<random>}) after the token, which is a secret.
     */
    private static String clientSession(JsonNode user, JsonNode extra) {
        String unique = text(user, "uniqueClientSession", null);
        String token = text(user, "sessionToken", null);
        if (unique != null && token != null && !token.isEmpty() && unique.startsWith(token)) {
            unique = unique.substring(token.length()).replaceFirst("^-", "");
        }
        return unique != null && !unique.isEmpty() ? unique : text(extra, "clientSessionNumber", null);
    }

    private static void attr(LogEvent.Builder b, dev.rtcdiag.parsers.spi.AttributeKey<String> name, String value) {
        if (value != null && !value.isBlank()) {
            b.set(name, value);
        }
    }

    private static String text(JsonNode n, String field, String fallback) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? fallback : v.asText();
    }

    private static Level level(JsonNode rec) {
        JsonNode l = rec.get("level");
        if (l != null && l.isNumber()) {
            int v = l.asInt();
            return v >= 60 ? Level.FATAL : v >= 50 ? Level.ERROR : v >= 40 ? Level.WARN : v >= 30 ? Level.INFO : v >= 20 ? Level.DEBUG : Level.TRACE;
        }
        return Level.of(rec.path("levelName").asText(null));
    }

    private static EventTime recordTime(String iso, EventTime received) {
        if (!iso.isEmpty()) {
            try {
                Instant t = Timestamps.instant(iso);
                return EventTime.absolute(t != null ? t : Instant.parse(iso), iso);
            } catch (DateTimeParseException e) {
                // a record without a browser time keeps nginx's receive time
            }
        }
        return received;
    }

    static EventTime nginxTime(String iso) {
        try {
            Instant t = Timestamps.instant(iso);
            return EventTime.absolute(t != null ? t : OffsetDateTime.parse(iso).toInstant(), iso);
        } catch (DateTimeParseException e) {
            return EventTime.NONE;
        }
    }

    @Override
    protected void onEnd() {
        // records never span lines
    }
}
