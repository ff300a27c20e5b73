package io.poerules.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * The heap a benchmark used: the peak of each heap pool since {@link #reset()}, summed (an upper bound of
 * the peak of the whole heap), and what the last collection of each pool left, summed (the live data).
 */
final class HeapMeter {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();

    /** Starts measuring the peak anew. */
    void reset() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peak usage since {@link #reset()}, in bytes. */
    long peak() {
        return pools.stream().map(MemoryPoolMXBean::getPeakUsage).mapToLong(MemoryUsage::getUsed).sum();
    }

    /** The sum of the heap pools' usage after their last collection, in bytes; 0 before any collection. */
    long afterCollection() {
        return pools.stream().map(MemoryPoolMXBean::getCollectionUsage)
                .mapToLong(u -> u == null ? 0 : u.getUsed()).sum();
    }
}
