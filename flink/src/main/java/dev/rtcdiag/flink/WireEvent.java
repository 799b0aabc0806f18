package dev.rtcdiag.flink;

import dev.rtcdiag.catalog.Catalog;
import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.CodeSystem;
import dev.rtcdiag.parsers.sip.SipHeader;
import dev.rtcdiag.parsers.sip.SipMessage;
import dev.rtcdiag.parsers.sip.SipParser;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.EventTime;
import dev.rtcdiag.parsers.spi.Level;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.MalformedReason;
import dev.rtcdiag.parsers.spi.SourcePosition;
import dev.rtcdiag.parsers.spi.SystemId;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link LogEvent} as strings and numbers, so that Flink's own POJO serializer moves it between tasks
 * (Kryo cannot copy an event's read-only maps). The catalog code travels as its system and code, and a
 * SIP message travels whole, as text, and is parsed again on the other side.
 *
 * <p>Public fields and a no-argument constructor are what make it a Flink POJO.
 */
public final class WireEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    public String source;
    public long line;
    public long byteOffset;
    public String format;
    public String timeRaw;
    public boolean hasTime;
    public long epochSecond;
    public int nano;
    public boolean zoneKnown;
    public boolean dateKnown;
    public String zone;
    public String level;
    public String system;
    public String kind;
    public String codeSystem;
    public String code;
    public Map<String, String> keys;
    public Map<String, String> attributes;
    public String message;
    public String raw;
    public int lineCount;
    public String malformed;
    public boolean closesSession;
    public String sip;
    /** The order an event is read in on one machine: the instant, carried forward from the last timed event of its file. */
    public long order;
    /** Its session key ({@code SessionKeys.standard()}), computed where it was parsed. */
    public String sessionKey;
    /** The group it is judged in (set by the job). */
    public String group;
    /** A reader's time mark, not an event: moves the watermark, then is dropped (set by the job). */
    public boolean tick;
    /** An alias stage marker, not an event (set by the job). */
    public boolean aliasMarker;

    /** For Flink's POJO serializer. */
    public WireEvent() {
    }

    /** The wire form of an event. */
    public static WireEvent of(LogEvent e) {
        WireEvent w = new WireEvent();
        w.source = e.position().source();
        w.line = e.position().line();
        w.byteOffset = e.position().byteOffset();
        w.format = e.format();
        EventTime t = e.time();
        w.timeRaw = t.raw();
        w.hasTime = t.isPresent();
        if (t.isPresent()) {
            w.epochSecond = t.instant().getEpochSecond();
            w.nano = t.instant().getNano();
        }
        w.zoneKnown = t.zoneKnown();
        w.dateKnown = t.dateKnown();
        w.zone = t.zone().getId();
        w.level = e.level().name();
        w.system = e.system().id();
        w.kind = e.kind().id();
        e.code().ifPresent(c -> {
            w.codeSystem = c.system().id();
            w.code = c.code();
        });
        w.keys = new LinkedHashMap<>(e.keys());
        w.attributes = new LinkedHashMap<>(e.attributes());
        w.message = e.message();
        w.raw = e.raw();
        w.lineCount = e.lineCount();
        w.malformed = e.malformedReason().map(Enum::name).orElse(null);
        w.closesSession = e.closesSession();
        w.sip = e.payload(SipMessage.class).map(WireEvent::text).orElse(null);
        return w;
    }

    /** The event again: the same fields, the catalog code looked up, the SIP message parsed again. */
    public LogEvent toEvent() {
        LogEvent.Builder b = LogEvent.builder(new SourcePosition(source, line, byteOffset), format)
                .time(hasTime ? new EventTime(timeRaw, Instant.ofEpochSecond(epochSecond, nano), zoneKnown, dateKnown, ZoneId.of(zone)) : EventTime.NONE)
                .level(Level.valueOf(level))
                .system(SystemId.of(system))
                .kind(EventKind.find(kind).orElse(EventKind.LOG))
                .message(message)
                .raw(raw)
                .lineCount(lineCount);
        if (codeSystem != null) {
            CodeSystem cs = CodeSystem.find(codeSystem).orElseThrow(() -> new IllegalStateException("unknown code system on the wire: " + codeSystem));
            CatalogCode c = Catalog.of(cs, code);
            b.code(c);
        }
        keys.forEach(b::key);
        attributes.forEach(b::attribute);
        if (malformed != null) {
            b.malformedReason(MalformedReason.valueOf(malformed));
        }
        if (closesSession) {
            b.closesSession();
        }
        if (sip != null) {
            b.payload(SipParser.parse(sip));
        }
        return b.build();
    }

    /** About the heap the event holds: its texts, keys and attributes, and the SIP message. */
    long sizeEstimate() {
        long n = 128 + 2L * (length(message) + length(raw) + length(sip) + length(timeRaw));
        for (var a : attributes.entrySet()) {
            n += 48 + 2L * (a.getKey().length() + a.getValue().length());
        }
        for (var k : keys.entrySet()) {
            n += 48 + 2L * (k.getKey().length() + k.getValue().length());
        }
        return n;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /** A SIP message as text: start line, headers as parsed, an empty line, the body. */
    static String text(SipMessage m) {
        StringBuilder head = new StringBuilder(m.startLine()).append("\r\n");
        for (SipHeader h : m.headers()) {
            head.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        return head.append("\r\n").append(new String(m.body(), StandardCharsets.UTF_8)).toString();
    }
}
