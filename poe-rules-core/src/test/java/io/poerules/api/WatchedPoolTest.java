package io.poerules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poerules.extract.WatchedThread;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A task that never starts would make a wait loop forever: the class timeout turns that into a failure. */
@Timeout(60)
class WatchedPoolTest {

    private static final Duration LONG = Duration.ofMinutes(1);

    private final WatchedPool pool = new WatchedPool(1, "test-pool");
    private final AtomicBoolean release = new AtomicBoolean();

    @AfterEach
    void stop() {
        release.set(true);
        pool.shutdownNow();
    }

    @Test
    void runsATaskOnAWatchedThreadOfItsOwn() throws Exception {
        WatchedPool.Task<String> task = pool.submit(() -> Thread.currentThread().getName()
                + (WatchedThread.isCurrent() ? " watched" : "") + (pool.ownsCurrentThread() ? " owned" : ""));

        assertThat(pool.await(task, LONG, () -> "timed out")).isEqualTo("test-pool-1 watched owned");
        assertThat(pool.ownsCurrentThread()).isFalse();
    }

    @Test
    void aTaskPastItsBoundIsAbandonedInterruptedAndItsThreadReplaced() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        WatchedPool.Task<String> stuck = pool.submit(() -> {
            while (!release.get()) {
                if (Thread.interrupted()) {
                    interrupted.countDown();
                }
                Thread.onSpinWait();
            }
            return "finished";
        });
        WatchedPool.Task<String> next = pool.submit(() -> "next");

        assertThat(pool.await(stuck, Duration.ofMillis(300), () -> "timed out")).isEqualTo("timed out");
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the abandoned task is interrupted").isTrue();
        assertThat(pool.await(next, Duration.ofSeconds(10), () -> "timed out"))
                .as("the only thread is stuck: the task after it runs on a replacement").isEqualTo("next");
    }

    @Test
    void anAbandonedTaskThatFinishesGivesItsExtraThreadBack() throws Exception {
        WatchedPool.Task<String> stuck = pool.submit(() -> {
            while (!release.get()) {
                Thread.onSpinWait();
            }
            return "finished";
        });

        assertThat(pool.await(stuck, Duration.ofMillis(300), () -> "timed out")).isEqualTo("timed out");
        assertThat(pool.threads()).isEqualTo(2);
        release.set(true);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pool.threads() != 1 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(pool.threads()).isEqualTo(1);
    }

    @Test
    void theBoundCountsFromTheStartNotFromTheSubmission() throws Exception {
        WatchedPool.Task<String> first = pool.submit(() -> {
            Thread.sleep(1000);
            return "first";
        });
        WatchedPool.Task<String> second = pool.submit(() -> {
            Thread.sleep(200);
            return "second";
        });

        assertThat(pool.await(first, LONG, () -> "timed out")).isEqualTo("first");
        assertThat(pool.await(second, Duration.ofMillis(700), () -> "timed out"))
                .as("queued a second behind the first, it runs for 200 ms of its 700").isEqualTo("second");
    }

    @Test
    void aTaskOfStepsIsBoundedStepByStep() throws Exception {
        WatchedPool.Task<String> stepwise = pool.submit(() -> {
            for (int step = 0; step < 3; step++) {
                WatchedPool.restartDeadline();
                Thread.sleep(400);
            }
            return "done";
        });
        WatchedPool.Task<String> oneStep = pool.submit(() -> {
            Thread.sleep(1200);
            return "done";
        });

        assertThat(pool.await(stepwise, Duration.ofMillis(800), () -> "timed out"))
                .as("three steps of 400 ms, each within 800").isEqualTo("done");
        assertThat(pool.await(oneStep, Duration.ofMillis(800), () -> "timed out"))
                .as("one step of 1200 ms").isEqualTo("timed out");
    }

    @Test
    void whatATaskThrowsReachesItsWaiter() {
        WatchedPool.Task<String> task = pool.submit(() -> {
            throw new IllegalStateException("broken");
        });

        assertThatThrownBy(() -> pool.await(task, LONG, () -> "timed out"))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCancelledTaskThatHasNotStartedNeverRuns() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        WatchedPool.Task<String> blocker = pool.submit(() -> {
            running.countDown();
            while (!release.get()) {
                Thread.onSpinWait();
            }
            return "blocker";
        });
        AtomicBoolean ran = new AtomicBoolean();
        WatchedPool.Task<String> cancelled = pool.submit(() -> {
            ran.set(true);
            return "ran";
        });
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        cancelled.cancel();
        release.set(true);

        assertThat(pool.await(blocker, LONG, () -> "timed out")).isEqualTo("blocker");
        assertThatThrownBy(() -> pool.await(cancelled, LONG, () -> "timed out")).isInstanceOf(CancellationException.class);
        assertThat(ran).isFalse();
    }

    @Test
    void shuttingDownCancelsWhatHasNotStarted() {
        pool.submit(() -> {
            while (!release.get()) {
                Thread.onSpinWait();
            }
            return "blocker";
        });
        WatchedPool.Task<String> queued = pool.submit(() -> "queued");

        pool.shutdownNow();

        assertThatThrownBy(() -> pool.await(queued, LONG, () -> "timed out")).isInstanceOf(CancellationException.class);
    }
}
