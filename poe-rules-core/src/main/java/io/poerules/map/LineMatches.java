package io.poerules.map;

import io.poerules.map.lexicon.PhraseMatcher;
import java.util.List;

/**
 * A list's first phrase in each line of a part, read from the matches of the part's whole text (see
 * {@link SharedPhrases}) instead of searched for in every line again. Lines are asked in the order of the
 * text.
 *
 * <p>Within a range of the text, the list's {@link PhraseMatcher} finds first exactly the first of the
 * whole text's matches that starts there, unless a whole-text match crosses the range's start or end:
 * such a match may hide, or stand for, one that the range alone reads otherwise. Those ranges are
 * searched again ({@link #crosses}). This holds for ranges whose neighbouring characters are not letters
 * or digits (a line without its bullet, and its end).
 */
final class LineMatches {

    private final List<PhraseMatcher.Match> matches;
    private final PhraseMatcher matcher;
    private int next;

    /**
     * @param matches what {@code matcher.findAll} finds in the whole text, in order
     * @param matcher the list's matcher, for the ranges a match crosses
     */
    LineMatches(List<PhraseMatcher.Match> matches, PhraseMatcher matcher) {
        this.matches = matches;
        this.matcher = matcher;
    }

    /**
     * What the list's matcher finds first in {@code range}, the text from {@code from}: its offsets counted
     * from {@code from}, or {@code null}.
     */
    PhraseMatcher.Match first(String range, int from) {
        int to = from + range.length();
        return crosses(from, to) ? matcher.find(range) : first(from, to);
    }

    /** Whether a whole-text match crosses the start or the end of the range {@code [from, to)}. */
    boolean crosses(int from, int to) {
        PhraseMatcher.Match m = firstEndingAfter(from);
        return m != null && m.start() < to && (m.start() < from || m.end() > to);
    }

    /** The first whole-text match within {@code [from, to)}, its offsets counted from {@code from}, or {@code null}. */
    private PhraseMatcher.Match first(int from, int to) {
        PhraseMatcher.Match m = firstEndingAfter(from);
        if (m == null || m.start() < from || m.start() >= to || m.end() > to) {
            return null;
        }
        return new PhraseMatcher.Match(m.phrase(), m.start() - from, m.end() - from);
    }

    private PhraseMatcher.Match firstEndingAfter(int from) {
        while (next < matches.size() && matches.get(next).end() <= from) {
            next++;
        }
        return next < matches.size() ? matches.get(next) : null;
    }
}
