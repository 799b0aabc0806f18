package dev.rtcdiag.parsers.internal.bitrix;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rtcdiag.catalog.vendor.bitrix.BitrixCallCode;
import dev.rtcdiag.parsers.attributes.CallAttributes;
import dev.rtcdiag.parsers.internal.AbstractLineParser;
import dev.rtcdiag.parsers.internal.BaseFormatProvider;
import dev.rtcdiag.parsers.internal.Timestamps;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Bitrix24 call statistics exports (https://apidocs.bitrix24.com): the REST
 * {@code voximplant.statistic.get} answer ({@code {"result": [ … ], "total": N}} or a bare array) and
 * CSV exports with the same column names. One event per call: {@code error-code} with the
 * {@link BitrixCallCode} of {@code CALL_FAILED_CODE} for a failed call, {@code call-event} for a
 * successful one (200) and for billing rows; attributes {@code call-failed-code},
 * {@code call-failed-reason}, {@code duration}, {@code call-type}, {@code call-log}; keys
 * {@code session} ({@code SESSION_ID}, the {@code ?sessionid=} of the call log) and {@code call}
 * ({@code CALL_ID}). JSON is read as a stream, one row at a time.
 */
public final class BitrixStatisticsProvider extends BaseFormatProvider {

    /** The format id. */
    public static final String ID = "bitrix.call-statistics";

    /**
     * Made on first use: every provider is instantiated to detect every input, and an ObjectMapper
     * loads a few hundred classes that an input of another format never needs (start-up).
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    public BitrixStatisticsProvider() {
        super(ID, "Bitrix24 call statistics: voximplant.statistic.get JSON (result rows) or CSV export with CALL_FAILED_CODE",
                "JSON or a CSV header naming CALL_FAILED_CODE");
    }

    @Override
    public Detection detect(DetectionInput input) {
        String head = StandardCharsets.UTF_8.decode(input.bytes().duplicate()).toString();
        String t = head.stripLeading();
        if ((t.startsWith("{") || t.startsWith("[")) && head.contains("\"CALL_FAILED_CODE\"")) {
            return Detection.match(Detection.PRIORITY_STRONG);
        }
        List<String> lines = input.firstLines(1);
        if (!lines.isEmpty() && lines.get(0).contains("CALL_FAILED_CODE") && (lines.get(0).contains(",") || lines.get(0).contains(";"))) {
            return Detection.match(Detection.PRIORITY_STRONG);
        }
        return Detection.noMatch();
    }

    @Override
    public LogParser open(LogInput input, ParserConfig config) throws IOException {
        java.io.BufferedInputStream in = new java.io.BufferedInputStream(input.stream());
        in.mark(4096);
        byte[] first = in.readNBytes(4096);
        in.reset();
        String t = new String(first, StandardCharsets.UTF_8).stripLeading();
        LogInput again = new LogInput(input.name(), in);
        return t.startsWith("{") || t.startsWith("[") || t.startsWith("\uFEFF{") ? new JsonRows(again, config) : new CsvRows(again, config);
    }

    /** The event of one statistics row (field names as in the REST answer). */
    static LogEvent row(SourcePosition at, Map<String, String> f, String raw) {
        String code = f.getOrDefault("CALL_FAILED_CODE", "").strip();
        LogEvent.Builder b = LogEvent.builder(at, ID).system(SystemId.BITRIX).raw(raw).closesSession()
                .key(CorrelationKeys.SESSION, f.get("SESSION_ID")).key(CorrelationKeys.CALL, f.get("CALL_ID"));
        String start = f.getOrDefault("CALL_START_DATE", "");
        try {
            Instant t = start.isEmpty() ? null : Timestamps.instant(start);
            b.time(start.isEmpty() ? EventTime.NONE : EventTime.absolute(t != null ? t : OffsetDateTime.parse(start).toInstant(), start));
        } catch (DateTimeParseException e) {
            // keep the row; its time is unknown
        }
        put(b, CallAttributes.CALL_FAILED_CODE, code);
        put(b, CallAttributes.CALL_FAILED_REASON, f.get("CALL_FAILED_REASON"));
        put(b, CallAttributes.DURATION, f.get("CALL_DURATION"));
        put(b, CallAttributes.CALL_TYPE, f.get("CALL_TYPE"));
        put(b, CallAttributes.CALL_LOG, f.get("CALL_LOG"));
        put(b, CallAttributes.PORTAL_NUMBER, f.get("PORTAL_NUMBER"));
        boolean billing = code.matches("[123]|409") && f.getOrDefault("PHONE_NUMBER", "").isBlank();
        if (code.isEmpty() || code.equals("200") || billing) {
            b.kind(EventKind.CALL_EVENT).level(Level.INFO).set(CallAttributes.OUTCOME, billing ? "billing" : code.isEmpty() ? "unknown" : "success");
        } else {
            b.kind(EventKind.ERROR_CODE).code(BitrixCallCode.of(code)).level(Level.WARN);
        }
        String reason = f.getOrDefault("CALL_FAILED_REASON", "");
        b.message("call " + f.getOrDefault("CALL_ID", "?") + ": CALL_FAILED_CODE " + (code.isEmpty() ? "-" : code) + (reason.isEmpty() ? "" : " (" + reason + ")")
                + (f.containsKey("CALL_DURATION") ? ", " + f.get("CALL_DURATION") + " s" : ""));
        return b.build();
    }

    private static void put(LogEvent.Builder b, dev.rtcdiag.parsers.spi.AttributeKey<String> name, String value) {
        if (value != null && !value.isBlank()) {
            b.set(name, value.strip());
        }
    }

    /** JSON rows, streamed: the objects of "result" (or of a top-level array). */
    private static final class JsonRows implements LogParser {
        private final LogInput input;
        private final ParserConfig config;
        private final String source;
        private JsonParser p;
        private final ArrayDeque<LogEvent> next = new ArrayDeque<>();
        private boolean done;

        JsonRows(LogInput input, ParserConfig config) {
            this.input = input;
            this.config = config;
            this.source = input.name();
            try {
                // string values are shortened as the bytes pass (a row keeps four excerpts of a value at most)
                p = new JsonFactory().setCodec(Json.MAPPER).createParser(new JsonStringCap(input.stream(), config.maxExcerptLength() * 4 + 1));
            } catch (IOException e) {
                fail(1, "cannot read JSON: " + e.getMessage());
            }
        }

        private void fail(long line, String why) {
            LogEvent e = LogEvent.malformed(new SourcePosition(source, Math.max(1, line), 0), ID, MalformedReason.BAD_SYNTAX, why, "");
            if (config.strict()) {
                throw new dev.rtcdiag.parsers.spi.LogParseException(e);
            }
            next.add(e);
            done = true;
        }

        /**
         * One row's scalar fields, read token by token (a tree per row took 1.6 GB for one 30 MB row): each
         * value keeps at most four excerpts' worth of characters, nested values are skipped, and at most
         * 256 fields are kept.
         */
        private Map<String, String> streamRow() throws IOException {
            Map<String, String> f = new java.util.LinkedHashMap<>();
            int keep = config.maxExcerptLength() * 4;
            for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_OBJECT; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) {
                    continue;
                }
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                if (f.size() >= 256) {
                    continue;
                }
                if (v == JsonToken.VALUE_NULL) {
                    f.put(name, "");
                } else if (v == JsonToken.VALUE_STRING) {
                    java.io.Writer capped = new java.io.Writer() {
                        final StringBuilder sb = new StringBuilder();

                        @Override
                        public void write(char[] c, int off, int len) {
                            int room = keep - sb.length();
                            if (room > 0) {
                                sb.append(c, off, Math.min(room, len));
                            }
                        }

                        @Override
                        public void flush() {
                        }

                        @Override
                        public void close() {
                        }

                        @Override
                        public String toString() {
                            return sb.toString();
                        }
                    };
                    p.getText(capped);
                    f.put(name, capped.toString());
                } else {
                    f.put(name, p.getText());
                }
            }
            return f;
        }

        private void advance() {
            try {
                while (next.isEmpty() && !done) {
                    JsonToken t = p.nextToken();
                    if (t == null) {
                        done = true;
                    } else if (t == JsonToken.START_OBJECT && (p.getParsingContext().getParent().inArray())) {
                        long line = p.currentTokenLocation().getLineNr();
                        Map<String, String> f = streamRow();
                        if (f.containsKey("CALL_FAILED_CODE") || f.containsKey("CALL_ID")) {
                            StringBuilder raw = new StringBuilder("{");
                            for (Map.Entry<String, String> x : f.entrySet()) {
                                if (raw.length() > config.maxExcerptLength()) {
                                    break;
                                }
                                raw.append(raw.length() == 1 ? "" : ",").append('"').append(x.getKey()).append("\":\"").append(x.getValue()).append('"');
                            }
                            String r = raw.append('}').toString();
                            next.add(row(new SourcePosition(source, Math.max(1, line), 0), f, r.length() > config.maxExcerptLength()
                                    ? r.substring(0, config.maxExcerptLength()) + "…" : r));
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                fail(p == null ? 1 : p.currentLocation().getLineNr(), "statistics JSON unreadable: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
            if (done && next.isEmpty()) {
                close();
            }
        }

        @Override
        public boolean hasNext() {
            advance();
            return !next.isEmpty();
        }

        @Override
        public LogEvent next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return next.poll();
        }

        @Override
        public void close() {
            done = true;
            try {
                if (p != null) {
                    p.close();
                }
                input.close();
            } catch (IOException e) {
                // read-only input: nothing to lose on close
            }
        }
    }

    /** CSV rows (comma or semicolon separated, RFC 4180 quotes within a line). */
    private static final class CsvRows extends AbstractLineParser {
        private List<String> header;
        private char separator = ',';

        CsvRows(LogInput input, ParserConfig config) {
            super(input, config, ID);
        }

        @Override
        protected void onLine(Line line) {
            String text = line.text();
            if (text.isBlank()) {
                return;
            }
            if (header == null) {
                separator = text.indexOf(';') >= 0 && text.indexOf(',') < 0 ? ';' : ',';
                header = split(text.replace("\uFEFF", ""), separator);
                return;
            }
            List<String> cells = split(text, separator);
            if (cells.size() != header.size()) {
                emit(LogEvent.malformed(line.position(source), format, MalformedReason.BAD_SYNTAX,
                        cells.size() + " fields where the header has " + header.size(), excerpt(text)));
                return;
            }
            Map<String, String> f = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                f.put(header.get(i).strip(), cells.get(i));
            }
            emit(row(line.position(source), f, excerpt(text)));
        }

        static List<String> split(String line, char sep) {
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = !quoted;
                    }
                } else if (c == sep && !quoted) {
                    out.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            out.add(cur.toString());
            return out;
        }

        @Override
        protected void onEnd() {
            // one row per line
        }
    }
}
