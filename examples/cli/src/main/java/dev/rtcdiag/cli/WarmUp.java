package dev.rtcdiag.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work started on a second thread that the main thread will need soon: on a small input, loading the
 * rules and the report's message formats takes longer than reading and diagnosing it, and a second core
 * is idle meanwhile. Whatever a warm-up loads is in lazily initialised holders, so the main thread
 * either finds it ready or waits for it; it never does the work twice. A warm-up that fails is only
 * logged: the main thread meets the same failure and reports it.
 */
final class WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    private WarmUp() {
    }

    /** Runs {@code work} on a daemon thread (it never keeps the process alive). */
    static void start(String what, Runnable work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (Throwable e) { // NOPMD: a warm-up only saves time; the main thread reports the same failure
                LOG.debug("warming up {} failed: {}", what, e.toString());
            }
        }, "rtcdiag-warm-up-" + what);
        t.setDaemon(true);
        t.start();
    }
}
