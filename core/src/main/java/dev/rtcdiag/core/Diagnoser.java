package dev.rtcdiag.core;

import dev.rtcdiag.core.correlation.HeapWatch;
import dev.rtcdiag.core.judge.SessionJudge;
import dev.rtcdiag.core.rules.RuleSet;
import dev.rtcdiag.parsers.InputFile;
import dev.rtcdiag.parsers.Inputs;
import dev.rtcdiag.parsers.ParsedInput;
import dev.rtcdiag.parsers.Parsers;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Diagnoses logs: reads inputs (files, directories, streams, or ready-made events), correlates their
 * events into calls and sessions, runs the rules in one pass, and returns a {@link Diagnosis}.
 *
 * <p>Immutable and thread-safe: configure once with {@link #builder()}, then call any
 * {@code diagnose} method from any thread, any number of times. The library never prints and never
 * exits; I/O problems of one input are reported in its {@link InputStats#error()} and make the result
 * {@linkplain Diagnosis#isPartial() partial}.
 *
 * <p>Several inputs are merged in time order, batch by batch (up to sixteen open at once, like
 * {@code sort -m}): rotated logs are read oldest first whatever their names, the server and client logs
 * of one call meet while both are open, and logs of different days are read one after the other, so
 * memory holds only the sessions open at one moment. The order depends on the inputs alone, so the
 * result is the same for any {@linkplain Builder#threads(int) number of parsing threads}.
 *
 * <pre>{@code
 * Diagnosis d = Diagnoser.builder().build().diagnose(List.of(Path.of("logs/")));
 * d.findings().forEach(f -> System.out.println(f.causeId() + " " + f.evidence()));
 * }</pre>
 */
public final class Diagnoser {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Diagnoser.class);

    private final Parsers parsers;
    private final ParserConfig parserConfig;
    private final String formatHint;
    private final RuleSet rules;
    private final KnowledgeBase kb;
    /** Stateless and thread-safe: one for every run of this diagnoser. */
    private final SessionJudge judge;
    private final SessionKeys keys;
    private final int maxOpenSessions;
    private final int maxEventsPerSession;
    private final int keepTimelines;
    private final Consumer<Progress> progress;
    private final Duration idleTimeout;
    private final Duration timeBudget;
    private final long maxBytes;
    private final long maxSessionBytes;
    private final long maxHeldBytes;
    private final double heapLowFraction;
    private final Inputs.Selection selection;
    private final java.util.function.DoubleFunction<HeapWatch> heapWatches;
    private final BooleanSupplier cancelled;
    private final Consumer<Finding> listener;
    private final int maxFindings;
    private final int threads;
    private final boolean live;

    private Diagnoser(Builder b) {
        this.parsers = b.parsers;
        this.parserConfig = b.parserConfig;
        this.formatHint = b.formatHint;
        this.rules = b.rules;
        this.kb = b.kb;
        this.keys = b.keys;
        this.maxOpenSessions = b.maxOpenSessions;
        this.maxEventsPerSession = b.maxEventsPerSession;
        this.keepTimelines = b.keepTimelines;
        this.progress = b.progress;
        this.idleTimeout = b.idleTimeout;
        this.timeBudget = b.timeBudget;
        this.maxBytes = b.maxBytes;
        this.maxSessionBytes = b.maxSessionBytes;
        this.maxHeldBytes = b.maxHeldBytes;
        this.heapLowFraction = b.heapLowFraction;
        this.selection = b.selection;
        this.heapWatches = b.heapWatches;
        this.cancelled = b.cancelled;
        this.listener = b.listener;
        this.maxFindings = b.maxFindings;
        this.threads = b.threads;
        this.live = b.live;
        this.judge = new SessionJudge(rules, kb); // checks that every rule's cause is known
    }

    /** A builder with the defaults: every installed format, the built-in rules and knowledge base. */
    public static Builder builder() {
        return new Builder();
    }

    /** Diagnoses files and directories (read recursively). Paths that do not exist are reported in the inputs. */
    public Diagnosis diagnose(List<Path> paths) {
        Objects.requireNonNull(paths, "paths");
        return diagnose(Inputs.expandPaths(paths, selection));
    }

    /** Diagnoses files and directories: {@code diagnoser.diagnose(Path.of("logs"), Path.of("trace.pcap"))}. */
    public Diagnosis diagnose(Path first, Path... more) {
        List<Path> all = new java.util.ArrayList<>(1 + more.length);
        all.add(Objects.requireNonNull(first, "first"));
        all.addAll(List.of(more));
        return diagnose(all);
    }

    /**
     * Diagnoses inputs a caller has already listed, such as a command line's arguments expanded with
     * {@link Inputs#expand(List, Inputs.Selection)} (where {@code "-"} is standard input); its problems (paths
     * that do not exist or cannot be read) are reported in the result's inputs.
     */
    public Diagnosis diagnose(Inputs.Expansion inputs) {
        Objects.requireNonNull(inputs, "inputs");
        Run run = new Run();
        run.stopped();
        for (Inputs.Problem p : inputs.problems()) {
            run.stats.add(new InputStats(p.path(), "", 0, 0, 0, 0, p.reason()));
        }
        long total = 0;
        for (InputFile f : inputs.files()) {
            long size = f.isStdin() ? -1 : sizeOf(f.path());
            total = size < 0 || total < 0 ? -1 : total + size;
        }
        run.totalBytes = total;
        run.inputCount = inputs.files().size();
        run.read(inputs.files(), f -> parsers.open(f, parserConfig, formatHint, run.budget::wrap));
        return run.finish();
    }

    /**
     * Like {@link #diagnose(List)} with paths as a user typed them ({@code "-"} is standard input).
     *
     * @deprecated a command line's arguments are the command line's business: expand them with
     *     {@link Inputs#expand(List, Inputs.Selection)} and call {@link #diagnose(Inputs.Expansion)}, or pass
     *     {@link Path}s to {@link #diagnose(List)}
     */
    @Deprecated(since = "0.2.0")
    public Diagnosis diagnoseArguments(List<String> arguments) {
        return diagnose(Inputs.expand(arguments, selection));
    }

    /** Diagnoses one stream (closed afterwards). */
    public Diagnosis diagnose(InputStream stream, String name) {
        Run run = new Run();
        try {
            run.read(List.of(new InputFile(name, null)), f -> parsers.open(f, run.budget.wrap(stream), parserConfig, formatHint));
        } finally {
            try {
                stream.close(); // normally closed with its parser; this covers a run stopped before it was opened
            } catch (IOException ignored) {
                // nothing was lost: the stream is only read from
            }
        }
        return run.finish();
    }

    /** Diagnoses events that were parsed elsewhere (or built by a test). */
    public Diagnosis diagnoseEvents(Iterable<LogEvent> events) {
        Run run = new Run();
        long n = 0;
        long malformed = 0;
        for (LogEvent e : events) {
            if (run.stopped()) {
                break;
            }
            n++;
            malformed += e.isMalformed() ? 1 : 0;
            run.engine.accept(e);
        }
        run.stats.add(new InputStats("events", "events", n, n, malformed, 0, ""));
        return run.finish();
    }

    private static long sizeOf(Path p) {
        try {
            return java.nio.file.Files.isRegularFile(p) ? java.nio.file.Files.size(p) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private Engine newEngine() {
        Engine e = new Engine(judge, keys, maxOpenSessions, maxEventsPerSession, idleTimeout, listener);
        e.keepTimelines(keepTimelines);
        e.maxFindings(maxFindings);
        e.maxBytes(maxSessionBytes, maxHeldBytes);
        e.live(live);
        return e;
    }

    /** One diagnosis in progress. */
    private final class Run {
        final Engine engine = newEngine();
        final HeapWatch heap = heapWatches.apply(heapLowFraction);

        {
            engine.heapWatch(heap);
        }
        final List<InputStats> stats = new ArrayList<>();
        final long deadline = timeBudget == null ? Long.MAX_VALUE : System.nanoTime() + timeBudget.toNanos();
        String partial = "";

        boolean stopped() {
            if (!partial.isEmpty()) {
                return true;
            }
            if (cancelled.getAsBoolean()) {
                partial = "cancelled";
            } else if (System.nanoTime() > deadline) {
                partial = "time budget of " + timeBudget.toSeconds() + " s exhausted";
            } else if (budget.exhausted != null) {
                partial = budget.exhausted;
            }
            if (!partial.isEmpty()) {
                LOG.warn("reading stopped early: {}; what was read is diagnosed and the result is partial", partial);
            }
            return !partial.isEmpty();
        }

        /** Every input's bytes pass through it: past the byte or time budget (or on cancellation) inputs end early. */
        final Budget budget = new Budget();

        /**
         * The budgets enforced where the bytes are read, not between events: a parser that reads on without
         * producing events (a binary input, {@code /dev/zero}) still ends at the bound.
         */
        final class Budget {
            final java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();
            volatile String exhausted;

            InputStream wrap(InputStream in) {
                return new dev.rtcdiag.parsers.spi.BlockInputStream() {
                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        if (exhausted != null || over()) {
                            return -1;
                        }
                        int n = in.read(b, off, (int) Math.min(len, Math.max(1, maxBytes - read.get())));
                        if (n > 0) {
                            read.addAndGet(n);
                        }
                        return n;
                    }

                    @Override
                    public int available() throws IOException {
                        return in.available();
                    }

                    @Override
                    public void close() throws IOException {
                        in.close();
                    }
                };
            }

            private boolean over() {
                if (read.get() >= maxBytes) {
                    exhausted = "byte budget of " + maxBytes + " bytes exhausted";
                } else if (System.nanoTime() > deadline) {
                    exhausted = "time budget of " + timeBudget.toSeconds() + " s exhausted";
                } else if (cancelled.getAsBoolean()) {
                    exhausted = "cancelled";
                }
                return exhausted != null;
            }
        }

        final long started = System.nanoTime();
        long totalBytes = -1;
        /** Bytes read from all inputs so far. */
        long bytesDone;
        int inputCount = 1;

        /**
         * The threads that parse ahead and judge closed sessions ({@link Lanes#pool}), or {@code null} with one
         * thread; shut down when the run finishes or fails.
         */
        java.util.concurrent.ExecutorService pool;

        /** Reads the inputs through {@link Lanes} (merged in time order), feeding the engine. */
        void read(List<InputFile> files, Lanes.Opener opener) {
            pool = files.isEmpty() ? null : Lanes.pool(threads);
            if (!live) { // a live input's findings are due as soon as its session closes: judged there and then
                engine.judgeOn(pool, Lanes.defaultReadAhead());
            }
            try {
                readLanes(files, opener);
            } catch (RuntimeException | Error e) {
                shutDown();
                throw e;
            }
        }

        private void shutDown() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }

        private void readLanes(List<InputFile> files, Lanes.Opener opener) {
            InputStats[] done = new InputStats[files.size()];
            long[] bytes = new long[files.size()];
            long n = 0;
            try (Lanes lanes = new Lanes(files, opener, pool, Lanes.defaultReadAhead(), live ? 1 : Lanes.BATCH)) {
                for (Lanes.Batch b = lanes.next(); b != null; b = lanes.next()) {
                    Lanes.Lane lane = b.lane();
                    boolean wasStopped = !partial.isEmpty();
                    // a batch already parsed is correlated even when the run was stopped meanwhile: what was read is diagnosed
                    for (LogEvent e : b.events()) {
                        n++;
                        engine.accept(e);
                    }
                    if (!wasStopped && stopped() && !b.events().isEmpty()) {
                        partial = partial + " while reading " + lane.file.name() + " (line " + b.events().get(b.events().size() - 1).position().line() + ")";
                    }
                    bytesDone += b.bytesRead() - bytes[lane.index];
                    bytes[lane.index] = b.bytesRead();
                    if (b.last()) {
                        done[lane.index] = stats(lane);
                        engine.inputDone(lane.file.name());
                    }
                    if (b.last() || (n & ~8191L) != ((n - b.events().size()) & ~8191L)) {
                        progress.accept(new Progress(lane.file.name(), lane.index + 1, inputCount, b.bytesRead(),
                                lane.file.isStdin() ? -1 : sizeOf(lane.file.path()), bytesDone - b.bytesRead(), totalBytes, System.nanoTime() - started));
                    }
                    if (!partial.isEmpty()) {
                        for (Lanes.Lane open : lanes.open()) {
                            done[open.index] = stats(open); // what was read of the inputs open when the run stopped
                        }
                        break;
                    }
                }
            }
            for (InputStats s : done) {
                if (s != null) {
                    stats.add(s);
                }
            }
        }

        /** Inputs that ended before their end (a cut {@code .gz}): named in the partial reason. */
        final List<String> cuts = new ArrayList<>();

        private InputStats stats(Lanes.Lane lane) {
            ParsedInput in = lane.input();
            if (in != null && in.cut().isPresent() && cuts.size() < 8) {
                cuts.add(lane.file.name() + " (" + in.cut().get() + ")");
            }
            return in == null ? new InputStats(lane.file.name(), "", 0, 0, 0, 0, lane.error)
                    : new InputStats(lane.file.name(), in.format(), in.lines(), in.eventCount(), in.malformedCount(), in.bytesRead(), lane.error,
                            in.envelopes().envelopes().stream().map(dev.rtcdiag.parsers.spi.Envelope::id).toList(), in.regions());
        }

        Diagnosis finish() {
            try {
                engine.finish();
            } finally {
                heap.close();
                shutDown();
            }
            if (partial.isEmpty() && budget.exhausted != null) {
                partial = budget.exhausted; // an input ended at the budget before any event was read
            }
            String reason = partial;
            if (reason.isEmpty() && stats.stream().anyMatch(s -> !s.readable())) {
                reason = "some inputs could not be read";
            }
            if (!cuts.isEmpty()) {
                String cut = "inputs ended early: " + String.join("; ", cuts);
                reason = reason.isEmpty() ? cut : reason + "; " + cut;
            }
            if (!engine.heapNote().isEmpty()) {
                reason = reason.isEmpty() ? engine.heapNote() : reason + "; " + engine.heapNote();
            }
            if (engine.faultCount() > 0) {
                String rules = engine.faultCount() + " rule evaluation(s) failed and were skipped: " + String.join("; ", engine.faults());
                reason = reason.isEmpty() ? rules : reason + "; " + rules;
            }
            return new Diagnosis(engine.findings(), engine.sessions(), stats, reason, engine.sessionCount(), engine.unlisted());
        }
    }

    /** Configures a {@link Diagnoser}. */
    public static final class Builder {
        private Parsers parsers;
        private ParserConfig parserConfig = ParserConfig.defaults();
        private String formatHint;
        private RuleSet rules = RuleSet.standard();
        private KnowledgeBase kb = KnowledgeBase.standard();
        private SessionKeys keys = SessionKeys.standard();
        private int maxOpenSessions = 10_000;
        private int maxEventsPerSession = 2_000;
        private int keepTimelines;
        private Consumer<Progress> progress = p -> { };
        private Duration idleTimeout = Duration.ofMinutes(10);
        private Duration timeBudget;
        private long maxBytes = Long.MAX_VALUE;
        private long maxSessionBytes = 16L << 20;
        private long maxHeldBytes = Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 4);
        private double heapLowFraction = 0.85;
        private Inputs.Selection selection = Inputs.Selection.DEFAULT;
        private java.util.function.DoubleFunction<HeapWatch> heapWatches = HeapWatch::start;
        private BooleanSupplier cancelled = () -> false;
        private Consumer<Finding> listener = f -> { };
        private int maxFindings = 10_000;
        private int threads = 1;
        private boolean live;

        private Builder() {
        }

        /** The formats to use (default: every installed one, {@link Parsers#discover()}). */
        public Builder parsers(Parsers v) {
            this.parsers = Objects.requireNonNull(v, "parsers");
            return this;
        }

        /** Parser limits and hints (default {@link ParserConfig#defaults()}). */
        public Builder parserConfig(ParserConfig v) {
            this.parserConfig = Objects.requireNonNull(v, "parserConfig");
            return this;
        }

        /** Forces a format id for every input ({@code null} to detect, the default). */
        public Builder formatHint(String v) {
            this.formatHint = v;
            return this;
        }

        /** The rules (default {@link RuleSet#standard()}). */
        public Builder rules(RuleSet v) {
            this.rules = Objects.requireNonNull(v, "rules");
            return this;
        }

        /** The knowledge base (default {@link KnowledgeBase#standard()}); must contain every rule's cause. */
        public Builder knowledgeBase(KnowledgeBase v) {
            this.kb = Objects.requireNonNull(v, "knowledgeBase");
            return this;
        }

        /**
         * Adds a provider's rules after the current ones, and its causes (with their texts) to the
         * knowledge base: your own rules in one call, printed like the built-in ones.
         */
        public Builder with(dev.rtcdiag.core.rules.RuleProvider provider) {
            Objects.requireNonNull(provider, "provider");
            this.rules = rules.plus(provider.rules());
            this.kb = kb.plus(provider.causes());
            return this;
        }

        /** How events are grouped into sessions. */
        public Builder sessionKeys(SessionKeys v) {
            this.keys = Objects.requireNonNull(v, "sessionKeys");
            return this;
        }

        /** Sessions kept open at once (default 10,000); beyond it the least recently used closes early, noted in its findings. */
        public Builder maxOpenSessions(int v) {
            if (v < 1) {
                throw new IllegalArgumentException("maxOpenSessions must be >= 1: " + v);
            }
            this.maxOpenSessions = v;
            return this;
        }

        /**
         * Keep up to {@code n} notable events per session as its time line (for the HTML report);
         * 0, the default, keeps none, so memory does not grow with the number of sessions.
         */
        public Builder keepTimelines(int n) {
            if (n < 0 || n > 10_000) {
                throw new IllegalArgumentException("keepTimelines must be 0..10000: " + n);
            }
            this.keepTimelines = n;
            return this;
        }

        /** Receives {@link Progress} reports (on the diagnosing thread; keep it quick). */
        public Builder progress(Consumer<Progress> v) {
            this.progress = Objects.requireNonNull(v, "progress");
            return this;
        }

        /** Events kept per session for the rules (default 2,000); more are counted but not kept, noted in findings. */
        public Builder maxEventsPerSession(int v) {
            if (v < 1) {
                throw new IllegalArgumentException("maxEventsPerSession must be >= 1: " + v);
            }
            this.maxEventsPerSession = v;
            return this;
        }

        /** A session closes after this much event time without events on its input's clock (default 10 minutes). */
        public Builder idleTimeout(Duration v) {
            if (v.isNegative() || v.isZero()) {
                throw new IllegalArgumentException("idleTimeout must be positive: " + v);
            }
            this.idleTimeout = v;
            return this;
        }

        /**
         * Stop after reading this many bytes of input (all inputs together, as read from disk: compressed bytes
         * for a {@code .gz}) and return a result marked partial. Default: no limit. A run on {@code /dev/zero}
         * or an endless pipe ends at this bound or at the time budget.
         */
        public Builder maxBytes(long v) {
            if (v <= 0) {
                throw new IllegalArgumentException("maxBytes must be > 0: " + v);
            }
            this.maxBytes = v;
            return this;
        }

        /**
         * Bytes of events one session keeps for its rules (default 16 MiB; an estimate of the heap they hold,
         * SIP bodies included) and all open sessions together (default a quarter of the heap, at most 1 GiB).
         * Past the first a session's later events are counted, not kept; past the second the least recently
         * used sessions are closed early. Either is said in the findings' notes.
         */
        public Builder maxEventBytes(long perSession, long total) {
            if (perSession <= 0 || total <= 0) {
                throw new IllegalArgumentException("byte limits must be > 0: " + perSession + ", " + total);
            }
            this.maxSessionBytes = perSession;
            this.maxHeldBytes = total;
            return this;
        }

        /**
         * When live data takes more than this share of the maximum heap after a garbage collection (default
         * 0.85), the diagnosis sheds what it keeps instead of dying: it closes the least recently used half of
         * the open sessions (their findings are kept), drops the context kept for conferencing rules, caps
         * the events open sessions keep at what they hold, and marks the result partial. {@code 0} turns the
         * watch off (an application that manages its own memory).
         */
        public Builder heapLowFraction(double v) {
            if (!(v >= 0 && v < 1)) {
                throw new IllegalArgumentException("heapLowFraction must be in [0, 1): " + v);
            }
            this.heapLowFraction = v;
            return this;
        }

        /**
         * Which files of a directory are read (default {@link Inputs.Selection#DEFAULT}: all, but version
         * control, build and dependency folders). Files named directly are always read.
         */
        public Builder selection(Inputs.Selection v) {
            this.selection = Objects.requireNonNull(v, "selection");
            return this;
        }

        /** Tests: the watch each run uses. */
        Builder heapWatches(java.util.function.DoubleFunction<HeapWatch> v) {
            this.heapWatches = v;
            return this;
        }

        /** Stop after this much wall-clock time and return a result marked partial ({@code null}: no limit, the default). */
        public Builder timeBudget(Duration v) {
            this.timeBudget = v;
            return this;
        }

        /** Checked regularly; when it returns true the run stops and the result is marked partial. */
        public Builder cancellation(BooleanSupplier v) {
            this.cancelled = Objects.requireNonNull(v, "cancellation");
            return this;
        }

        /**
         * Called with each finding as soon as its session closes and is judged, on the diagnosing thread, in the
         * order sessions close (with several {@linkplain #threads threads} a finding may come a few sessions later).
         */
        public Builder listener(Consumer<Finding> v) {
            this.listener = Objects.requireNonNull(v, "listener");
            return this;
        }

        /**
         * Findings listed in the {@link Diagnosis} (default 10,000). Beyond it findings are counted per
         * cause in {@link Diagnosis#unlisted()}, except that every cause keeps its first ten, so none
         * disappears; the {@linkplain #listener listener} still receives every finding. Memory then does
         * not grow with the number of failures in a log.
         */
        public Builder maxFindings(int v) {
            if (v < 0) {
                throw new IllegalArgumentException("maxFindings must be >= 0: " + v);
            }
            this.maxFindings = v;
            return this;
        }

        /**
         * Inputs are live (a log being written, a pipe): each event is correlated as soon as it is parsed, so
         * a session closes, and its {@linkplain #listener findings} arrive, while the input is still open.
         * Off by default, where events are handed on 256 at a time.
         */
        public Builder live(boolean v) {
            this.live = v;
            return this;
        }

        /**
         * Threads that parse inputs and judge sessions (default 1: the calling thread does everything). With
         * more, several inputs are parsed at once, and closed sessions judged by the rules, while the calling
         * thread correlates; the diagnosis is the same for any number (see the input order note on
         * {@link Diagnoser}): judgements are listed in the order the sessions closed. Helps when there are
         * several inputs. Rules must then be thread-safe, as they already are when one diagnoser serves
         * several threads. Sessions closed but not yet judged hold at most a 128th of the heap (16 MiB at
         * most) of events, and 1,024 sessions. Live runs ({@link #live}) judge on the calling thread.
         */
        public Builder threads(int v) {
            if (v < 1 || v > 64) {
                throw new IllegalArgumentException("threads must be 1..64: " + v);
            }
            this.threads = v;
            return this;
        }

        /**
         * The diagnoser.
         *
         * @throws IllegalArgumentException when a rule names a cause the knowledge base does not have
         */
        public Diagnoser build() {
            if (parsers == null) {
                parsers = Parsers.discover();
            }
            return new Diagnoser(this);
        }
    }
}
