package dev.rtcdiag.parsers.internal.nginx;

import dev.rtcdiag.parsers.attributes.HttpAttributes;
import dev.rtcdiag.parsers.attributes.NetworkAttributes;
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
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * nginx access logs (the {@code combined} format and its common extensions) and error logs, in the
 * same file or apart (https://docs.bigbluebutton.org, https://github.com/bigbluebutton). Requests to the real-time endpoints
 * ({@code /ws}, {@code /bbb-webrtc-sfu}, {@code /html5log}) become {@code http-response} events
 * (attributes {@code path}, {@code status}, {@code client-address}, {@code user-agent}) of system
 * {@code bbb}; a failing status is a warning. Error-log lines become {@code status} events
 * ({@code path}, {@code upstream}, {@code error}); master-process restarts set {@code nginx=restart}.
 * Every other request is a plain {@code log} event.
 */
public final class NginxLogProvider extends BaseFormatProvider {

    /** The format id. */
    public static final String ID = "nginx";

    static final Pattern ACCESS = Pattern.compile(
            "^(\\S+) \\S+ (\\S+) \\[(\\d\\d/\\w{3}/\\d{4}:\\d\\d:\\d\\d:\\d\\d [+-]\\d{4})\\] \"(\\S+) (\\S+?)\\s*(HTTP/[\\d.]+)?\" (\\d{3}) (\\d+|-)(?: \"([^\"]*)\" \"([^\"]*)\")?.*$");
    static final Pattern ERROR = Pattern.compile("^(\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d) \\[(\\w+)\\] (\\d+)#(\\d+): (?:\\*(\\d+) )?(.*)$");
    private static final Pattern REQUEST = Pattern.compile("request: \"(\\S+) (\\S+)");
    private static final Pattern UPSTREAM = Pattern.compile("upstream: \"([^\"]+)\"");
    private static final DateTimeFormatter ACCESS_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss xx", Locale.ROOT);
    private static final DateTimeFormatter ERROR_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT);

    public NginxLogProvider() {
        super(ID, "nginx access (combined) and error logs; WebSocket and media endpoints become HTTP events",
                "most of the first lines are nginx combined access lines or 'YYYY/MM/DD HH:MM:SS [level] pid#tid:' error lines");
    }

    @Override
    public Detection detect(DetectionInput input) {
        int lines = 0;
        int hits = 0;
        for (String line : input.firstLines(20)) {
            if (line.isBlank()) {
                continue;
            }
            lines++;
            if (ACCESS.matcher(line).matches() || ERROR.matcher(line).matches()) {
                hits++;
            }
        }
        return hits > 0 && hits * 2 >= lines ? Detection.match(Detection.PRIORITY_NORMAL) : Detection.noMatch();
    }

    @Override
    public LogParser open(LogInput input, ParserConfig config) {
        return new Parser(input, config);
    }

    /** Whether a request path is one of the real-time endpoints rtcdiag reads. */
    static boolean realtime(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.equals("/ws") || p.startsWith("/ws?") || p.startsWith("/ws/") || p.startsWith("/bbb-webrtc-sfu") || p.startsWith("/html5log");
    }

    private static final class Parser extends AbstractLineParser {
        Parser(LogInput input, ParserConfig config) {
            super(input, config, ID);
        }

        @Override
        protected void onLine(Line line) {
            String text = line.text();
            if (text.isBlank()) {
                return;
            }
            LogEvent.Builder b = LogEvent.builder(line.position(source), format).system(SystemId.HTTP).raw(excerpt(text)).message(excerpt(text.strip()));
            Matcher m;
            if ((m = ACCESS.matcher(text)).matches()) {
                b.time(accessTime(m.group(3)));
                String path = m.group(5);
                int status = Integer.parseInt(m.group(7));
                b.level(status >= 500 ? Level.ERROR : status >= 400 ? Level.WARN : Level.INFO);
                if (realtime(path)) {
                    b.system(SystemId.BBB).kind(EventKind.HTTP_RESPONSE)
                            .set(HttpAttributes.METHOD, m.group(4)).set(HttpAttributes.PATH, path).parse(HttpAttributes.STATUS, m.group(7))
                            .set(NetworkAttributes.CLIENT_ADDRESS, m.group(1));
                    if (m.group(10) != null) {
                        b.set(HttpAttributes.USER_AGENT, m.group(10));
                    }
                }
            } else if ((m = ERROR.matcher(text)).matches()) {
                b.level(Level.of(m.group(2)));
                try {
                    b.time(EventTime.local(LocalDateTime.parse(m.group(1), ERROR_TIME), config.zone(), m.group(1)));
                } catch (DateTimeParseException e) {
                    // keep the event without a time
                }
                String msg = m.group(6);
                b.message(excerpt(msg));
                Matcher r = REQUEST.matcher(msg);
                if (r.find()) {
                    b.set(HttpAttributes.PATH, r.group(2));
                    if (realtime(r.group(2))) {
                        b.system(SystemId.BBB).kind(EventKind.STATUS);
                    }
                }
                Matcher u = UPSTREAM.matcher(msg);
                if (u.find()) {
                    b.set(HttpAttributes.UPSTREAM, u.group(1));
                }
                int comma = msg.indexOf(',');
                b.set(HttpAttributes.ERROR, comma > 0 ? msg.substring(0, comma) : msg);
                if (msg.startsWith("signal process started") || msg.contains("gracefully shutting down") || msg.startsWith("exiting")) {
                    b.system(SystemId.BBB).kind(EventKind.STATUS).set(HttpAttributes.NGINX, "restart");
                }
            } else {
                b.kind(EventKind.LOG);
            }
            emit(b.build());
        }

        private static EventTime accessTime(String raw) {
            try {
                return EventTime.absolute(OffsetDateTime.parse(raw, ACCESS_TIME).toInstant(), raw);
            } catch (DateTimeParseException e) {
                return EventTime.NONE;
            }
        }

        @Override
        protected void onEnd() {
            // one event per line
        }
    }
}
