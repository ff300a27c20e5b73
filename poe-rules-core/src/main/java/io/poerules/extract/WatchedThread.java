package io.poerules.extract;

/**
 * A thread whose owner bounds the time of the work it runs: the owner waits for that work with a deadline
 * and, past it, gives up on it and interrupts the thread. An extractor called on such a thread reads the
 * document on it, instead of handing it to a thread of its own and waiting for it there: the owner's bound
 * already covers the extraction, and on few cores the two thread switches per document cost the batch a
 * share of its second core.
 *
 * @since 0.1.0
 */
public class WatchedThread extends Thread {

    /** A watched thread that runs {@code task}. */
    public WatchedThread(Runnable task, String name) {
        super(task, name);
    }

    /** Whether the calling thread is watched. */
    public static boolean isCurrent() {
        return Thread.currentThread() instanceof WatchedThread;
    }
}
