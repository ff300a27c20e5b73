package io.poerules.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar for a terminal: documents done of the total, the rate and the time left,
 * redrawn in place with a carriage return at most every {@value #REDRAW_MILLIS} ms, and erased when done.
 * While no document completes (a long OCR), {@link #tick()} redraws it every {@value #TICK_MILLIS} ms so that
 * the rate and the time left stay true. Thread-safe.
 */
final class ProgressBar implements AutoCloseable {

    static final long REDRAW_MILLIS = 100;
    static final long TICK_MILLIS = 1000;
    private static final int BAR = 28;

    private final PrintWriter out;
    private final int total;
    private final LongSupplier nanos;
    private final long started;
    private int done;
    private long drawnAt = Long.MIN_VALUE;
    private int drawnLength;
    private ScheduledExecutorService ticker;
    private boolean closed;

    /**
     * @param out   where to draw (standard error)
     * @param total how many documents there are
     * @param nanos the clock, {@link System#nanoTime()} but in tests
     */
    ProgressBar(PrintWriter out, int total, LongSupplier nanos) {
        this.out = out;
        this.total = Math.max(0, total);
        this.nanos = nanos;
        this.started = nanos.getAsLong();
    }

    /** A bar on {@code out} with the system clock, redrawn every {@value #TICK_MILLIS} ms until closed. */
    static ProgressBar start(PrintWriter out, int total) {
        ProgressBar bar = new ProgressBar(out, total, System::nanoTime);
        bar.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "poe-progress");
            t.setDaemon(true);
            return t;
        });
        bar.ticker.scheduleAtFixedRate(bar::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        return bar;
    }

    /** Counts {@code n} more documents done, and redraws when it is time. */
    synchronized void advance(int n) {
        if (closed) {
            return;
        }
        done = Math.min(total, done + n);
        long now = nanos.getAsLong();
        if (done == total || drawnAt == Long.MIN_VALUE || now - drawnAt >= REDRAW_MILLIS * 1_000_000) {
            draw(now);
        }
    }

    /** Redraws the bar when it has not been drawn for {@value #TICK_MILLIS} ms and documents are left. */
    synchronized void tick() {
        long now = nanos.getAsLong();
        if (!closed && done < total && (drawnAt == Long.MIN_VALUE || now - drawnAt >= TICK_MILLIS * 1_000_000)) {
            draw(now);
        }
    }

    /** The line as it is drawn now, without the carriage return. */
    synchronized String line(long now) {
        int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
        double seconds = (now - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder s = new StringBuilder("[");
        s.append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ")
                .append(done).append('/').append(total).append(" documents");
        if (done > 0 && seconds > 0) {
            s.append(String.format(Locale.ROOT, "  %.1f/s", rate));
            if (done < total) {
                s.append("  ETA ").append(clock((long) Math.ceil((total - done) / rate)));
            }
        }
        return s.toString();
    }

    private void draw(long now) {
        String line = line(now);
        out.print('\r' + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        out.flush();
        drawnLength = line.length();
        drawnAt = now;
    }

    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    /** Erases the bar, so that what is printed next starts on a clean line. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        erase();
    }

    private synchronized void erase() {
        closed = true;
        if (drawnLength > 0) {
            out.print('\r' + " ".repeat(drawnLength) + '\r');
            out.flush();
            drawnLength = 0;
        }
    }
}
