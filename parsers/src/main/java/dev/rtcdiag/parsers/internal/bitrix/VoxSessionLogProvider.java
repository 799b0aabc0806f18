package dev.rtcdiag.parsers.internal.bitrix;

import dev.rtcdiag.catalog.vendor.voximplant.VoxEvent;
import dev.rtcdiag.parsers.attributes.CallAttributes;
import dev.rtcdiag.parsers.attributes.SipAttributes;
import dev.rtcdiag.parsers.internal.AbstractLineParser;
import dev.rtcdiag.parsers.internal.BaseFormatProvider;
import dev.rtcdiag.parsers.internal.HeldRecord;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VoxEngine session logs — the file behind a Bitrix24 call's "Журнал" link (https://voximplant.com/docs, https://apidocs.bitrix24.com): {@code YYYY-MM-DD HH:MM:SS[.mmm] <message>} records (UTC), untimestamped continuation
 * lines, {@code -----BEGIN/END SIP TRACE} blocks (compact headers; through the SIP layer).
 *
 * <p>{@code Sent event to JS onPhoneEvent with params [ … ]} lines are read with {@link VoxParams}
 * into {@code call-event} events whose code is the {@link VoxEvent} ({@code Call.Failed},
 * {@code Call.Connected}, …), with attributes {@code event}, {@code sip-code}, {@code reason},
 * {@code internal-code}, {@code duration}, {@code sip-call-id}, {@code reason-header}, {@code x-reason};
 * {@code Executing JS command: <Cmd>} sets {@code command}; {@code WARNING!} lines are warnings;
 * {@code Terminating}/{@code Normal termination}/{@code Session terminated} set {@code session-end}.
 * Every event, SIP messages included, carries the {@code session} key (the VoxEngine session id, which
 * is Bitrix's {@code SESSION_ID}), so a session log is one session and joins its statistics row.
 */
public final class VoxSessionLogProvider extends BaseFormatProvider {

    /** The format id. */
    public static final String ID = "voximplant.session-log";

    static final Pattern RECORD = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,3})?) (.*)$");
    private static final Pattern EVENT = Pattern.compile("^Sent event (?:to|from) JS (\\S+) with params (.*)$");
    private static final Pattern COMMAND = Pattern.compile("^Executing JS command: (\\w+)(?: with params (.*))?$");
    private static final Pattern SESSION_ID = Pattern.compile("sessionId = (\\d+)|[?&]sessionid=(\\d+)");
    private static final Pattern PORTAL_ERROR = Pattern.compile("Request is not authorized|Could not parse request|Command is not found");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS][.SS][.S]");

    public VoxSessionLogProvider() {
        super(ID, "Voximplant VoxEngine session log (Bitrix24 call log): onPhoneEvent records, JS commands, SIP trace blocks",
                "'Sent event to JS', 'Executing JS command:', 'Loading scenario' or '-----BEGIN SIP TRACE' records");
    }

    @Override
    public Detection detect(DetectionInput input) {
        for (String line : input.firstLines(200)) {
            Matcher m = RECORD.matcher(line);
            String msg = m.matches() ? m.group(2) : "";
            if (msg.startsWith("Sent event to JS ") || msg.startsWith("Executing JS command: ") || msg.startsWith("Loading scenario ")
                    || msg.startsWith("VoxEngine version: ") || line.startsWith("-----BEGIN SIP TRACE ")) {
                return Detection.match(Detection.PRIORITY_NORMAL + 5);
            }
        }
        return Detection.noMatch();
    }

    @Override
    public LogParser open(LogInput input, ParserConfig config) {
        return new Parser(input, config);
    }

    private static final class Parser extends AbstractLineParser {
        private final SipTextExtractor sip;
        private String session;
        private final HeldRecord held;

        Parser(LogInput input, ParserConfig config) {
            super(input, config, ID);
            this.sip = new SipTextExtractor(source, format, config, this::emitSip);
            this.held = new HeldRecord(config, source, ID);
        }

        private void emitSip(LogEvent e) {
            LogEvent.Builder b = e.toBuilder().system(SystemId.BITRIX);
            if (session != null) {
                b.key(CorrelationKeys.SESSION, session);
            }
            emit(b.build());
        }

        @Override
        protected void onLine(Line line) {
            String text = line.text();
            Matcher r = RECORD.matcher(text);
            if (r.matches()) {
                Matcher id = SESSION_ID.matcher(r.group(2));
                if (session == null && id.find()) {
                    session = id.group(1) != null ? id.group(1) : id.group(2);
                }
            }
            if (sip.accept(line)) {
                flush();
                return;
            }
            if (r.matches()) {
                flush();
                start(line, r.group(1), r.group(2));
            } else if (held.isOpen() && !text.isBlank()) {
                LogEvent refused = held.append(line, text);
                if (refused != null) {
                    emit(refused);
                    flush();
                }
            } else if (!text.isBlank()) {
                emit(LogEvent.builder(line.position(source), format).system(SystemId.BITRIX).message(excerpt(text.strip())).raw(excerpt(text)).build());
            }
        }

        private void start(Line line, String time, String msg) {
            LogEvent.Builder b = LogEvent.builder(line.position(source), format).system(SystemId.BITRIX).time(time(time)).message(excerpt(msg));
            if (session != null) {
                b.key(CorrelationKeys.SESSION, session);
            }
            Matcher m;
            if ((m = EVENT.matcher(msg)).matches()) {
                Object tree = VoxParams.parse(m.group(2));
                String name = VoxParams.text(tree, "name").orElse(m.group(1));
                b.set(CallAttributes.EVENT, name);
                if (name.contains(".")) {
                    b.kind(EventKind.CALL_EVENT).code(VoxEvent.of(name));
                }
                VoxParams.text(tree, "code").ifPresent(v -> b.parse(SipAttributes.CODE, v));
                VoxParams.text(tree, "reason").ifPresent(v -> b.set(CallAttributes.REASON, v));
                VoxParams.text(tree, "internalCode").ifPresent(v -> b.set(CallAttributes.INTERNAL_CODE, v));
                VoxParams.text(tree, "duration").ifPresent(v -> b.set(CallAttributes.DURATION, v));
                VoxParams.text(tree, "sipCallId").ifPresent(v -> b.set(SipAttributes.CALL_ID, v));
                VoxParams.text(tree, "headers", "Reason").ifPresent(v -> b.set(SipAttributes.REASON_HEADER, v));
                VoxParams.text(tree, "headers", "X-Reason").ifPresent(v -> b.set(SipAttributes.X_REASON, v));
                VoxParams.text(tree, "id").ifPresent(v -> b.key(CorrelationKeys.CALL, v));
                if (name.equals("Call.Failed")) {
                    b.level(Level.WARN);
                }
            } else if ((m = COMMAND.matcher(msg)).matches()) {
                b.set(CallAttributes.COMMAND, m.group(1));
            } else if (msg.startsWith("WARNING!")) {
                b.level(Level.WARN);
            } else if (msg.startsWith("Terminating") || msg.equals("Normal termination") || msg.equals("Session terminated")) {
                b.set(CallAttributes.SESSION_END, msg);
            }
            // the alternation is tried at every position; its literals are found by a vectorised scan first
            if ((msg.contains("Request is not authorized") || msg.contains("Could not parse request") || msg.contains("Command is not found"))
                    && PORTAL_ERROR.matcher(msg).find()) {
                b.kind(EventKind.STATUS).level(Level.ERROR).set(CallAttributes.PORTAL_ERROR, PORTAL_ERROR.matcher(msg).results().findFirst().get().group());
            }
            held.open(line, b, line.text());
        }

        private void flush() {
            LogEvent e = held.close();
            if (e != null) {
                emit(e);
            }
        }

        private static EventTime time(String raw) {
            try {
                // TIME takes no fraction or 1 to 3 digits after a '.'; only that layout goes the fast way
                int n = raw.length();
                LocalDateTime t = n == 19 || n >= 21 && n <= 23 && raw.charAt(19) == '.' ? Timestamps.dateTime(raw, '-', ' ') : null;
                return EventTime.absolute((t != null ? t : LocalDateTime.parse(raw, TIME)).toInstant(ZoneOffset.UTC), raw); // session logs are UTC (§1.4)
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
