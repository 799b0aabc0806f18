package dev.rtcdiag.parsers.internal.webex;

import dev.rtcdiag.catalog.vendor.webex.WebexErrorCode;
import dev.rtcdiag.parsers.attributes.CallAttributes;
import dev.rtcdiag.parsers.attributes.HttpAttributes;
import dev.rtcdiag.parsers.attributes.SourceAttributes;
import dev.rtcdiag.parsers.internal.AbstractLineParser;
import dev.rtcdiag.parsers.internal.BaseFormatProvider;
import dev.rtcdiag.parsers.internal.HeldRecord;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Webex app logs with the BroadWorks Calling (BWC) library (https://www.cisco.com/c/en/us/support/docs/unified-communications/broadworks-application-server-220/221699-troubleshoot-webex-for-bworks-failed-to.html):
 * desktop 2020–early 2024 ({@code <ts>Z <Level> [0x…] File.cpp:N function:message}), desktop 2024+
 * (a context bracket after the thread, no space before the file), Android logcat
 * ({@code <local ts> pid tid L TAG: tid[0x…] File.cpp::N …}), and entries without the timestamp as
 * support documents quote them. Lines that start no entry continue the previous one; several entries
 * pasted onto one line are split.
 *
 * <p>Attributes: {@code thread}, {@code file}, {@code function}, {@code component} ({@code BWC:SCF}, …),
 * {@code signature} ({@code device-profile-not-found} with {@code device-type},
 * {@code config-parse-incomplete}, {@code config-parse-failed}, {@code bwc-token-http-error} with
 * {@code http-status}, {@code login-error}), {@code error-code}. {@code errorCode=N} and end-user codes
 * (100006, 2000xx next to "error"/"code") are {@link WebexErrorCode}s; {@code Tracking ID=} is the
 * {@code tracking} key.
 */
public final class WebexClientLogProvider extends BaseFormatProvider {

    /** The format id. */
    public static final String ID = "webex.client";

    static final Pattern DESKTOP = Pattern.compile(
            "^(?:(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z)\\s+)?<([A-Za-z]+)>\\s+\\[(0x[0-9a-fA-F]+)\\](?:\\[([^\\]]*)\\])?\\s*"
                    + "([A-Za-z0-9_.+-]+\\.[A-Za-z]+):(\\d+)\\s(.*)$");
    static final Pattern ANDROID = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3})\\s+(\\d+)\\s+(\\d+)\\s+([VDIWEF])\\s+([^:\\s]+):\\s+tid\\[(0x[0-9a-fA-F]+)\\]\\s+"
                    + "([A-Za-z0-9_.+-]+\\.[A-Za-z]+)::(\\d+)\\s(.*)$");
    private static final Pattern SPLIT = Pattern.compile("(?<=\\S)\\s*(?=\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z <)");
    private static final Pattern FUNC_END = Pattern.compile("(?<!:):(?!:)");
    private static final Pattern TAG = Pattern.compile("^([A-Z][A-Za-z0-9]*:[A-Z_]+|[A-Za-z0-9]+):\\s?(.*)$");
    private static final Pattern ERROR_CODE = Pattern.compile("errorCode=(\\d+)|Error (?:\\d+:)?(1502|1507)\\b");
    private static final Pattern END_USER = Pattern.compile("(?i)(?:error|code)\\D{0,20}\\b(100006|2000\\d\\d)\\b");
    private static final Pattern TOKEN_HTTP = Pattern.compile("Http error when trying to get BWC Token(?:.*?httpStatusCode:\\s*(\\d+))?");
    private static final Pattern TRACKING = Pattern.compile("Tracking ID=\\s*([A-Za-z0-9_:.-]+)");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    public WebexClientLogProvider() {
        super(ID, "Webex app log with BroadWorks Calling (desktop 2020-2024 and 2024+ lines, Android logcat lines)",
                "a line '<ts>Z <Level> [0x…] File.ext:N …' or Android 'tid[0x…] File.cpp::N'");
    }

    @Override
    public Detection detect(DetectionInput input) {
        for (String line : input.firstLines(100)) {
            if (DESKTOP.matcher(line).matches() || ANDROID.matcher(line).matches()) {
                return Detection.match(Detection.PRIORITY_NORMAL);
            }
        }
        return Detection.noMatch();
    }

    @Override
    public LogParser open(LogInput input, ParserConfig config) {
        return new Parser(input, config);
    }

    static final class Parser extends AbstractLineParser {
        private final HeldRecord held;

        Parser(LogInput input, ParserConfig config) {
            super(input, config, ID);
            this.held = new HeldRecord(config, source, ID);
        }

        @Override
        protected void onLine(Line line) {
            String text = line.text();
            if (text.isBlank()) {
                return;
            }
            // SPLIT needs a timestamp's "Z <" after at least one character (24 = the timestamp before its Z, plus
            // one): without it the regex, tried at every position, is skipped (it was a third of this parser's time)
            List<String> parts = new ArrayList<>();
            if (text.indexOf("Z <", 24) < 0) {
                parts.add(text);
            } else {
                for (String p : SPLIT.split(text)) {
                    parts.add(p);
                }
            }
            for (String part : parts) {
                Matcher d = DESKTOP.matcher(part);
                Matcher a = ANDROID.matcher(part);
                if (d.matches()) {
                    flush();
                    start(line, part, d.group(1) == null ? EventTime.NONE : utc(d.group(1)), Level.of(d.group(2)), d.group(3), d.group(4),
                            d.group(5), d.group(7));
                } else if (a.matches()) {
                    flush();
                    start(line, part, local(a.group(1)), Level.of(a.group(4)), a.group(6), null, a.group(7), a.group(9));
                    held.builder().set(SourceAttributes.LOGCAT_TAG, a.group(5));
                } else if (held.isOpen()) {
                    LogEvent refused = held.append(line, part);
                    if (refused == null) {
                        signatures(part, held.builder());
                    } else {
                        emit(refused);
                        flush();
                    }
                } else {
                    emit(LogEvent.builder(line.position(source), format).system(SystemId.WEBEX).message(excerpt(part.strip())).raw(excerpt(part)).build());
                }
            }
        }

        private void start(Line line, String part, EventTime time, Level level, String thread, String context, String file, String rest) {
            LogEvent.Builder b = LogEvent.builder(line.position(source), format).system(SystemId.WEBEX).time(time).level(level)
                    .set(SourceAttributes.THREAD, thread).set(SourceAttributes.FILE, file);
            if (context != null && !context.isEmpty()) {
                b.set(SourceAttributes.CONTEXT, context);
            }
            Matcher f = FUNC_END.matcher(rest);
            String message = rest;
            if (f.find()) {
                b.set(SourceAttributes.FUNCTION, rest.substring(0, f.start()).strip());
                message = rest.substring(f.end()).strip();
            }
            Matcher t = TAG.matcher(message);
            if (t.matches() && (t.group(1).startsWith("BWC:") || !t.group(1).contains(" "))) {
                if (t.group(1).startsWith("BWC:") || t.group(1).matches("[A-Z][A-Za-z0-9]+")) {
                    b.set(SourceAttributes.COMPONENT, t.group(1));
                    message = t.group(2);
                }
            }
            b.message(excerpt(message));
            signatures(part, b);
            held.open(line, b, part);
        }

        private static void signatures(String text, LogEvent.Builder b) {
            Matcher m;
            // each pattern only where the literal it cannot match without occurs (String.indexOf is vectorised)
            if ((text.contains("errorCode=") || text.contains("Error ")) && (m = ERROR_CODE.matcher(text)).find()
                    && b.get(CallAttributes.ERROR_CODE).isEmpty()) {
                String code = m.group(1) != null ? m.group(1) : m.group(2);
                b.set(CallAttributes.ERROR_CODE, code).code(WebexErrorCode.of(code)).kind(EventKind.ERROR_CODE);
            } else if ((text.contains("100006") || text.contains("2000")) && (m = END_USER.matcher(text)).find()
                    && b.get(CallAttributes.ERROR_CODE).isEmpty()) {
                b.set(CallAttributes.ERROR_CODE, m.group(1)).code(WebexErrorCode.of(m.group(1))).kind(EventKind.ERROR_CODE);
            }
            String signature = null;
            String deviceType = (text.contains("device profile not found") || text.contains(PROFILE_NOT_FOUND_TR) || text.contains("deviceType found in"))
                    ? missingDeviceType(text) : null;
            if (deviceType != null) {
                signature = "device-profile-not-found";
                b.set(CallAttributes.DEVICE_TYPE, deviceType);
            } else if (text.contains("failed to parse the configuration")) {
                signature = "config-parse-failed";
            } else if (text.contains("BWC:INTERNAL: Incomplete")) {
                signature = "config-parse-incomplete";
            } else if ((m = TOKEN_HTTP.matcher(text)).find()) {
                signature = "bwc-token-http-error";
                if (m.group(1) != null) {
                    b.parse(HttpAttributes.HTTP_STATUS, m.group(1));
                }
            } else if (text.contains("Login error occurred")) {
                signature = "login-error";
            }
            if (signature != null && b.get(CallAttributes.SIGNATURE).isEmpty()) {
                b.set(CallAttributes.SIGNATURE, signature);
                if (b.get(CallAttributes.ERROR_CODE).isEmpty()) {
                    b.kind(EventKind.STATUS);
                }
            }
            if ((m = TRACKING.matcher(text)).find() && !m.group(1).equalsIgnoreCase("[Redacted]")) {
                b.key(CorrelationKeys.TRACKING, m.group(1));
            }
        }

        /**
         * The device type of {@code 'X' device profile not found} or {@code no X deviceType found in}, whichever
         * starts first. A scan, not {@code no (.+?) deviceType found in}: that lazy group, tried from every
         * position of a 64 KiB line, took 10 s per line.
         */
        /** The signature as the Turkish edition of the Webex for BroadWorks troubleshooting guide prints it. */
        static final String PROFILE_NOT_FOUND_TR = "cihaz profili bulunamadı";

        static String missingDeviceType(String text) {
            String quoted = null;
            int quotedAt = Integer.MAX_VALUE;
            // the leftmost quote whose next quote opens "' device profile not found", with something between
            for (int q = text.indexOf('\''); q >= 0; ) {
                int q2 = text.indexOf('\'', q + 1);
                if (q2 < 0) {
                    break;
                }
                if (q2 > q + 1 && (text.startsWith("' device profile not found", q2) || text.startsWith("' " + PROFILE_NOT_FOUND_TR, q2))) {
                    quoted = text.substring(q + 1, q2);
                    quotedAt = q;
                    break;
                }
                q = q2;
            }
            // the leftmost "no " with " deviceType found in" after it on the same line (line by line: linear)
            int lineStart = 0;
            while (lineStart < text.length() && lineStart < quotedAt) {
                int nl = text.indexOf('\n', lineStart);
                String line = text.substring(lineStart, nl < 0 ? text.length() : nl);
                int last = line.lastIndexOf(" deviceType found in");
                int no = last > 0 ? line.indexOf("no ") : -1;
                if (no >= 0 && no + 4 <= last && lineStart + no < quotedAt) {
                    return line.substring(no + 3, line.indexOf(" deviceType found in", no + 4));
                }
                if (nl < 0) {
                    break;
                }
                lineStart = nl + 1;
            }
            return quoted;
        }

        private void flush() {
            LogEvent e = held.close();
            if (e != null) {
                emit(e);
            }
        }

        private static EventTime utc(String iso) {
            try {
                return EventTime.absolute(Instant.parse(iso), iso);
            } catch (DateTimeParseException e) {
                return EventTime.NONE;
            }
        }

        private EventTime local(String raw) {
            try {
                return EventTime.local(LocalDateTime.parse(raw, LOCAL), config.zone(), raw);
            } catch (DateTimeParseException e) {
                return EventTime.NONE;
            }
        }

        @Override
        protected long openRecordLine() {
            return held.firstLine();
        }

        @Override
        protected void onEnd() {
            flush();
        }
    }
}
