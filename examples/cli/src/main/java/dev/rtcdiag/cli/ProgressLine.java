package dev.rtcdiag.cli;

import dev.rtcdiag.core.Progress;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The progress line of docs/cli.md: on stderr, only when stderr is a terminal and the run has taken
 * more than a second, redrawn at most four times a second; files, bytes read of the total, rate and
 * ETA. Cleared when the diagnosis ends, so the report starts on a clean line.
 */
final class ProgressLine implements Consumer<Progress> {

    private static final long START_AFTER_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private long last;
    private boolean shown;

    ProgressLine(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Whether standard error is a terminal (Linux: fd 2 points at a tty device). */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false; // not Linux, or not allowed to look: stay quiet, as for a pipe
        }
    }

    @Override
    public void accept(Progress p) {
        if (!enabled || p.elapsedNanos() < START_AFTER_NANOS || p.elapsedNanos() - last < EVERY_NANOS) {
            return;
        }
        last = p.elapsedNanos();
        err.print("\r" + line(p) + "\u001B[K");
        err.flush();
        shown = true;
    }

    /** Removes the line, if one was drawn. */
    void clear() {
        if (shown) {
            err.print("\r\u001B[K");
            err.flush();
        }
    }

    static String line(Progress p) {
        long done = p.bytesDone() + p.bytesRead();
        String total = p.totalBytes() < 0 ? "" : " / " + size(p.totalBytes());
        String eta = p.etaSeconds() < 0 ? "" : ", ETA " + p.etaSeconds() + " s";
        return String.format(Locale.ROOT, "rtcdiag: file %d/%d, %s%s, %s/s%s", p.inputIndex(), p.inputCount(), size(done), total,
                size((long) p.rate()), eta);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
