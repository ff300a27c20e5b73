package io.poerules.map.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;

/**
 * Finds lexicon phrases in text: case-insensitive, on word boundaries, any run of whitespace or hyphens
 * between words, longest phrase first. A phrase that ends with {@code *} matches the start of a word (see {@link
 * #body}). A phrase written in capitals only ("EA", "AKS") matches
 * case-sensitively so that it does not match ordinary words. Immutable and thread-safe. A search on an
 * interrupted thread stops with a {@link CancellationException}: its validation was abandoned.
 *
 * <p>The phrases are held in two tries (case-sensitive phrases by their characters, the others by their
 * case folds), so that a search is one pass over the text that follows, at each place where a phrase can
 * start, only the phrases that share the characters read so far. It finds what one regular expression
 * alternation of all the phrases ({@link #toRegex}, longest first) would find.
 *
 * @since 0.1.0
 */
public final class PhraseMatcher {

    /** One occurrence of a phrase. @param phrase the lexicon phrase @param start offset @param end offset past the end */
    public record Match(String phrase, int start, int end) {
    }

    private static final int[] NO_PHRASES = new int[0];

    /** Longest first: where several phrases match at one place, the first in this order wins. */
    private final List<String> phrases;
    /** Whether a phrase starts, and ends, with a letter or digit: it must then start, or end, a word. */
    private final boolean[] startsWord;
    private final boolean[] endsWord;
    /** Case-sensitive phrases by their characters; the others by the case folds of theirs. */
    private final Node exact = new Node();
    private final Node folded = new Node();
    /** The first-level nodes of each trie for an ASCII character of the text, looked up without hashing. */
    private final Node[] exactAscii = new Node[128];
    private final Node[] foldedAscii = new Node[128];

    /** A trie node: the characters that continue a phrase, the gap between two words, and the phrases that end. */
    private static final class Node {
        private final CharMap<Node> next = new CharMap<>();
        private Node gap;
        private int[] ends = NO_PHRASES;
        /** The smallest (best) phrase index at or below this node. */
        private int best = Integer.MAX_VALUE;
        /** Whether every phrase below starts with a letter or digit (then it cannot start inside a word). */
        private boolean onlyWordStarts = true;
    }

    /** The state of the search at one place: the best phrase found so far and where it ends. */
    private static final class Search {
        private final CharSequence text;
        private boolean afterWordChar;
        private int best;
        private int end;

        Search(CharSequence text) {
            this.text = text;
        }

        /** Starts the search at another place. */
        Search at(boolean afterWordChar) {
            this.afterWordChar = afterWordChar;
            this.best = Integer.MAX_VALUE;
            return this;
        }
    }

    private PhraseMatcher(List<String> phrases) {
        this.phrases = phrases.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.startsWord = new boolean[this.phrases.size()];
        this.endsWord = new boolean[this.phrases.size()];
        for (int i = 0; i < this.phrases.size(); i++) {
            add(this.phrases.get(i), i);
        }
        for (char c = 0; c < 128; c++) {
            exactAscii[c] = exact.next.get(c);
            foldedAscii[c] = folded.next.get(fold(c));
        }
    }

