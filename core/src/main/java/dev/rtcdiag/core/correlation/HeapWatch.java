package dev.rtcdiag.core.correlation;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

/**
 * Says when the heap runs low, so that a diagnosis can shed what it keeps instead of dying with an
 * {@code OutOfMemoryError}.
 *
 * <p>Why after a collection: heap use read at any other moment counts garbage, and in G1 the old
 * generation's "usage after collection" only moves at mixed or full collections, far too late. Heap use
 * read as a collector finishes is what the live data takes. The watch listens to the collectors'
 * notifications (it sets no JVM-wide threshold, so an application that embeds rtcdiag keeps its own)
 * and only raises a flag; the correlating thread reads the flag between events.
 */
public final class HeapWatch implements AutoCloseable {

    /** The notification type of {@code com.sun.management.GarbageCollectionNotificationInfo}, named here to avoid that module. */
    private static final String GC_NOTIFICATION = "com.sun.management.gc.notification";

    private final double fraction;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile boolean low;
    private volatile long lastUsed;

    private HeapWatch(double fraction) {
        this.fraction = fraction;
    }

    /**
     * Starts watching.
     *
     * @param fraction the share of the maximum heap that live data may take before the heap counts as low; 0 or less never watches
     */
    public static HeapWatch start(double fraction) {
        HeapWatch w = new HeapWatch(fraction);
        if (fraction > 0) {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter e) {
                    e.addNotificationListener(w.listener, n -> GC_NOTIFICATION.equals(n.getType()), null);
                    w.emitters.add(e);
                }
            }
        }
        return w;
    }

    /** A watch that only reports what a test tells it. */
    public static HeapWatch manual() {
        return new HeapWatch(0);
    }

    private void collected(Notification n, Object handback) {
        long max = memory.getHeapMemoryUsage().getMax();
        long used = memory.getHeapMemoryUsage().getUsed();
        lastUsed = used;
        if (max > 0 && used > fraction * max) {
            low = true;
        }
    }

    /** Whether the heap was low at a collection since the last {@link #relieved()}. */
    public boolean low() {
        return low;
    }

    /** Heap use at the last collection, in bytes (0 before the first). */
    public long lastUsed() {
        return lastUsed;
    }

    /** Clears the flag: the reader has freed what it could. */
    public void relieved() {
        low = false;
    }

    /** Raises the flag (tests). */
    public void signal() {
        low = true;
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone: nothing to undo
            }
        }
        emitters.clear();
    }
}
