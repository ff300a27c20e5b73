package io.poerules.map;

import java.util.regex.Matcher;

/**
 * Regular-expression searches tried only where a match can start: for an expression whose every match starts with
 * one of a few characters, the text is scanned for those characters instead of the expression being tried at every
 * place ({@link Matcher#find()} does not skip ahead for a character class).
 */
final class Searches {

    private Searches() {
    }

    /**
     * What {@code matcher.find()} finds from {@code from}, for an expression whose matches all start with one of
     * {@code starts}: whether there is a match; the matcher then holds it. The matcher's bounds are made
     * transparent, so that look-behinds and word boundaries see the text around a place.
     */
    static boolean find(Matcher matcher, String text, int from, String starts) {
        matcher.useTransparentBounds(true);
        for (int i = Math.max(0, from); i < text.length(); i++) {
            if (starts.indexOf(text.charAt(i)) >= 0 && matcher.region(i, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
