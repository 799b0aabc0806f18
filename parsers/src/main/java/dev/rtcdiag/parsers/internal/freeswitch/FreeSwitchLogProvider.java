package dev.rtcdiag.parsers.internal.freeswitch;

import dev.rtcdiag.catalog.sip.FreeSwitchCause;
import dev.rtcdiag.parsers.attributes.CallAttributes;
import dev.rtcdiag.parsers.attributes.NetworkAttributes;
import dev.rtcdiag.parsers.attributes.SipAttributes;
import dev.rtcdiag.parsers.attributes.SourceAttributes;
import dev.rtcdiag.parsers.attributes.WebRtcAttributes;
import dev.rtcdiag.parsers.internal.AbstractLineParser;
import dev.rtcdiag.parsers.internal.BaseFormatProvider;
import dev.rtcdiag.parsers.internal.Timestamps;
import dev.rtcdiag.parsers.internal.sip.SipTextExtractor;
import dev.rtcdiag.parsers.sip.SipMessage;
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
import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.spi.SystemId;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FreeSWITCH's {@code freeswitch.log}: {@code [<uuid> ]<YYYY-MM-DD HH:MM:SS.ffffff> [<idle-cpu>% ][<LEVEL>] <file>.c:<line> <text>}
 * (the idle-CPU token appears in newer releases; BigBlueButton docs and sources (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)), with {@code sofia siptrace}
 * blocks in between, which become SIP events.
 *
 * <p>Events: {@code Hangup … [<state>] [<cause>]} is an error code ({@link FreeSwitchCause}) unless the
 * cause is a normal clearing; {@code AUDIO RTP [...] <local> port N -> <remote> port M},
 * {@code Activating RTP audio ICE}, {@code Save audio Candidate}, {@code Bind Error!} and DTLS state
 * changes are status events with {@code local-address}, {@code remote-address}, {@code ice},
 * {@code dtls}, {@code bind-error} attributes. A BigBlueButton browser leg is named
 * {@code sofia/external/<userId>_<n>-bbbID-<name>@host} (https://docs.bigbluebutton.org, https://github.com/bigbluebutton); its events, and the
 * later lines of the same channel UUID, carry the {@code user} key, which joins them to the client's
 * records, and the SIP messages of that leg carry it too.
 */
public final class FreeSwitchLogProvider extends BaseFormatProvider {

    /** The format id. */
    public static final String ID = "freeswitch.log";

    static final Pattern LINE = Pattern.compile(
            "^(?:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}) )?(?:(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{1,6}) )?(?:(\\d{1,3}\\.\\d\\d)% )?\\[(\\w+)\\] (\\S+\\.c(?:pp)?:\\d+) ?(.*)$");
    private static final Pattern BBB_CHANNEL = Pattern.compile("sofia/[\\w.-]+/((w_[a-z0-9]+)_(\\d+)-bbbID-[^@\\s\\]]*)@");
    private static final Pattern BBB_USER = Pattern.compile("(w_[a-z0-9]+)_\\d+-bbbID-");
    private static final Pattern NEW_CHANNEL = Pattern.compile("^New Channel \\S+ \\[([0-9a-f-]{36})\\]");
    private static final Pattern AUDIO_RTP = Pattern.compile("AUDIO RTP \\[([^\\]]+)\\] (\\S+) port (\\d+) -> (\\S+) port (\\d+)");
    private static final Pattern ICE = Pattern.compile("Activating RTP audio ICE: \\S+ (\\S+):(\\d+)");
    private static final Pattern CANDIDATE = Pattern.compile("Save audio Candidate .*addr: (\\S+):(\\d+)");
    private static final Pattern BIND = Pattern.compile("Bind Error! ([^:\\]]+):(\\d+)");
    private static final Pattern DTLS = Pattern.compile("Changing audio DTLS state from (\\w+) to (\\w+)");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.[SSSSSS][SSSSS][SSSS][SSS][SS][S]");

    public FreeSwitchLogProvider() {
        super(ID, "FreeSWITCH freeswitch.log (with or without the idle-CPU token), sofia siptrace blocks included",
                "a line '[<uuid> ]YYYY-MM-DD HH:MM:SS.ffffff [NN.NN% ][LEVEL] file.c:N'");
    }

    @Override
    public Detection detect(DetectionInput input) {
        return anyLine(input, 50, LINE, Detection.PRIORITY_NORMAL);
    }

    @Override
    public LogParser open(LogInput input, ParserConfig config) {
        return new Parser(input, config);
    }

    private static final class Parser extends AbstractLineParser {
        private final SipTextExtractor sip;
        private final dev.rtcdiag.parsers.internal.text.VerdictLines verdicts = new dev.rtcdiag.parsers.internal.text.VerdictLines();
        /** Channel UUID to BigBlueButton user, bounded like every other open-record table. */
        private final Map<String, String[]> users;

        Parser(LogInput input, ParserConfig config) {
            super(input, config, ID);
            this.sip = new SipTextExtractor(source, format, config, this::emitSip);
            int cap = config.maxOpenRecords();
            this.users = new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String[]> e) {
                    return size() > cap;
                }
            };
        }

        /** SIP messages of a BigBlueButton leg get the user key (From or To user is the callerIdName). */
        private void emitSip(LogEvent e) {
            var m = e.payload(SipMessage.class);
            if (m.isPresent()) {
                String from = e.get(SipAttributes.FROM).orElse("") + " " + e.get(SipAttributes.TO).orElse("");
                Matcher u = BBB_USER.matcher(from);
                if (u.find()) {
                    e = e.toBuilder().key(CorrelationKeys.USER, u.group(1)).build();
                }
            }
            emit(e);
        }

        @Override
        protected void onLine(Line line) {
            String text = line.text();
            Matcher m = LINE.matcher(text);
            boolean logLine = m.matches();
            if (logLine && m.group(2) != null) {
                try {
                    sip.seenDate(java.time.LocalDate.parse(m.group(2).substring(0, 10)));
                } catch (DateTimeParseException e) {
                    // an impossible date: the line is still an event, its time unknown
                }
            }
            if (sip.accept(line) || text.isBlank()) {
                return;
            }
            if (logLine) {
                event(line, m);
                return;
            }
            // a line in another layout (fs_cli's console, another program's lines pasted in): what it says outright still counts
            LogEvent.Builder other = LogEvent.builder(line.position(source), format).system(SystemId.FREESWITCH).message(excerpt(text.strip())).raw(excerpt(text));
            verdicts.classify(text, other);
            emit(other.build());
        }

        private void event(Line line, Matcher m) {
            String body = m.group(6);
            String uuid = m.group(1);
            Matcher nc = NEW_CHANNEL.matcher(body);
            if (uuid == null && nc.find()) {
                uuid = nc.group(1); // "New Channel <name> [<uuid>]" names the UUID its later lines start with
            }
            LogEvent.Builder b = LogEvent.builder(line.position(source), format).system(SystemId.FREESWITCH)
                    .time(time(m.group(2)))
                    .level(Level.of(m.group(4)))
                    .message(excerpt(body))
                    .raw(excerpt(line.text()))
                    .set(SourceAttributes.SOURCE_FILE, m.group(5));
            Matcher c = BBB_CHANNEL.matcher(body);
            String[] user = null;
            if (c.find()) {
                user = new String[] {c.group(2), c.group(1)};
                if (uuid != null) {
                    users.put(uuid, user);
                }
            } else if (uuid != null) {
                user = users.get(uuid);
            }
            if (uuid != null) {
                b.key(CorrelationKeys.CALL, uuid);
            }
            if (user != null) {
                b.system(SystemId.BBB).key(CorrelationKeys.USER, user[0]).set(SipAttributes.CALLER_ID_NAME, user[1]);
            }
            Matcher x;
            if (verdicts.classify(body, b)) {
                // a hangup cause, an originate failure, missing credentials: what FreeSWITCH says outright
            } else if ((x = AUDIO_RTP.matcher(body)).find()) {
                b.kind(EventKind.STATUS).set(NetworkAttributes.LOCAL_ADDRESS, x.group(2)).set(NetworkAttributes.REMOTE_ADDRESS, x.group(4));
            } else if ((x = ICE.matcher(body)).find()) {
                b.kind(EventKind.STATUS).set(WebRtcAttributes.ICE, "activated").set(NetworkAttributes.REMOTE_ADDRESS, x.group(1));
            } else if ((x = CANDIDATE.matcher(body)).find()) {
                b.kind(EventKind.STATUS).set(WebRtcAttributes.REMOTE_CANDIDATE, x.group(1));
            } else if ((x = BIND.matcher(body)).find()) {
                b.kind(EventKind.STATUS).set(WebRtcAttributes.BIND_ERROR, x.group(1));
            } else if ((x = DTLS.matcher(body)).find()) {
                b.kind(EventKind.STATUS).set(WebRtcAttributes.DTLS, x.group(2).toLowerCase(java.util.Locale.ROOT));
            } else if (body.contains("bbbID-") && body.startsWith("Transfer ") && body.contains("echo")) {
                b.kind(EventKind.CALL_EVENT).set(CallAttributes.OUTCOME, "echo-test");
            }
            emit(b.build());
        }

        private EventTime time(String raw) {
            if (raw == null) {
                return EventTime.NONE; // fs_cli prints lines without the date
            }
            try {
                // TIME takes 1 to 6 fraction digits after a '.'; only that layout goes the fast way
                LocalDateTime t = raw.length() >= 21 && raw.length() <= 26 && raw.charAt(19) == '.' ? Timestamps.dateTime(raw, '-', ' ') : null;
                return EventTime.local(t != null ? t : LocalDateTime.parse(raw, TIME), config.zone(), raw);
            } catch (DateTimeParseException e) {
                return EventTime.NONE;
            }
        }

        @Override
        protected long openRecordLine() {
            return sip.openSince();
        }

        @Override
        protected void onEnd() {
            sip.finish();
        }
    }
}
