package io.poerules.api;

import io.poerules.extract.WatchedThread;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The validator's batch threads: each runs a document's whole validation, its extraction included (an
 * extractor reads on a {@link WatchedThread} instead of handing the document to a thread of its own), and
 * is waited for with a deadline counted from when the task started, or from when it last said it began a
 * new step ({@link #restartDeadline}). A task past its deadline is abandoned:
 * interrupted, answered by its caller's time-out result, and its thread replaced while it runs on, so that
 * a document that never finishes costs the batch neither an entry nor a thread.
 */
final class WatchedPool {

    /** How often a wait for a task not yet started looks again. */
    private static final long START_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final ThreadPoolExecutor pool;
    /** The task the calling thread runs, for {@link #restartDeadline}. */
    private static final ThreadLocal<Task<?>> RUNNING = new ThreadLocal<>();

    WatchedPool(int threads, String name) {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new PoolThread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private final class PoolThread extends WatchedThread {
        private PoolThread(Runnable task, String name) {
            super(task, name);
        }

        private WatchedPool pool() {
            return WatchedPool.this;
        }
    }

    /** Whether the calling thread is one of this pool's: a task waiting on it for other tasks could wait forever. */
    boolean ownsCurrentThread() {
        return Thread.currentThread() instanceof PoolThread thread && thread.pool() == this;
    }

    /** One task: its result, and the thread running it while it runs. */
    final class Task<T> implements Runnable {
        private final Callable<T> work;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private volatile long startedNanos;
        private Thread runner;
        private boolean finished;
        private boolean cancelled;
        private boolean abandoned;

        private Task(Callable<T> work) {
            this.work = work;
        }

        @Override
        public void run() {
            synchronized (this) {
                if (cancelled) {
                    finished = true;
                    result.cancel(false);
                    return;
                }
                runner = Thread.currentThread();
                startedNanos = System.nanoTime() | 1;
            }
            RUNNING.set(this);
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            } finally {
                RUNNING.remove();
                boolean replaced;
                synchronized (this) {
                    finished = true;
                    runner = null;
                    replaced = abandoned;
                    Thread.interrupted();
                }
                if (replaced) {
                    shrink();
                }
            }
        }

        /** Stops the task: it does not start, or is interrupted while it runs. */
        synchronized void cancel() {
            cancelled = true;
            if (runner != null) {
                runner.interrupt();
            }
        }

        /**
         * Gives up on a running task and replaces its thread; false when it has just finished, or has begun a
         * new step since its deadline was read. The thread is added before the task can see that it was
         * abandoned, and take it away again.
         */
        private synchronized boolean abandon(Duration bound) {
            if (finished || System.nanoTime() - startedNanos < bound.toNanos()) {
                return false;
            }
            abandoned = true;
            runner.interrupt();
            grow();
            return true;
        }
    }

    /**
     * For a task of several steps, each bounded alone: the task running on the calling thread starts its
     * deadline again. Does nothing on a thread that runs no task of a pool.
     */
    static void restartDeadline() {
        Task<?> task = RUNNING.get();
        if (task != null) {
            task.startedNanos = System.nanoTime() | 1;
        }
    }

    /** Starts a task when a thread is free. */
    <T> Task<T> submit(Callable<T> work) {
        Task<T> task = new Task<>(work);
        pool.execute(task);
        return task;
    }

    /**
     * The task's result; or, once it has run for {@code bound} without finishing (or, when it restarts its
     * deadline, one step has), {@code timedOut}'s, the task abandoned.
     *
     * @throws ExecutionException   with what the task threw
     * @throws InterruptedException when the calling thread is interrupted while it waits
     * @throws java.util.concurrent.CancellationException when the task was cancelled, or the pool shut down
     *                                                    before it started
     */
    <T> T await(Task<T> task, Duration bound, Supplier<T> timedOut) throws ExecutionException, InterruptedException {
        while (true) {
            long started = task.startedNanos;
            long wait = started == 0 ? START_POLL_NANOS : started + bound.toNanos() - System.nanoTime();
            try {
                return task.result.get(Math.max(wait, 0), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (started != 0 && task.abandon(bound)) {
                    return timedOut.get();
                }
            }
        }
    }

    /** How many threads the pool keeps: its size, and one for each abandoned task still running. */
    synchronized int threads() {
        return pool.getCorePoolSize();
    }

    private synchronized void grow() {
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
    }

    private synchronized void shrink() {
        pool.setCorePoolSize(pool.getCorePoolSize() - 1);
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() - 1);
    }

    /** Stops the threads, interrupting the tasks that run; a task not started is cancelled. */
    void shutdownNow() {
        for (Runnable queued : pool.shutdownNow()) {
            if (queued instanceof Task<?> task) {
                task.cancel();
                task.result.cancel(false);
            }
        }
    }
}
