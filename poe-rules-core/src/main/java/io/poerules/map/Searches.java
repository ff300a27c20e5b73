package io.poerules.map;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * Regular-expression searches tried only where a match can start: for an expression whose every match starts with
 * one of a few strings, the text is searched for those strings ({@link String#indexOf(String, int)}) instead of the
 * expression being tried at every place ({@link Matcher#find()} does not skip ahead for a character class).
 */
final class Searches {

    private Searches() {
    }

    /**
     * What {@code matcher.find()} finds from {@code from}, for an expression whose matches all start with one of
     * {@code starts}: whether there is a match; the matcher then holds it. The matcher's bounds are made
     * transparent, so that look-behinds and word boundaries see the text around a place.
     */
    static boolean find(Matcher matcher, String text, int from, List<String> starts) {
        return find(matcher, text, from, starts, i -> true);
    }

    /**
     * As {@link #find(Matcher, String, int, List)}, the expression tried only at the places where one of {@code starts}
     * stands and {@code mayMatchAt} holds (a cheap test of what must follow the start).
     */
    static boolean find(Matcher matcher, String text, int from, List<String> starts, IntPredicate mayMatchAt) {
        matcher.useTransparentBounds(true);
        int[] next = new int[starts.size()];
        for (int k = 0; k < next.length; k++) {
            next[k] = text.indexOf(starts.get(k), Math.max(0, from));
        }
        for (int i = first(next); i >= 0; i = first(next)) {
            if (mayMatchAt.test(i) && matcher.region(i, text.length()).lookingAt()) {
                return true;
            }
            for (int k = 0; k < next.length; k++) {
                if (next[k] == i) {
                    next[k] = text.indexOf(starts.get(k), i + 1);
                }
            }
        }
        return false;
    }

    /** The least of the places that are not -1, or -1. */
    private static int first(int[] places) {
        int least = -1;
        for (int place : places) {
            if (place >= 0 && (least < 0 || place < least)) {
                least = place;
            }
        }
        return least;
    }
}
