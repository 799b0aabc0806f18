package dev.rtcdiag.core;

import dev.rtcdiag.core.correlation.Correlator;
import dev.rtcdiag.core.correlation.HeapWatch;
import dev.rtcdiag.core.judge.ClosedSession;
import dev.rtcdiag.core.judge.Judgement;
import dev.rtcdiag.core.judge.SessionJudge;
import dev.rtcdiag.parsers.attributes.Direction;
import dev.rtcdiag.parsers.attributes.NetworkAttributes;
import dev.rtcdiag.parsers.sip.SipMessage;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SystemId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One diagnosis run, composed: a {@link Correlator} groups events into sessions, a {@link SessionJudge}
 * judges each session as it closes, and this class keeps the listing: findings (bounded, every cause
 * kept), session summaries with their time lines (bounded), and the rules that failed. Not
 * thread-safe: one per run, fed by one thread.
 *
 * <p>With a {@linkplain #judgeOn pool}, closed sessions are judged there (the judge is stateless and a
 * {@link ClosedSession} a value) while the feeding thread correlates on; judgements are listed, and the
 * listener called, on the feeding thread in the order the sessions closed, so the result is the same as
 * without a pool. Rules were half of the correlating thread's work (JFR, bench corpus, two threads).
 * Sessions closed but not yet listed are bounded in bytes and in number: past either the feeding thread
 * waits for the oldest.
 */
final class Engine {

