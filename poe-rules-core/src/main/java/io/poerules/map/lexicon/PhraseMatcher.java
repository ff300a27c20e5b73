package io.poerules.map.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds lexicon phrases in text: case-insensitive, on word boundaries, any run of whitespace between
 * words, longest phrase first. A phrase written in capitals only ("EA", "AKS") matches case-sensitively
 * so that it does not match ordinary words. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PhraseMatcher {

    /** One occurrence of a phrase. @param phrase the lexicon phrase @param start offset @param end offset past the end */
    public record Match(String phrase, int start, int end) {
    }

    private static final PhraseMatcher EMPTY = new PhraseMatcher(List.of());

    /** A phrase with its pattern, tried at one position of the text. */
    private record Entry(String phrase, Pattern pattern) {
    }

    private final boolean empty;
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<Character, List<Entry>> byFirstChar = new HashMap<>();

    private PhraseMatcher(List<String> phrases) {
        List<String> sorted = phrases.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.empty = sorted.isEmpty();
        for (String phrase : sorted) {
            Entry entry = new Entry(phrase, Pattern.compile(toRegex(phrase), Pattern.UNICODE_CASE));
            if (Character.isLetterOrDigit(phrase.charAt(0))) {
                byFirstWord.computeIfAbsent(leadingWord(phrase, 0), k -> new ArrayList<>()).add(entry);
            } else {
                byFirstChar.computeIfAbsent(Character.toLowerCase(phrase.charAt(0)), k -> new ArrayList<>()).add(entry);
            }
        }
    }

    public static PhraseMatcher of(List<String> phrases) {
        return phrases.isEmpty() ? EMPTY : new PhraseMatcher(phrases);
    }

    private static String toRegex(String phrase) {
        boolean caseSensitive = phrase.equals(phrase.toUpperCase()) && phrase.chars().anyMatch(Character::isLetter);
        StringBuilder out = new StringBuilder(caseSensitive ? "" : "(?i:");
        String[] words = phrase.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            out.append(i == 0 ? "" : "[\\s\\-]+").append(Pattern.quote(words[i]));
        }
        out.append(caseSensitive ? "" : ")");
        boolean startsWord = Character.isLetterOrDigit(phrase.charAt(0));
        boolean endsWord = Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
        return (startsWord ? "(?<![\\p{L}\\p{N}])" : "") + out + (endsWord ? "(?![\\p{L}\\p{N}])" : "");
    }

    /** The run of letters and digits starting at {@code from}, lower case. */
    private static String leadingWord(CharSequence text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.subSequence(from, end).toString().toLowerCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return empty;
    }

    /** Every non-overlapping occurrence, in text order. */
    public List<Match> findAll(CharSequence text) {
        List<Match> out = new ArrayList<>();
        int from = 0;
        Match m;
        while ((m = next(text, from)) != null) {
            out.add(m);
            from = Math.max(m.end(), m.start() + 1);
        }
        return out;
    }

    /** The first occurrence, or {@code null}. */
    public Match find(CharSequence text) {
        return next(text, 0);
    }

    /** Whether any phrase occurs. */
    public boolean matches(CharSequence text) {
        return next(text, 0) != null;
    }

    /**
     * The first occurrence at or after {@code from}. Only the phrases that can start at a position are
     * tried there (by their first word, or their first character when it is no letter or digit), longest
     * phrase first: one pass over the text, however many phrases there are.
     */
    private Match next(CharSequence text, int from) {
        if (empty) {
            return null;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            List<Entry> byWord = Character.isLetterOrDigit(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    ? byFirstWord.get(leadingWord(text, i)) : null;
            List<Entry> byChar = byFirstChar.isEmpty() ? null : byFirstChar.get(Character.toLowerCase(c));
            Match m = tryAt(text, i, byWord, byChar);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static Match tryAt(CharSequence text, int at, List<Entry> a, List<Entry> b) {
        int i = 0;
        int j = 0;
        int na = a == null ? 0 : a.size();
        int nb = b == null ? 0 : b.size();
        while (i < na || j < nb) {
            Entry e = j >= nb || i < na && a.get(i).phrase().length() >= b.get(j).phrase().length() ? a.get(i++) : b.get(j++);
            Matcher m = e.pattern().matcher(text).region(at, text.length()).useTransparentBounds(true);
            if (m.lookingAt()) {
                return new Match(e.phrase(), m.start(), m.end());
            }
        }
        return null;
    }
}