    private void add(String phrase, int index) {
        boolean caseSensitive = isCaseSensitive(phrase);
        String body = body(phrase);
        startsWord[index] = Character.isLetterOrDigit(body.charAt(0));
        endsWord[index] = body.equals(phrase) && Character.isLetterOrDigit(body.charAt(body.length() - 1));
        Node node = caseSensitive ? exact : folded;
        node.best = Math.min(node.best, index);
        String[] words = body.split("\\s+");
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                node = node.gap == null ? (node.gap = new Node()) : node.gap;
                node.best = Math.min(node.best, index);
            }
            for (int i = 0; i < words[w].length(); i++) {
                char c = words[w].charAt(i);
                node = node.next.computeIfAbsent(caseSensitive ? c : fold(c), Node::new);
                node.best = Math.min(node.best, index);
                if (w == 0 && i == 0) {
                    node.onlyWordStarts &= startsWord[index];
                }
            }
        }
        node.ends = Arrays.copyOf(node.ends, node.ends.length + 1);
        node.ends[node.ends.length - 1] = index;
    }

    /**
     * A phrase without the {@code *} that ends it: such a phrase is the start of a word, and matches the words it
     * starts ("Konfiguration*" finds "Konfigurationsrichtlinien", as compounds are written in German or Dutch).
     */
    static String body(String phrase) {
        return phrase.length() > 1 && phrase.endsWith("*") ? phrase.substring(0, phrase.length() - 1).strip() : phrase;
    }

    /** Every character's case fold, looked up instead of worked out at each character of a search. */
    private static final char[] FOLDS = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLDS[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A'))
                    : c < 128 ? (char) c : Character.toLowerCase(Character.toUpperCase((char) c));
        }
    }

    /**
     * The case fold {@link Pattern} compares characters by under {@link Pattern#UNICODE_CASE}, and {@link
     * String#regionMatches(boolean, int, String, int, int)} when it ignores case: the lower case of the upper case.
     */
    public static char fold(char c) {
        return FOLDS[c];
    }

    static boolean isCaseSensitive(String phrase) {
        return phrase.equals(phrase.toUpperCase()) && phrase.chars().anyMatch(Character::isLetter);
    }

    /** {@code [\p{L}\p{N}]}: what a phrase that starts or ends with a letter or digit must not touch. */
    static boolean isWordChar(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static final boolean[] ASCII_WORD_CHARS = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD_CHARS[c] = isWordChar(c);
        }
    }

    /**
     * Whether the character at {@code i} is a letter or digit, as {@link #isWordChar} of the code point
     * there (a low surrogate on its own when it ends a pair); ASCII is looked up in a table.
     */
    static boolean isWordCharAt(CharSequence text, int i) {
        char c = text.charAt(i);
        return c < 128 ? ASCII_WORD_CHARS[c] : isWordChar(Character.codePointAt(text, i));
    }

    /**
     * Whether {@code c}, at {@code i}, is an ASCII letter or digit after a letter or digit: no phrase starts there, as
     * every phrase that starts with a letter or digit starts a word (the characters that fold to an ASCII letter are
     * letters too).
     */
    static boolean isInsideAsciiWord(char c, CharSequence text, int i) {
        return c < 128 && ASCII_WORD_CHARS[c] && i > 0 && isWordCharAt(text, i - 1);
    }

    /** As {@link #isInsideAsciiWord(char, CharSequence, int)}, in the characters of a text. */
    static boolean isInsideAsciiWord(char c, char[] text, int i) {
        return c < 128 && ASCII_WORD_CHARS[c] && i > 0 && isWordCharAt(text, i - 1);
    }

    /** As {@link #isWordCharAt(CharSequence, int)}, in the characters of a text. */
    static boolean isWordCharAt(char[] text, int i) {
        char c = text[i];
        return c < 128 ? ASCII_WORD_CHARS[c] : isWordChar(Character.codePointAt(text, i));
    }

    /** {@code [\s\-]}: what may stand between two words of a phrase. */
    static boolean isGap(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '-';
    }

    public static PhraseMatcher of(List<String> phrases) {
        return phrases.isEmpty() ? EMPTY : new PhraseMatcher(phrases);
    }

    private static final PhraseMatcher EMPTY = new PhraseMatcher(List.of());

    /** The regular expression a phrase stands for; the matcher finds what their alternation finds. */
    static String toRegex(String phrase) {
        boolean caseSensitive = isCaseSensitive(phrase);
        String body = body(phrase);
        StringBuilder out = new StringBuilder(caseSensitive ? "" : "(?i:");
        String[] words = body.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            out.append(i == 0 ? "" : "[\\s\\-]+").append(Pattern.quote(words[i]));
        }
        out.append(caseSensitive ? "" : ")");
        boolean startsWord = Character.isLetterOrDigit(body.charAt(0));
        boolean endsWord = body.equals(phrase) && Character.isLetterOrDigit(body.charAt(body.length() - 1));
        return (startsWord ? "(?<![\\p{L}\\p{N}])" : "") + out + (endsWord ? "(?![\\p{L}\\p{N}])" : "");
    }

    public boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** The phrases, as written, longest first. */
    public List<String> phrases() {
        return phrases;
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

    /**
     * The first occurrence if it starts at or before {@code maxStart}, else {@code null}: what
     * {@link #find} returns when its start is that early, without reading further.
     */
    public Match findStartingBy(CharSequence text, int maxStart) {
        return next(text, 0, Math.min(text.length(), maxStart + 1));
    }

    /** Whether any phrase occurs. */
    public boolean matches(CharSequence text) {
        return find(text) != null;
    }

    /**
     * The leftmost occurrence at or after {@code from}: at each character where a phrase can start, the
     * tries are followed as far as the text allows, and of the phrases that match there the first in
     * {@link #phrases} order wins; where the gap between two words can be read several ways, the longest
     * gap is tried first, as the regular expression's greedy {@code [\s\-]+} does.
     *
     * @throws CancellationException when the thread is interrupted: its validation was abandoned
     */
    private Match next(CharSequence text, int from) {
        return next(text, from, text.length());
    }

    /** As {@link #next(CharSequence, int)}, for occurrences that start before {@code startLimit}. */
    private Match next(CharSequence text, int from, int startLimit) {
        Search search = null;
        for (int i = from; i < startLimit; i++) {
            if ((i & 0xFFF) == 0 && Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted");
            }
            char c = text.charAt(i);
            if (isInsideAsciiWord(c, text, i)) {
                continue;
            }
            Node e;
            Node f;
            if (c < 128) {
                e = exactAscii[c];
                f = foldedAscii[c];
            } else {
                e = exact.next.isEmpty() ? null : exact.next.get(c);
                f = folded.next.isEmpty() ? null : folded.next.get(fold(c));
            }
            if (e == null && f == null) {
                continue;
            }
            // As the regular expression's look-behind: the char before, a low surrogate on its own when it ends a pair.
            boolean afterWordChar = i > 0 && isWordCharAt(text, i - 1);
            if (afterWordChar && (e == null || e.onlyWordStarts) && (f == null || f.onlyWordStarts)) {
                continue;
            }
            search = (search == null ? new Search(text) : search).at(afterWordChar);
            if (e != null) {
                walk(e, i + 1, false, search);
            }
            if (f != null) {
                walk(f, i + 1, true, search);
            }
            if (search.best != Integer.MAX_VALUE) {
                return new Match(phrases.get(search.best), i, search.end);
            }
        }
        return null;
    }

    /**
     * Follows the trie from {@code from}, which the text has reached at {@code at}: in a loop while the text allows
     * one way on, branching only where a gap between words can be read several ways (or a {@code -} also continues a
     * word), the longest gap first.
     */
    private void walk(Node from, int at, boolean fold, Search search) {
        CharSequence text = search.text;
        int length = text.length();
        Node node = from;
        int pos = at;
        while (node.best < search.best) {
            for (int p : node.ends) {
                if (p < search.best && !(startsWord[p] && search.afterWordChar)
                        && !(endsWord[p] && pos < length && isWordCharAt(text, pos))) {
                    search.best = p;
                    search.end = pos;
                }
            }
            if (pos >= length) {
                return;
            }
            char c = text.charAt(pos);
            Node child = node.next.isEmpty() ? null : node.next.get(fold ? fold(c) : c);
            if (node.gap == null || !isGap(c)) {
                if (child == null) {
                    return;
                }
                node = child;
                pos++;
                continue;
            }
            if (child != null) {
                walk(child, pos + 1, fold, search);
            }
            int run = pos + 1;
            while (run < length && isGap(text.charAt(run))) {
                run++;
            }
            for (int end = run; end > pos + 1; end--) {
                walk(node.gap, end, fold, search);
            }
            node = node.gap;
            pos++;
        }
    }
}
