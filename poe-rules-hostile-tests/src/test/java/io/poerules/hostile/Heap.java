package io.poerules.hostile;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import java.util.stream.Collectors;
import javax.management.openmbean.CompositeData;

/**
 * The suite's heap, for the record: its maximum, and the most it held right after a collection, which
 * is what the documents kept alive (plus what the collector had not yet reached).
 */
final class Heap {

    private static final AtomicLong PEAK_AFTER_COLLECTION = new AtomicLong();
    private static final AtomicLong FULL_COLLECTIONS = new AtomicLong();
    private static boolean watching;

    private Heap() {
    }

    /** Starts watching the collections of this JVM; call it before the documents are validated. */
    static synchronized void watch() {
        if (watching) {
            return;
        }
        watching = true;
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        return;
                    }
                    GarbageCollectionNotificationInfo info =
                            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    if (info.getGcName().contains("Concurrent")) {
                        return;
                    }
                    long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(pool -> heapPools.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    PEAK_AFTER_COLLECTION.accumulateAndGet(after, Math::max);
                    if (info.getGcAction().equals("end of major GC")) {
                        FULL_COLLECTIONS.incrementAndGet();
                    }
                }, null, null);
            }
        }
    }

    /** The heap the suite runs in, in MiB, as set by {@code -Xmx}. */
    static long maxMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    /** Prints, for the build log, the most the heap held after a collection so far, and its maximum. */
    static void report(String suite) {
        System.out.printf(Locale.ROOT, "%s: at most %d MiB in use after a collection, %d full collections, in a "
                        + "%d MiB heap (-Xmx%s)%n", suite, PEAK_AFTER_COLLECTION.get() / (1024 * 1024),
                FULL_COLLECTIONS.get(), maxMegabytes(), System.getProperty("hostile.heap", "?"));
    }
}
