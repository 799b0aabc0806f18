package dev.rtcdiag.core;

import dev.rtcdiag.parsers.InputFile;
import dev.rtcdiag.parsers.ParsedInput;
import dev.rtcdiag.parsers.spi.LogEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Feeds the events of several inputs to one consumer in time order, like {@code sort -m}: up to
 * {@link #WINDOW} inputs are open at once, each read in batches of {@link #BATCH} events, and the
 * consumer always gets the batch that starts earliest (a batch without timestamps at once; ties in
 * input order). Rotated logs are so read oldest first, whatever their names, and a server log and a
 * client log of the same hour meet while both are open; logs of different days are read one after the
 * other, so memory holds only the sessions open at one moment. The order depends only on the inputs,
 * never on the number of threads, so a diagnosis is the same with one parsing thread or many.
 *
 * <p>With threads, each open input has at least {@link #AHEAD} batches parsed ahead on a pool while the
 * consumer correlates, and more while the bytes parsed but not yet taken stay under a read-ahead
 * budget: inputs that come later in time (the next rotated file, the next hour's log) are so parsed on
 * the other threads while the current one is consumed. Without the budget a directory of consecutive
 * logs was parsed one file at a time whatever the thread count (1.0× with two threads on the bench
 * corpus). Batches of one input are parsed one after another, so a parser is never used by two threads
 * at once. Memory: the budget plus {@code WINDOW × (AHEAD + 1) × BATCH} events.
 */
final class Lanes implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Lanes.class);

    /**
     * Inputs read at once. A constant, not the thread count, so results do not depend on threads. 16, not
     * 8: rotated files sort after the others by name (uac_*, *.log.N) and only open inputs can be parsed
     * ahead.
     */
    static final int WINDOW = 16;
    /** Events taken from one input before the next input's turn. */
    static final int BATCH = 256;
    /** Batches parsed ahead per input when there is a pool, whatever the budget. */
    static final int AHEAD = 2;

    /**
     * The default read-ahead budget: input bytes parsed but not yet taken, beyond {@link #AHEAD} batches
     * per input. A 128th of the heap, at most 16 MiB: parsed events hold about eight times their input
     * bytes, and with a sixteenth the live heap of a 256 MiB run grew from 70 to 200 MiB, so that G1's
     * pauses went from 1.0 to 3.1 s and two threads took 14.7 s where one took 11.8 s (bench corpus, cold
     * CLI, 2 cores); with a 128th two threads took 10.2 s against one's 10.0 s.
     */
    static long defaultReadAhead() {
        return Math.min(16L << 20, Runtime.getRuntime().maxMemory() / 128);
    }

    /** Opens an input for reading (format detection included). */
    interface Opener {
        ParsedInput open(InputFile f) throws IOException;
    }

    /**
     * A batch of one input's events; {@code last} when the input is done (read, failed or cut short);
     * {@code start} is the time of its first timestamped event, {@code null} when none has one.
     */
    record Batch(Lane lane, List<LogEvent> events, boolean last, long bytesRead, Instant start, long bytes) {

        static Batch of(Lane lane, List<LogEvent> events, boolean last, long bytesRead, long bytes) {
            Instant start = null;
            for (LogEvent e : events) {
                if ((start = e.time().instant()) != null) {
                    break;
                }
            }
            return new Batch(lane, events, last, bytesRead, start, bytes);
        }
    }

    /** One input being read. */
    final class Lane {
        final InputFile file;
        final int index;
        private ParsedInput in;
        private boolean done;
        /** Why the input could not be read, or {@code ""}. */
        String error = "";
        private final ArrayDeque<CompletableFuture<Batch>> ahead = new ArrayDeque<>();
        private Batch peeked;
        private CompletableFuture<Batch> tail;
        /** Bytes read up to the end of the last batch parsed (only the parsing thread of the moment touches it). */
        private long bytesParsed;

        Lane(InputFile file, int index) {
            this.file = file;
            this.index = index;
        }

        /** The parsed input once opened (for its statistics), or {@code null} when opening failed. */
        ParsedInput input() {
            return in;
        }

        /** The reason an input's parser failed: the input, the line it had reached, what was thrown; logged with the trace. */
        private String fault(Throwable t) {
            long line = in == null ? 0 : in.lines();
            String what = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
            LOG.warn("{}: the {} parser failed after line {}; the input is left out, the other inputs are diagnosed: {}",
                    file.name(), in == null ? "" : in.format(), line, what);
            LOG.debug("{}: parser failure", file.name(), t);
            return file.name() + ": the " + (in == null ? "format detection" : in.format() + " parser") + " failed after line " + line + " (" + what
                    + "); the rest of this input was not read";
        }

        /** Parses the next batch (on whatever thread; never two at once for one lane). */
        private Batch read() {
            List<LogEvent> events = new ArrayList<>(Math.min(batch, BATCH));
            if (done) {
                return Batch.of(this, events, true, in == null ? 0 : in.bytesRead(), 0);
            }
            try {
                if (in == null) {
                    in = opener.open(file);
                }
                while (events.size() < batch && in.hasNext()) {
                    events.add(in.next());
                }
                done = events.size() < batch;
            } catch (IOException | UncheckedIOException e) {
                error = e.getMessage() == null ? e.toString() : e.getMessage();
                done = true;
            } catch (Throwable t) { // NOPMD: one input's parser, whatever it throws (StackOverflowError included), costs only that input
                error = fault(t);
                done = true;
            }
            long read = in == null ? 0 : in.bytesRead();
            long bytes = read - bytesParsed;
            bytesParsed = read;
            aheadBytes.addAndGet(bytes);
            return Batch.of(this, events, done, read, bytes);
        }

        private void prefetch() {
            // beyond the minimum one batch at a time: the budget counts batches once they are parsed
            while ((ahead.size() < AHEAD || ahead.size() < MAX_AHEAD && tail.isDone() && aheadBytes.get() < readAhead)
                    && !(tail != null && tail.isDone() && tail.join().last())) {
                tail = tail == null ? CompletableFuture.supplyAsync(this::read, pool) : tail.thenApplyAsync(b -> read(), pool);
                ahead.addLast(tail);
            }
        }

        /** When the next batch starts, if it is parsed already and has a time; never waits. */
        private Instant parsedStart() {
            CompletableFuture<Batch> f = ahead.peekFirst();
            return f != null && f.isDone() && !f.isCompletedExceptionally() ? f.join().start() : null;
        }

        /** The next batch, read (or waited for) but not taken. */
        private Batch head() {
            if (pool == null) {
                if (peeked == null) {
                    peeked = read();
                }
                return peeked;
            }
            prefetch();
            return join(ahead.peekFirst());
        }

        private Batch take() {
            Batch b = head();
            aheadBytes.addAndGet(-b.bytes());
            if (pool == null) {
                peeked = null;
            } else {
                ahead.removeFirst();
            }
            return b;
        }

        private Batch join(CompletableFuture<Batch> f) {
            try {
                return f.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r; // a parser bug surfaces as it would without threads
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }

        /** Waits for batches in flight, then closes the parser. */
        private void close() {
            for (CompletableFuture<Batch> f : ahead) {
                try {
                    f.join();
                } catch (RuntimeException ignored) {
                    // the run is being abandoned; the parser is closed below either way
                }
            }
            ahead.clear();
            if (in != null) {
                in.close();
            }
        }
    }

    /** Batches one input may have parsed ahead, however large the budget (bounds the futures kept). */
    private static final int MAX_AHEAD = 4096;

    private final Opener opener;
    private final ExecutorService pool;
    private final long readAhead;
    /** Bytes of the batches parsed and not yet taken, over all inputs. */
    private final java.util.concurrent.atomic.AtomicLong aheadBytes = new java.util.concurrent.atomic.AtomicLong();
    private final Iterator<InputFile> pending;
    /** The open inputs, in input order. */
    private final List<Lane> active = new ArrayList<>();
    private final int batch;
    private int opened;

    /**
     * The threads a run shares between parsing ({@link Lanes}) and judging ({@link Engine}), or {@code null}
     * for one thread (the caller's does everything). Daemon threads: an abandoned run must not keep an
     * application alive. The run that makes it shuts it down.
     */
    static ExecutorService pool(int threads) {
        if (threads <= 1) {
            return null;
        }
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rtcdiag-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param pool the threads that parse ahead ({@link #pool(int)}), or {@code null} to parse on the caller's thread;
     *        owned by the caller, who shuts it down
     * @param readAhead bytes of input that may be parsed ahead beyond {@link #AHEAD} batches per input (with a pool)
     * @param batch events per batch: {@link #BATCH}, or 1 for live inputs, whose events must reach the
     *        correlator as soon as they are parsed rather than when 256 have been written
     */
    Lanes(List<InputFile> files, Opener opener, ExecutorService pool, long readAhead, int batch) {
        this.batch = batch;
        this.opener = opener;
        this.readAhead = readAhead;
        this.pending = files.iterator();
        this.pool = pool;
        fill();
    }

    private void fill() {
        while (active.size() < WINDOW && pending.hasNext()) {
            Lane lane = new Lane(pending.next(), opened++);
            if (pool != null) {
                lane.prefetch();
            }
            active.add(lane);
        }
    }

    /** The batch that starts earliest, or {@code null} when every input is done. A finished lane is closed first. */
    Batch next() {
        Lane best = null;
        Instant bestStart = null;
        for (Lane lane : active) {
            Instant start = lane.head().start();
            if (best == null || start == null && bestStart != null || start != null && bestStart != null && start.isBefore(bestStart)) {
                best = lane;
                bestStart = start;
            }
            if (bestStart == null) {
                break; // nothing starts earlier than a batch without time
            }
        }
        if (best == null) {
            return null;
        }
        Batch b = best.take();
        if (b.last()) {
            best.close();
            active.remove(best);
            fill();
        }
        if (pool != null) {
            if (!b.last()) {
                best.prefetch(); // the input being consumed first
            }
            for (Lane lane : byStart()) {
                lane.prefetch(); // then the others, the next in time first, as far as the budget goes
            }
        }
        return b;
    }

    /** The open lanes, those whose next parsed batch starts earliest first (no time, or not parsed yet, last). */
    private List<Lane> byStart() {
        List<Lane> out = new ArrayList<>(active);
        out.sort(java.util.Comparator.comparing(Lane::parsedStart, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return out;
    }

    /** The lanes still open (for a partial result's statistics). */
    List<Lane> open() {
        return List.copyOf(active);
    }

    @Override
    public void close() {
        for (Lane lane : active) {
            lane.close();
        }
        active.clear();
    }
}
