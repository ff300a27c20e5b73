package io.poerules.extract;

import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.SAXException;

/** The characters and time left for one document, shared by all its parts. Not thread-safe. */
final class TextBudget {

    /** Thrown from a content handler when the document's time is up. */
    static final class DeadlineReachedException extends SAXException {
        private static final long serialVersionUID = 1L;

        DeadlineReachedException() {
            super("time limit reached");
        }
    }

    /** Whether the time limit is what ended a parse, however the parser wrapped it. */
    static boolean isDeadline(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DeadlineReachedException) {
                return true;
            }
        }
        return false;
    }

    private final int maxCharacters;
    private final long deadlineNanos;
    private int remaining;
    private boolean exhausted;

    TextBudget(int maxCharacters, long deadlineNanos) {
        this.maxCharacters = maxCharacters;
        this.remaining = maxCharacters;
        this.deadlineNanos = deadlineNanos;
    }

    /** How many of {@code wanted} characters may still be written; throws once nothing is left. */
    int take(int wanted) throws SAXException {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new DeadlineReachedException();
        }
        if (remaining <= 0) {
            exhausted = true;
            throw new WriteLimitReachedException(maxCharacters);
        }
        int granted = Math.min(wanted, remaining);
        remaining -= granted;
        if (granted < wanted) {
            exhausted = true;
        }
        return granted;
    }

    /** The {@link System#nanoTime()} by which the document must be read. */
    long deadlineNanos() {
        return deadlineNanos;
    }

    boolean exhausted() {
        return exhausted;
    }

    int maxCharacters() {
        return maxCharacters;
    }
}