    /** Findings of a cause that are listed even when the listing is full. */
    static final int EXAMPLES_PER_CAUSE = 10;
    /** How many notable events each context scope keeps (the newest win). */
    static final int CONTEXT_EVENTS = Correlator.CONTEXT_EVENTS;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Engine.class);

    private final Correlator correlator;
    private final SessionJudge judge;
    private final Consumer<Finding> listener;
    private final List<Finding> findings = new ArrayList<>();
    private final List<SessionSummary> sessions = new ArrayList<>();
    private final List<String> faults = new ArrayList<>();
    private final Map<String, Integer> listedPerCause = new java.util.HashMap<>();
    private final Map<String, Long> unlisted = new LinkedHashMap<>();
    private long faultCount;
    private long sessionCount;
    private int keepTimeline;
    private int maxSummaries = 10_000;
    private int maxFindings = Integer.MAX_VALUE;
    /** Where sessions are judged, or {@code null}: on the feeding thread as they close. */
    private java.util.concurrent.Executor pool;
    /** Sessions handed to the pool, oldest first, and the bytes of events they hold. */
    private final java.util.ArrayDeque<Pending> pending = new java.util.ArrayDeque<>();
    private long pendingBytes;
    private long maxPendingBytes;

    /** Sessions judged on the pool but not yet listed, beyond which the feeding thread waits: bounds the futures kept. */
    static final int MAX_PENDING = 1024;

    /** A session being judged on the pool, and the bytes of events it holds. */
    private record Pending(java.util.concurrent.CompletableFuture<Judged> judged, long bytes) {
    }

    /** What judging a session gives: everything the listing needs, computed off the feeding thread when there is a pool. */
    private record Judged(ClosedSession session, Judgement judgement, List<TimelineEntry> timeline) {
    }

    Engine(SessionJudge judge, SessionKeys keys, int maxOpenSessions, int maxEventsPerSession, Duration idle, Consumer<Finding> listener) {
        this.judge = judge;
        this.listener = listener;
        this.correlator = new Correlator(keys, maxOpenSessions, maxEventsPerSession, idle, this::judged);
    }

    /** Bytes of events one session keeps, and all open sessions together. */
    void maxBytes(long perSession, long total) {
        correlator.maxBytes(perSession, total);
    }

    /**
     * Keep at most {@code n} findings (the listener still sees every one); beyond that a finding is only
     * counted, unless its cause has fewer than {@link #EXAMPLES_PER_CAUSE} listed — so no cause that
     * occurred ever disappears from the listing.
     */
    void maxFindings(int n) {
        this.maxFindings = n;
    }

    Map<String, Long> unlisted() {
        return unlisted;
    }

    /** Keep at most {@code n} session summaries (those with findings first); the rest are only counted. */
    void maxSummaries(int n) {
        this.maxSummaries = n;
    }

    long sessionCount() {
        return sessionCount;
    }

    /** Keep up to {@code n} time-line entries per session (0: none). */
    void keepTimelines(int n) {
        this.keepTimeline = n;
    }

    /** See {@link Correlator#live}. */
    void live(boolean v) {
        correlator.live(v);
    }

    void heapWatch(HeapWatch w) {
        correlator.heapWatch(w);
    }

    String heapNote() {
        return correlator.heapNote();
    }

    /** Takes one event. */
    void accept(LogEvent e) {
        correlator.accept(e);
    }

    /** See {@link Correlator#inputDone}. */
    void inputDone(String source) {
        correlator.inputDone(source);
    }

    /**
     * Judges closed sessions on {@code pool} from now on ({@code null}: on the feeding thread), keeping those
     * handed over but not yet listed under {@code maxBytes} bytes of events. Call {@link #finish} before the
     * pool shuts down.
     */
    void judgeOn(java.util.concurrent.Executor pool, long maxBytes) {
        this.pool = pool;
        this.maxPendingBytes = maxBytes;
    }

    /** Sessions handed to the pool and not yet listed (tests: the bound). */
    int pendingCount() {
        return pending.size();
    }

    /** Closes everything still open, and lists every judgement. */
    void finish() {
        correlator.finish();
        while (!pending.isEmpty()) {
            listOldest();
        }
    }

    /** A session closed: judge it (here or on the pool) and list what it gave, in closing order. */
    private void judged(ClosedSession s) {
        if (pool == null) {
            list(judge(s));
            return;
        }
        long bytes = 0;
        for (LogEvent e : s.events()) {
            bytes += e.sizeEstimate(); // cached in the event: the correlator counted it when the event joined
        }
        pending.addLast(new Pending(java.util.concurrent.CompletableFuture.supplyAsync(() -> judge(s), pool), bytes));
        pendingBytes += bytes;
        while (pending.size() > MAX_PENDING || pendingBytes > maxPendingBytes && pending.size() > 1) {
            listOldest();
        }
        while (!pending.isEmpty() && pending.peekFirst().judged().isDone()) {
            listOldest();
        }
    }

    /** Lists the oldest pending judgement, waiting for it if need be; what judging threw is thrown here, as without a pool. */
    private void listOldest() {
        Pending p = pending.removeFirst();
        pendingBytes -= p.bytes();
        Judged j;
        try {
            j = p.judged().join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
        list(j);
    }

    /** Judges a session: a function of the session alone, so it may run on any thread. */
    private Judged judge(ClosedSession s) {
        return new Judged(s, judge.judge(s), timeline(s));
    }

    /** Lists one judged session: findings (bounded per cause), rule faults, its summary. */
    private void list(Judged judged) {
        ClosedSession s = judged.session();
        Judgement j = judged.judgement();
        for (Judgement.RuleFault f : j.faults()) {
            faultCount++;
            LOG.warn("{}; it was skipped there", f.describe());
            LOG.debug("rule failure", f.error());
            if (faults.size() < 8) {
                faults.add(f.describe());
            }
        }
        for (Finding f : j.findings()) {
            listener.accept(f);
            int listed = listedPerCause.getOrDefault(f.causeId(), 0);
            if (findings.size() < maxFindings || listed < EXAMPLES_PER_CAUSE) {
                findings.add(f);
                listedPerCause.put(f.causeId(), listed + 1);
            } else {
                if (unlisted.isEmpty()) {
                    LOG.info("more than {} findings: further ones are counted per cause, ten examples of each listed", maxFindings);
                }
                unlisted.merge(f.causeId(), 1L, Long::sum); // memory must not grow with the input: counted, not kept
            }
        }
        sessionCount++;
        // memory must not grow with the input: summaries beyond the cap are counted, not kept (sessions with findings come first)
        if (sessions.size() < maxSummaries || (!j.findings().isEmpty() && sessions.size() < 2 * maxSummaries)) {
            sessions.add(new SessionSummary(s.key(), s.system().id(), s.outcome().id(), s.start(), s.end(), s.eventCount(), s.closedEarly(), s.source(),
                    judged.timeline()));
        }
    }

    /** The findings, folded (see {@link dev.rtcdiag.core.judge.Findings#fold}). */
    List<Finding> findings() {
        return dev.rtcdiag.core.judge.Findings.fold(findings);
    }

    /** Rule failures: a rule that threw on a session was skipped there; the result is partial (bounded: the first few are named). */
    List<String> faults() {
        return faults;
    }

    /** How many rule evaluations failed. */
    long faultCount() {
        return faultCount;
    }

    List<SessionSummary> sessions() {
        return sessions;
    }


    private List<TimelineEntry> timeline(ClosedSession s) {
        if (keepTimeline == 0) {
            return List.of();
        }
        List<TimelineEntry> out = new ArrayList<>();
        java.util.Set<String> sent = new java.util.HashSet<>();
        for (LogEvent e : s.events()) {
            if (out.size() >= keepTimeline) {
                break;
            }
            if (e.kind() == EventKind.LOG && !e.level().isWarningOrWorse()) {
                continue;
            }
            String label = e.payload(SipMessage.class).map(SipMessage::startLine)
                    .orElseGet(() -> e.code().map(c -> c.system().id() + " " + c.code() + " " + c.defaultTitle()).orElse(e.message()));
            String from = e.get(NetworkAttributes.SRC).orElse("");
            String to = e.get(NetworkAttributes.DST).orElse("");
            if (e.payload(SipMessage.class).isPresent() && (from.isEmpty() != to.isEmpty())) {
                from = from.isEmpty() ? "this host" : from; // a log written by one side names only the peer
                to = to.isEmpty() ? "this host" : to;
            } else if (e.payload(SipMessage.class).isPresent() && from.isEmpty()) {
                Direction dir = e.get(NetworkAttributes.DIRECTION).orElse(null);
                from = dir == Direction.IN ? "peer" : dir == Direction.OUT ? "this host" : "";
                to = dir == Direction.IN ? "this host" : dir == Direction.OUT ? "peer" : "";
            }
            // the SDP a reader may unfold in the ladder, cut at a line end so no secret is kept half
            String sdp = e.payload(SipMessage.class).filter(m -> m.sdp().isPresent())
                    .map(m -> new String(m.body(), java.nio.charset.StandardCharsets.UTF_8)).orElse("");
            if (sdp.length() > TimelineEntry.MAX_DETAIL) {
                int cut = sdp.lastIndexOf('\n', TimelineEntry.MAX_DETAIL);
                sdp = (cut > 0 ? sdp.substring(0, cut) : "") + "\n…";
            }
            // the same message again (same start line, top Via branch and CSeq, same direction) is a retransmission
            String kind = e.kind().id();
            String again = e.payload(SipMessage.class).map(m -> m.startLine() + "|" + m.vias().stream().findFirst().flatMap(v -> v.branch()).orElse("")
                    + "|" + m.cseq().map(Object::toString).orElse("")).orElse(null);
            if (again != null && !sent.add(again + "|" + from + "|" + to)) {
                kind = TimelineEntry.RETRANSMISSION;
            }
            out.add(new TimelineEntry(e.time(), e.position(), kind, keptLabel(label), from, to, sdp));
        }
        return out;
    }

    /**
     * A time-line label as kept in memory: whole up to 4 KiB, else cut at the last space before that,
     * so that no secret is kept half (the redactor, which runs later, no longer recognises half a token).
     * Reports shorten labels for display after redacting them.
     */
    static String keptLabel(String label) {
        if (label.length() <= 4096) {
            return label;
        }
        int cut = label.lastIndexOf(' ', 4096);
        return (cut > 0 ? label.substring(0, cut) : "") + " …";
    }
}
