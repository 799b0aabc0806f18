package dev.rtcdiag.flink;

import dev.rtcdiag.core.InputStats;
import dev.rtcdiag.core.SessionSummary;
import dev.rtcdiag.core.judge.ClosedSession;
import dev.rtcdiag.parsers.spi.EventTime;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One row of what the job reports, as strings and numbers for Flink's POJO serializer: a finding, a
 * closed session's summary, an input's statistics, or a limit that cut a group short ({@link #kind} says which).
 */
public final class ReportRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@code finding}, {@code session}, {@code input} or {@code limit}. */
    public String kind;
    public FindingRow finding;
    public String key;
    public String system;
    public String outcome;
    public long events;
    public boolean closedEarly;
    public String source;
    public String[] times;
    public String path;
    public String format;
    public long lines;
    public long malformed;
    public long bytes;
    public String error;

    /** For Flink's POJO serializer. */
    public ReportRow() {
    }

    static ReportRow finding(FindingRow f) {
        ReportRow r = new ReportRow();
        r.kind = "finding";
        r.finding = f;
        return r;
    }

    static ReportRow session(ClosedSession s) {
        ReportRow r = new ReportRow();
        r.kind = "session";
        r.key = s.key();
        r.system = s.system().id();
        r.outcome = s.outcome().id();
        r.events = s.eventCount();
        r.closedEarly = s.closedEarly();
        r.source = s.source();
        r.times = new String[] {wire(s.start()), wire(s.end())};
        return r;
    }

    /** A limit that cut a group short (its text in {@link #error}). */
    static ReportRow limit(String what) {
        ReportRow r = new ReportRow();
        r.kind = "limit";
        r.error = what;
        return r;
    }

    static ReportRow input(InputStats i) {
        ReportRow r = new ReportRow();
        r.kind = "input";
        r.path = i.path();
        r.format = i.format();
        r.lines = i.lines();
        r.events = i.events();
        r.malformed = i.malformed();
        r.bytes = i.bytes();
        r.error = i.error();
        return r;
    }

    SessionSummary toSession() {
        return new SessionSummary(key, system, outcome, time(times[0]), time(times[1]), events, closedEarly, source);
    }

    InputStats toInput() {
        return new InputStats(path, format, lines, events, malformed, bytes, error);
    }

    /** An event time as one string: raw, epoch second, nano, zone known, date known, zone ("" for none). */
    private static String wire(EventTime t) {
        return t.isPresent() ? String.join("\u0000", t.raw(), Long.toString(t.instant().getEpochSecond()), Integer.toString(t.instant().getNano()),
                Boolean.toString(t.zoneKnown()), Boolean.toString(t.dateKnown()), t.zone().getId()) : "";
    }

    private static EventTime time(String w) {
        if (w.isEmpty()) {
            return EventTime.NONE;
        }
        String[] f = w.split("\u0000", -1);
        return new EventTime(f[0], Instant.ofEpochSecond(Long.parseLong(f[1]), Integer.parseInt(f[2])), Boolean.parseBoolean(f[3]),
                Boolean.parseBoolean(f[4]), ZoneId.of(f[5]));
    }
}
