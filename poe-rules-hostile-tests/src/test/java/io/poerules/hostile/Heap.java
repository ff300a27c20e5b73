package io.poerules.hostile;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/** The suite's heap, for the record: its maximum and the most its old generation ever held. */
final class Heap {

    private Heap() {
    }

    /** The heap the suite runs in, in MiB, as set by {@code -Xmx}. */
    static long maxMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    /** Prints, for the build log, the peak of the old generation (what survived collections) and the maximum heap. */
    static void report(String suite) {
        long old = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            String name = pool.getName().toLowerCase(Locale.ROOT);
            if (pool.getType() == MemoryType.HEAP && (name.contains("old") || name.contains("tenured"))) {
                old = Math.max(old, pool.getPeakUsage().getUsed());
            }
        }
        System.out.printf(Locale.ROOT, "%s: peak old generation %d MiB of a %d MiB heap (-Xmx%s)%n", suite,
                old / (1024 * 1024), maxMegabytes(), System.getProperty("hostile.heap", "?"));
    }
}
