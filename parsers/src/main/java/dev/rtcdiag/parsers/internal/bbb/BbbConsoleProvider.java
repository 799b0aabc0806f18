package dev.rtcdiag.parsers.internal.bbb;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.parsers.attributes.CallAttributes;
import dev.rtcdiag.parsers.attributes.SourceAttributes;
import dev.rtcdiag.parsers.internal.AbstractLineParser;
import dev.rtcdiag.parsers.internal.BaseFormatProvider;
import dev.rtcdiag.parsers.spi.Detection;
import dev.rtcdiag.parsers.spi.DetectionInput;
import dev.rtcdiag.parsers.spi.EventTime;
import dev.rtcdiag.parsers.spi.Level;
import dev.rtcdiag.parsers.spi.Line;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.LogInput;
import dev.rtcdiag.parsers.spi.LogParser;
import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.spi.SystemId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A BigBlueButton browser-console paste: browser-bunyan's {@code ConsoleFormattedStream} lines
 * {@code [HH:MM:SS:mmmm] LEVEL: clientLogger: <msg> <src>} (local time, no date; logCode and
 * extraInfo are not printed), SIP.js trace lines {@code <Date> | sip.Transport | …} and the
 * browser's own WebSocket errors (https://docs.bigbluebutton.org, https://github.com/bigbluebutton). The day comes from the first SIP.js line
 * or {@code ParserConfig.date()}.
 */
public final class BbbConsoleProvider extends BaseFormatProvider {

    /** The format id. */
    public static final String ID = "bbb.browser-console";

    static final Pattern CLIENT = Pattern.compile("^(?:\\[(\\d\\d):(\\d\\d):(\\d\\d):(\\d{1,4})\\]\\s*)?\\s*(TRACE|DEBUG|INFO|WARN|ERROR|FATAL): clientLogger: (.*)$");
    private static final Pattern SIPJS = Pattern.compile("^(\\w{3} \\w{3} \\d\\d \\d{4} \\d\\d:\\d\\d:\\d\\d GMT[+-]\\d{4})(?: \\([^)]*\\))? \\| ([\\w.]+) \\| (.*)$");
    // starts only where a run of blanks starts: retrying inside the run made find() quadratic on a line of blanks
    private static final Pattern SRC = Pattern.compile("(?<!\\s)\\s++\\(?(?:https?://\\S+:\\d+:\\d+|[\\w.$]+\\.\\w+ \\(\\S+\\)|\\S+…)\\)?\\s*$");
    private static final DateTimeFormatter SIPJS_TIME = DateTimeFormatter.ofPattern("EEE MMM dd yyyy HH:mm:ss 'GMT'xx", Locale.ROOT);

    public BbbConsoleProvider() {
        super(ID, "BigBlueButton browser console paste: '[HH:MM:SS:mmmm] LEVEL: clientLogger: …' and SIP.js trace lines",
                "a line 'LEVEL: clientLogger: …'");
    }

    @Override
    public Detection detect(DetectionInput input) {
        return anyLine(input, 200, CLIENT, Detection.PRIORITY_NORMAL);
    }

    @Override
    public LogParser open(LogInput input, ParserConfig config) {
        return new Parser(input, config);
    }

    private static final class Parser extends AbstractLineParser {
        private LocalDate day;

        Parser(LogInput input, ParserConfig config) {
            super(input, config, ID);
            this.day = config.date().orElse(null);
        }

        @Override
        protected void onLine(Line line) {
            String text = line.text();
            if (text.isBlank()) {
                return;
            }
            LogEvent.Builder b = LogEvent.builder(line.position(source), format).system(SystemId.BBB).raw(excerpt(text));
            Matcher m;
            String msg;
            String logCode = "";
            if ((m = CLIENT.matcher(text)).matches()) {
                if (m.group(1) != null) {
                    LocalTime t = LocalTime.of(Integer.parseInt(m.group(1)) % 24, Integer.parseInt(m.group(2)) % 60, Integer.parseInt(m.group(3)) % 60,
                            Integer.parseInt(m.group(4)) % 1000 * 1_000_000);
                    b.time(EventTime.timeOfDay(t, day, config.zone(), text.substring(1, text.indexOf(']'))));
                }
                b.level(Level.of(m.group(5)));
                msg = stripSource(m.group(6));
            } else if ((m = SIPJS.matcher(text)).matches()) {
                try {
                    ZonedDateTime z = ZonedDateTime.parse(m.group(1), SIPJS_TIME);
                    b.time(EventTime.absolute(z.toInstant(), m.group(1)));
                    if (day == null) {
                        day = z.toLocalDate();
                    }
                } catch (DateTimeParseException e) {
                    // keep the line; only its time is unknown
                }
                b.set(SourceAttributes.COMPONENT, m.group(2));
                msg = m.group(3);
                logCode = m.group(2);
            } else {
                msg = text.strip();
                if (msg.contains("WebSocket connection to '")) {
                    b.level(Level.ERROR);
                }
            }
            Optional<CatalogCode> code = BbbMessages.classify(logCode, msg, b);
            if (code.isEmpty() && b.get(CallAttributes.ERROR_NAME).isPresent()) {
                code = Optional.of(BbbMessages.bbb(b.get(CallAttributes.ERROR_NAME).get(), ""));
            }
            code.ifPresent(b::code);
            BbbMessages.kind(b, code.isPresent());
            emit(b.message(excerpt(msg)).build());
        }

        /**
         * The message without the call site browser-bunyan appends. Only the tail is searched: the
         * call site is short, and searching a whole 64 KiB line from every position would be quadratic.
         */
        private static String stripSource(String msg) {
            int from = Math.max(0, msg.length() - 1024);
            Matcher s = SRC.matcher(msg).region(from, msg.length());
            return s.find() ? msg.substring(0, s.start()) : msg;
        }

        @Override
        protected void onEnd() {
            // one event per line
        }
    }
}
