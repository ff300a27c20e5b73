package io.poerules.map.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds lexicon phrases in text: case-insensitive, on word boundaries, any run of whitespace between
 * words, longest phrase first. A phrase written in capitals only ("EA", "AKS") matches case-sensitively
 * so that it does not match ordinary words. Immutable and thread-safe. A search on an interrupted thread
 * stops with a {@link CancellationException}: its validation was abandoned.
 *
 * @since 0.1.0
 */
public final class PhraseMatcher {

    /** One occurrence of a phrase. @param phrase the lexicon phrase @param start offset @param end offset past the end */
    public record Match(String phrase, int start, int end) {
    }

    /** Declared before {@link #EMPTY}, whose construction uses it. */
    private static final Candidates NONE = new Candidates(new int[0], null, false);
    private static final PhraseMatcher EMPTY = new PhraseMatcher(List.of());

    /** Longest first: where several phrases match at one place, the first in this order wins. */
    private final List<String> phrases;
    /**
     * The phrases that can start with a character, by key (see {@link #phraseKey}), each group as one
     * alternation: the search tries phrases only where one can start, and there only those that can.
     */
    private final Map<Character, Candidates> byFirstChar;
    private final ConcurrentMap<Character, Candidates> byTextChar = new ConcurrentHashMap<>();
    /** {@link #candidatesAt} of each ASCII character, looked up without boxing or hashing. */
    private final Candidates[] byAsciiChar = new Candidates[128];

    /** The phrases (indexes into {@code phrases}, in order) that may start with one character, as one pattern. */
    private record Candidates(int[] phrases, Pattern pattern, boolean allStartWords) {
    }

    private PhraseMatcher(List<String> phrases) {
        this.phrases = phrases.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Map<Character, List<Integer>> keys = new HashMap<>();
        for (int i = 0; i < this.phrases.size(); i++) {
            keys.computeIfAbsent(phraseKey(this.phrases.get(i)), k -> new ArrayList<>()).add(i);
        }
        Map<Character, Candidates> first = new HashMap<>();
        keys.forEach((k, list) -> first.put(k, candidates(list.stream().mapToInt(Integer::intValue).toArray())));
        this.byFirstChar = Map.copyOf(first);
        for (char c = 0; c < byAsciiChar.length; c++) {
            byAsciiChar[c] = candidatesAt(c);
        }
    }

    private Pattern alternation(int[] indexes) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < indexes.length; i++) {
            regex.append(i == 0 ? "" : "|").append("(").append(toRegex(phrases.get(indexes[i]))).append(")");
        }
        return Pattern.compile(regex.toString(), Pattern.UNICODE_CASE);
    }

    private Candidates candidates(int[] indexes) {
        boolean words = Arrays.stream(indexes).allMatch(i -> Character.isLetterOrDigit(phrases.get(i).charAt(0)));
        return new Candidates(indexes, alternation(indexes), words);
    }

    /**
     * The key of a phrase's first character: the character itself when the phrase matches
     * case-sensitively, its case fold otherwise. A text character {@code c} can start the phrase only if
     * the phrase's key is {@code c} or {@code fold(c)}, which is how {@link Pattern} compares characters
     * with {@link Pattern#UNICODE_CASE}.
     */
    private static char phraseKey(String phrase) {
        return isCaseSensitive(phrase) ? phrase.charAt(0) : fold(phrase.charAt(0));
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static boolean isCaseSensitive(String phrase) {
        return phrase.equals(phrase.toUpperCase()) && phrase.chars().anyMatch(Character::isLetter);
    }

    /** The phrases that may start with {@code c}, in the matcher's order. */
    private Candidates candidatesAt(char c) {
        Candidates known = byTextChar.get(c);
        if (known != null) {
            return known;
        }
        Candidates same = byFirstChar.get(c);
        char folded = fold(c);
        Candidates other = folded == c ? null : byFirstChar.get(folded);
        Candidates result;
        if (same == null && other == null) {
            result = NONE;
        } else if (other == null || same == null) {
            result = same != null ? same : other;
        } else {
            result = candidates(IntStream.concat(Arrays.stream(same.phrases), Arrays.stream(other.phrases)).sorted().toArray());
        }
        if (byTextChar.size() < 4096) {
            byTextChar.putIfAbsent(c, result);
        }
        return result;
    }

    public static PhraseMatcher of(List<String> phrases) {
        return phrases.isEmpty() ? EMPTY : new PhraseMatcher(phrases);
    }

    static String toRegex(String phrase) {
        boolean caseSensitive = isCaseSensitive(phrase);
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

    public boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** Every non-overlapping occurrence, in text order. */
    public List<Match> findAll(CharSequence text) {
        List<Match> out = new ArrayList<>();
        int from = 0;
        for (Match m; (m = next(text, from)) != null; from = m.end()) {
            out.add(m);
        }
        return out;
    }

    /** The first occurrence, or {@code null}. */
    public Match find(CharSequence text) {
        return next(text, 0);
    }

    /** Whether any phrase occurs. */
    public boolean matches(CharSequence text) {
        return find(text) != null;
    }

    /**
     * The leftmost occurrence at or after {@code from}: what {@code find(from)} of one alternation of all
     * phrases would return, but trying only the phrases that can start at each character. One alternation
     * of a few hundred phrases tried at every character takes seconds on a megabyte of text.
     *
     * @throws CancellationException when the thread is interrupted: its validation was abandoned
     */
    private Match next(CharSequence text, int from) {
        Matcher matcher = null;
        for (int i = from; i < text.length(); i++) {
            if ((i & 0xFFF) == 0 && Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted");
            }
            char c = text.charAt(i);
            Candidates candidates = c < 128 ? byAsciiChar[c] : candidatesAt(c);
            if (candidates == NONE || candidates.allStartWords && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            matcher = matcher == null || matcher.pattern() != candidates.pattern
                    ? candidates.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false)
                    : matcher;
            matcher.region(i, text.length());
            if (matcher.lookingAt()) {
                for (int g = 1; g <= matcher.groupCount(); g++) {
                    if (matcher.group(g) != null) {
                        return new Match(phrases.get(candidates.phrases[g - 1]), matcher.start(), matcher.end());
                    }
                }
            }
        }
        return null;
    }
}
