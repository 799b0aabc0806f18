package dev.rtcdiag.core.correlation;

import dev.rtcdiag.core.SessionKeys;
import dev.rtcdiag.core.judge.ClosedSession;
import dev.rtcdiag.parsers.attributes.SipAttributes;
import dev.rtcdiag.parsers.sip.SipMessage;
import dev.rtcdiag.parsers.spi.CorrelationKeys;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.EventTime;
import dev.rtcdiag.parsers.spi.Level;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SystemId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Groups events into sessions in one pass and hands each session on as a {@link ClosedSession} value
 * when it closes: on an end event (after a grace period for late copies), when it has been idle for
 * longer than the idle timeout in event time (on the clock of the input it came from; never the wall
 * clock), when a limit forces the least recently used one out (said in its notes), or at the end of all
 * input. It joins sessions that turn out to be one (aliases: the server log read before the client's),
 * and keeps notable events per meeting and of the server as context for rules that look beyond their
 * session.
 *
 * <p>Memory is bounded in bytes: events kept per session and over all open sessions, and it sheds
 * sessions when the heap runs low ({@link HeapWatch}). Not thread-safe: one per run.
 */
public final class Correlator {

    /** How long an ended dialog stays open for late copies and retransmissions (RFC 3261 Timer J, 64×T1). */
    private static final Duration ENDED_GRACE = Duration.ofSeconds(32);
    /** The scope of evidence that belongs to no meeting or user: server logs and checks. */
    private static final String SERVER = "server";
    /** How many notable events each context scope keeps (the newest win). */
    public static final int CONTEXT_EVENTS = 256;

    private final SessionKeys keys;
    private final int maxOpenSessions;
    private final int maxEventsPerSession;
    private final Duration idle;
    private final Consumer<ClosedSession> sink;
    private final Map<String, OpenSession> open = new LinkedHashMap<>(64, 0.75f, true);
    /** The open sessions per input of their last event, least recently touched first: what an idle check scans. */
    private final Map<String, java.util.LinkedHashSet<OpenSession>> recentBySource = new java.util.HashMap<>();
    /**
     * The open sessions of inputs that have ended, per input, least recently touched first. No event of
     * their own input will come to close them, so they are judged by the clock of whatever input comes
     * next (see {@link #inputDone}); an event of another input that joins one takes it back to that input.
     */
    private final Map<String, java.util.LinkedHashSet<OpenSession>> endedInputs = new java.util.HashMap<>();
    /** Alias key to session key (see {@link SessionKeys#aliasesOf}); bounded like the open sessions. */
    private final Map<String, String> aliases;
    /** Open sessions per meeting: a meeting's context is dropped when its last session closes. */
    private final Map<String, Integer> openPerMeeting = new java.util.HashMap<>();
    /** Notable events per scope ({@code meeting=<id>} or {@link #SERVER}) for rules that look outside a session. */
    private final Map<String, ArrayDeque<Remembered>> context;
    /** Bytes of events kept by all open sessions, and the bounds per session and in all. */
    private long held;
    private long maxSessionBytes = 16L << 20;
    private long maxHeldBytes = Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 4);
    private HeapWatch heap = HeapWatch.manual();
    private long heapLow;
    private long heapClosed;
    private long heapOutOfMemory;
    private long accepted;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Correlator.class);

    /**
     * A correlator.
     *
     * @param keys how events map to session keys and aliases
     * @param maxOpenSessions past this many open sessions the least recently used closes early
     * @param maxEventsPerSession events a session keeps for its rules (later ones are counted)
     * @param idle a session with no event for this long, on its input's clock, closes
     * @param sink receives every session as it closes
     */
    public Correlator(SessionKeys keys, int maxOpenSessions, int maxEventsPerSession, Duration idle, Consumer<ClosedSession> sink) {
        this.keys = keys;
        this.maxOpenSessions = maxOpenSessions;
        this.maxEventsPerSession = maxEventsPerSession;
        this.idle = idle;
        this.sink = sink;
        int maxScopes = Math.max(16, Math.min(maxOpenSessions, 4096));
        this.aliases = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> e) {
                return size() > 2 * maxOpenSessions;
            }
        };
        this.context = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ArrayDeque<Remembered>> e) {
                return size() > maxScopes;
            }
        };
    }

    /** Bytes of events one session keeps, and all open sessions together. */
    public void maxBytes(long perSession, long total) {
        this.maxSessionBytes = perSession;
        this.maxHeldBytes = total;
    }

    /** Watches the heap; when it runs low the engine closes sessions rather than die (see {@link #relieveHeap}). */
    public void heapWatch(HeapWatch w) {
        this.heap = w;
    }

    /** Takes one event. */
    public void accept(LogEvent e) {
        if (e.isMalformed() || (e.kind() == EventKind.LOG && e.code().isEmpty() && e.keys().isEmpty())) {
            return; // plain lines carry nothing a rule uses; malformed lines are counted per input, not correlated
        }
        if (heap.low()) {
            relieveHeap();
        }
        try {
            correlate(e);
        } catch (OutOfMemoryError oom) { // NOPMD: the watch came too late (one huge event); shed and go on without this event
            heapOutOfMemory++;
            relieveHeap();
        }
    }

    /**
     * Frees what the engine keeps when the heap is low: the least recently used half of the open sessions
     * is closed (judged on the events they hold, so their findings stay), the context kept for conferencing
     * rules is dropped, and the events that open sessions may keep are capped at what they hold now. The
     * result is marked partial, and says so.
     */
    private void relieveHeap() {
        heap.relieved();
        heapLow++;
        context.clear();
        int keep = open.size() / 2;
        Iterator<OpenSession> it = open.values().iterator();
        while (open.size() > keep && it.hasNext()) {
            OpenSession oldest = it.next();
            it.remove();
            oldest.closedEarly = true;
            oldest.note = "closed early: the heap ran low";
            heapClosed++;
            close(oldest);
        }
        maxHeldBytes = Math.max(1L << 20, Math.min(maxHeldBytes, held));
        LOG.warn("the heap ran low: {} sessions closed early, events kept by open sessions now limited to {} bytes", heapClosed, maxHeldBytes);
    }

    /** Why the result is partial for lack of heap, or {@code ""}. */
    public String heapNote() {
        if (heapLow == 0) {
            return "";
        }
        return "the heap ran low " + heapLow + " time(s)" + (heapOutOfMemory > 0 ? " (" + heapOutOfMemory + " event(s) dropped at OutOfMemoryError)" : "")
                + ": " + heapClosed + " session(s) closed early, events kept by open sessions limited to " + maxHeldBytes + " bytes";
    }


    private void correlate(LogEvent e) {
        accepted++;
        // every 1024 events; for a live input also whenever log time moved past the idle timeout since the
        // last look, so its sessions close as its time passes, not only after another thousand events
        Instant t = live ? e.time().instant() : null;
        if ((accepted & 1023) == 0 || (t != null && lastIdleCheck != null && Duration.between(lastIdleCheck, t).compareTo(idle) > 0)) {
            closeIdle(e);
            lastIdleCheck = t;
        } else if (lastIdleCheck == null) {
            lastIdleCheck = t;
        }
        String own = keys.keyOf(e);
        String key = aliases.getOrDefault(own, own);
        OpenSession s = open.get(key);
        if (s == null) {
            s = new OpenSession(key, e.system());
            open.put(key, s);
            if (open.size() > maxOpenSessions) {
                Iterator<OpenSession> it = open.values().iterator();
                OpenSession oldest = it.next();
                it.remove();
                oldest.closedEarly = true;
                oldest.note = "closed early: more than " + maxOpenSessions + " sessions were open at once";
                if (!warnedOpenLimit) {
                    warnedOpenLimit = true;
                    LOG.warn("more than {} sessions open at once: the least recently used close early (said in their findings)", maxOpenSessions);
                }
                close(oldest);
            }
        }
        String before = s.lastSource;
        String meetingBefore = s.meeting;
        held += s.add(e, maxEventsPerSession, maxSessionBytes);
        touch(s, before);
        if (meetingBefore == null && s.meeting != null) {
            openPerMeeting.merge(s.meeting, 1, Integer::sum);
        }
        for (String alias : keys.aliasesOf(e)) {
            if (alias.equals(key)) {
                continue;
            }
            aliases.put(alias, key);
            OpenSession earlier = open.remove(alias);
            if (earlier != null) {
                untrack(earlier);
                String meetingBefore2 = s.meeting;
                held -= earlier.bytes;
                held += s.merge(earlier, maxEventsPerSession, maxSessionBytes); // the other side was read first (e.g. the server log before the client log)
                if (meetingBefore2 == null && s.meeting != null) {
                    openPerMeeting.merge(s.meeting, 1, Integer::sum);
                }
                leaveMeeting(earlier.meeting);
            }
        }
        remember(e, key);
        if (held > maxHeldBytes) {
            shed(key);
        }
        if (e.closesSession()) {
            open.remove(key); // a record that is a whole call (a statistics row) or its announced end: nothing more will join it
            close(s);
            return;
        }
        if (isEnd(e)) {
            s.ended = true; // closed after a grace period, so the other hops' copies of the end still join it
        }
    }

    /**
     * Closes the least recently used sessions (not {@code keep}) until the events kept over all open
     * sessions fit {@link #maxHeldBytes} again: memory is bounded in bytes, whatever the events hold.
     */
    private void shed(String keep) {
        Iterator<OpenSession> it = open.values().iterator();
        while (held > maxHeldBytes && it.hasNext()) {
            OpenSession oldest = it.next();
            if (oldest.key.equals(keep)) {
                continue;
            }
            it.remove();
            oldest.closedEarly = true;
            oldest.note = "closed early: the open sessions held more than " + maxHeldBytes + " bytes of events";
            if (!warnedHeldLimit) {
                warnedHeldLimit = true;
                LOG.warn("the open sessions held more than {} bytes of events: the least recently used close early", maxHeldBytes);
            }
            close(oldest);
        }
    }

    /** Moves a session to the recent end of its input's list (it may have come from another input's). */
    private void touch(OpenSession s, String sourceBefore) {
        if (!sourceBefore.isEmpty()) {
            remove(recentBySource, sourceBefore, s);
            remove(endedInputs, sourceBefore, s);
        }
        recentBySource.computeIfAbsent(s.lastSource, k -> new java.util.LinkedHashSet<>()).add(s);
    }

    /**
     * One session of the meeting fewer; with none left its context goes (it served the rules of those
     * sessions). Without this every meeting ever seen kept up to {@link #CONTEXT_EVENTS} events: a
     * day of BigBlueButton logs did not fit in a 64 MiB heap.
     */
    private void leaveMeeting(String meeting) {
        if (meeting != null && openPerMeeting.merge(meeting, -1, Integer::sum) <= 0) {
            openPerMeeting.remove(meeting);
            context.remove(CorrelationKeys.MEETING + "=" + meeting);
        }
    }


    private void untrack(OpenSession s) {
        remove(recentBySource, s.lastSource, s);
        remove(endedInputs, s.lastSource, s);
    }


    private static void remove(Map<String, java.util.LinkedHashSet<OpenSession>> bySource, String source, OpenSession s) {
        var set = bySource.get(source);
        if (set != null && set.remove(s) && set.isEmpty()) {
            bySource.remove(source);
        }
    }

    /**
     * The input {@code source} has been read to its end. Its open sessions are then closed by the clock
     * of the inputs still being read: they come in time order ({@link Lanes}), so an event later than a
     * session's idle limit means nothing of that time is still to come from any input. Without this, every
     * session an input left open stayed in memory until the end of the run: a directory of rotated logs
     * grew with the number of files.
     */
    public void inputDone(String source) {
        var set = recentBySource.remove(source);
        if (set != null) {
            endedInputs.put(source, set);
        }
    }

    /**
     * Takes an event as context only: rules of this correlator's sessions may see it (an nginx error, a
     * {@code bbb-conf --check} warning), but it joins no session here. For an engine that judges each
     * group of sessions apart and shares server-wide evidence with every group.
     */
    public void acceptContext(LogEvent e) {
        remember(e, "");
    }

    /** Keeps notable events (not plain lines) where rules of other sessions can see them. */
    private void remember(LogEvent e, String sessionKey) {
        if (e.kind() == EventKind.LOG && !e.level().isWarningOrWorse()) {
            return;
        }
        String meeting = e.keys().get(CorrelationKeys.MEETING);
        String scope = meeting != null ? CorrelationKeys.MEETING + "=" + meeting : isServerContext(e) ? SERVER : null;
        if (scope == null) {
            return;
        }
        ArrayDeque<Remembered> q = context.computeIfAbsent(scope, k -> new ArrayDeque<>());
        if (q.size() == CONTEXT_EVENTS) {
            q.removeFirst();
        }
        q.addLast(new Remembered(e, sessionKey));
    }

    /** {@link #isServerContext(EventKind, Level, SystemId, String, Map, Map)} of an event. */
    public static boolean isServerContext(LogEvent e) {
        return isServerContext(e.kind(), e.level(), e.system(), e.format(), e.keys(), e.attributes());
    }

    /**
     * Whether an event is the whole server's context, which every session's rules may see: a notable event
     * (not a plain line) of no meeting and no user and not SIP (an nginx restart, a {@code bbb-conf --check}
     * warning, a BroadWorks error), or a REGISTER in a BroadWorks or Webex log (the other registrations of
     * the server show a second client of the same user replacing the first one's phone SSO). The one
     * definition, for this correlator and for engines that spread the context themselves (Flink); it reads
     * only what every event carries on the wire.
     */
    public static boolean isServerContext(EventKind kind, Level level, SystemId system, String format, Map<String, String> keys,
            Map<String, String> attributes) {
        if (kind == EventKind.LOG && !level.isWarningOrWorse()) {
            return false;
        }
        if (keys.containsKey(CorrelationKeys.MEETING)) {
            return false;
        }
        if (isWebexRegister(kind, format, attributes)) {
            return true;
        }
        return !keys.containsKey(CorrelationKeys.USER) && !system.equals(SystemId.SIP);
    }

    /** A REGISTER in a BroadWorks or Webex log: a client of the server signing in. */
    public static boolean isWebexRegister(EventKind kind, String format, Map<String, String> attributes) {
        return kind == EventKind.SIP_REQUEST && (format.equals("broadworks.log") || format.equals("webex.client"))
                && "REGISTER".equals(attributes.get(SipAttributes.CSEQ_METHOD.name()));
    }

    /**
     * Whether a session's rules look beyond it, and so get the context when it closes: conferencing sessions (other
     * users of the meeting, server checks), BroadWorks sessions (other users of the server failing alike) and SIP
     * sessions that register a Webex client (other clients of the same user). The one definition, for this correlator
     * and for engines that hand the context out themselves (Flink); {@code registersWebexClient} is asked last, as it
     * may scan the session.
     */
    public static boolean seesContext(SystemId system, boolean inMeeting, BooleanSupplier registersWebexClient) {
        return inMeeting || system.equals(SystemId.BBB) || system.equals(SystemId.BROADWORKS)
                || system.equals(SystemId.SIP) && registersWebexClient.getAsBoolean();
    }

    private static boolean registerOfWebexClient(LogEvent e) {
        return isWebexRegister(e.kind(), e.format(), e.attributes());
    }

    private List<LogEvent> contextOf(OpenSession s) {
        ArrayDeque<Remembered> server = context.get(SERVER);
        ArrayDeque<Remembered> meeting = s.meeting == null ? null : context.get(CorrelationKeys.MEETING + "=" + s.meeting);
        // sized once, not grown from ten to hundreds of events for every closing session (JFR, bench corpus, one
        // thread: the samples under contextOf went from 3.7 % to 1.8 %)
        List<LogEvent> out = new ArrayList<>((server == null ? 0 : server.size()) + (meeting == null ? 0 : meeting.size()));
        addOthers(server, s.key, out);
        addOthers(meeting, s.key, out);
        return out;
    }


    private static void addOthers(ArrayDeque<Remembered> q, String sessionKey, List<LogEvent> out) {
        if (q != null) {
            for (Remembered r : q) {
                if (!r.sessionKey().equals(sessionKey)) {
                    out.add(r.event());
                }
            }
        }
    }

    /** A context event and the session it was filed under (so closing a session need not recompute keys). */
    private record Remembered(LogEvent event, String sessionKey) {
    }

    /**
     * Closes sessions whose last event, on the same input's clock, is older than the idle timeout.
     * Each input's sessions are kept least recently touched first, so the scan stops at the first one
     * recent enough to stay open under either limit: every later one is at least as recent (a clock
     * that steps back only makes a session close at a later check). A scan of every open session
     * instead took an eighth of the run time with ten thousand open (JFR, 100 MiB mixed corpus).
     */
    /** Each limit is logged the first time it cuts (the findings say it every time). */
    private boolean warnedOpenLimit;
    private boolean warnedHeldLimit;

    /** The log time idle sessions were last looked for (live inputs only). */
    private Instant lastIdleCheck;
    private boolean live;

    /**
     * Whether the input is live (followed as it is written): idle sessions are then looked for as soon as
     * log time has moved past the idle timeout. Off, they are looked for every 1024 events, which is what
     * the diagnosis of a finished log is defined by.
     */
    public void live(boolean v) {
        this.live = v;
    }

    private void closeIdle(LogEvent now) {
        Instant t = now.time().instant();
        if (t == null) {
            return;
        }
        List<OpenSession> idleOnes = new ArrayList<>();
        for (var ended : endedInputs.values()) { // older than anything still being read: closed first
            idleIn(ended, t, idleOnes);
        }
        idleIn(recentBySource.get(now.position().source()), t, idleOnes);
        for (OpenSession s : idleOnes) {
            open.remove(s.key);
            close(s);
        }
    }

    /** Adds the sessions of {@code recent} (least recently touched first) that are idle at {@code t}. */
    private void idleIn(java.util.LinkedHashSet<OpenSession> recent, Instant t, List<OpenSession> idleOnes) {
        if (recent == null) {
            return;
        }
        Duration shortest = ENDED_GRACE.compareTo(idle) < 0 ? ENDED_GRACE : idle;
        for (OpenSession s : recent) {
            if (s.lastTime == null) {
                continue;
            }
            Duration age = Duration.between(s.lastTime, t);
            if (age.compareTo(s.ended ? shortest : idle) > 0) {
                idleOnes.add(s);
            } else if (age.compareTo(shortest) <= 0) {
                break;
            }
        }
    }

    /** A BYE answered with 200 ends a SIP dialog (the session then closes after a grace period). */
    private static boolean isEnd(LogEvent e) {
        return e.payload(SipMessage.class)
                .filter(m -> m.isResponse() && m.status().map(s -> s.value() == 200).orElse(false)
                        && m.cseq().map(c -> c.method().name().equals("BYE")).orElse(false))
                .isPresent();
    }

    /** Closes everything still open. */
    public void finish() {
        List<OpenSession> rest = new ArrayList<>(open.values());
        open.clear();
        rest.forEach(this::close);
    }

    private void close(OpenSession s) {
        held -= s.bytes;
        untrack(s);
        List<LogEvent> context = seesContext(s.system, s.meeting != null, () -> s.events.stream().anyMatch(Correlator::registerOfWebexClient))
                ? contextOf(s) : List.of();
        List<String> notes = new ArrayList<>(2);
        if (s.note != null) {
            notes.add(s.note);
        }
        if (s.dropped > 0) {
            notes.add("the session had " + s.count + " events; " + s.events.size() + " were kept for analysis (at most " + maxEventsPerSession
                    + " events and " + maxSessionBytes + " bytes per session)");
        }
        sink.accept(new ClosedSession(s.key, s.system, s.events, context, s.closedEarly, notes, s.count, s.start, s.end, s.firstSource,
                s.outcome.of(s.system)));
        leaveMeeting(s.meeting);
    }

    /** A session being collected. */
    private static final class OpenSession {
        final String key;
        SystemId system;
        final List<LogEvent> events = new ArrayList<>();
        long count;
        long dropped;
        EventTime start = EventTime.NONE;
        EventTime end = EventTime.NONE;
        Instant lastTime;
        String lastSource = "";
        String firstSource = "";
        boolean closedEarly;
        boolean ended;
        String note;
        final SessionOutcome outcome = new SessionOutcome();
        String meeting;

        OpenSession(String key, SystemId system) {
            this.key = key;
            this.system = system;
        }

        /** Bytes of the events kept (an estimate: text, attributes, the SIP message and its body). */
        long bytes;

        /** Adds an event; returns the bytes it kept (0 when a limit dropped the event, counted). */
        long add(LogEvent e, int max, long maxBytes) {
            count++;
            long size = 0;
            if (events.size() < max && bytes + (size = e.sizeEstimate()) <= maxBytes) {
                events.add(e);
                bytes += size;
            } else {
                size = 0;
                dropped++;
                closedEarly = true;
            }
            if (e.time().isPresent()) {
                // the earliest and latest times, not the first and last read: inputs of one session are read in
                // batches, and a distributed engine reads them in another order; the summary must not depend on it
                if (!start.isPresent() || e.time().compareTo(start) < 0) {
                    start = e.time();
                }
                if (!end.isPresent() || e.time().compareTo(end) > 0) {
                    end = e.time();
                }
                lastTime = e.time().instant();
            }
            lastSource = e.position().source();
            if (firstSource.isEmpty()) {
                firstSource = lastSource;
            }
            if (meeting == null) {
                meeting = e.keys().get(CorrelationKeys.MEETING);
            }
            outcome.see(e);
            return size;
        }

        /** Takes in a session that turned out to be this one, keeping events in time order. */
        long merge(OpenSession other, int max, long maxBytes) {
            String source = lastSource;
            Instant last = lastTime;
            long kept = 0;
            for (LogEvent e : other.events) {
                kept += add(e, max, maxBytes);
            }
            count += other.count - other.events.size();
            dropped += other.dropped;
            closedEarly |= other.closedEarly;
            lastSource = source;
            lastTime = last;
            events.sort(Comparator.comparing((LogEvent e) -> e.time().instant(), Comparator.nullsLast(Comparator.naturalOrder())));
            start = events.stream().map(LogEvent::time).filter(EventTime::isPresent).min(EventTime::compareTo).orElse(start);
            end = events.stream().map(LogEvent::time).filter(EventTime::isPresent).max(EventTime::compareTo).orElse(end);
            if (system.equals(SystemId.LOG) || system.equals(SystemId.FREESWITCH)) {
                system = other.system;
            }
            return kept;
        }
    }
}
