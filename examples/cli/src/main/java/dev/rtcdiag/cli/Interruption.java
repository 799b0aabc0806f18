package dev.rtcdiag.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT) or SIGTERM during a diagnosis: the run is cancelled where it is, and what was
 * diagnosed so far is written, marked partial, before the JVM ends.
 *
 * <p>How: a shutdown hook raises the cancellation flag the diagnoser polls between reads, then waits
 * for the command to finish writing (at most {@link #GRACE}). The JVM keeps running other threads
 * while hooks run, so the report is written normally, and {@code -o} files are still renamed whole.
 * An input that blocks (a pipe with nothing to say) is only noticed at its next read: past the grace
 * the JVM ends without a report, as it would have without this class.
 */
final class Interruption implements AutoCloseable {

    static final Duration GRACE = Duration.ofSeconds(10);

    private volatile boolean requested;
    private final CountDownLatch written = new CountDownLatch(1);
    private final Thread hook = new Thread(this::onSignal, "rtcdiag-interrupt");

    private Interruption() {
    }

    /** Installs the hook for one command. */
    static Interruption install() {
        Interruption i = new Interruption();
        Runtime.getRuntime().addShutdownHook(i.hook);
        return i;
    }

    private void onSignal() {
        requested = true;
        try {
            written.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the user asked the run to stop. */
    boolean requested() {
        return requested;
    }

    /** The command has written what it had: the JVM may end; outside a shutdown the hook is removed. */
    @Override
    public void close() {
        written.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it returns now that the report is written
        }
    }
}
