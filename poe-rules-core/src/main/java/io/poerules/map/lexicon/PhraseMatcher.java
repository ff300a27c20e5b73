package io.poerules.map.lexicon;

import java.util.ArrayList;
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

    private final List<String> phrases;
    private final Pattern pattern;

    private PhraseMatcher(List<String> phrases) {
        this.phrases = phrases.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (this.phrases.isEmpty()) {
            this.pattern = null;
        } else {
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < this.phrases.size(); i++) {
                regex.append(i == 0 ? "" : "|").append("(").append(toRegex(this.phrases.get(i))).append(")");
            }
            this.pattern = Pattern.compile(regex.toString(), Pattern.UNICODE_CASE);
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

    public boolean isEmpty() {
        return pattern == null;
    }

    /** Every non-overlapping occurrence, in text order. */
    public List<Match> findAll(CharSequence text) {
        List<Match> out = new ArrayList<>();
        if (pattern == null) {
            return out;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new Match(phraseOf(m), m.start(), m.end()));
        }
        return out;
    }

    /** The first occurrence, or {@code null}. */
    public Match find(CharSequence text) {
        if (pattern == null) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? new Match(phraseOf(m), m.start(), m.end()) : null;
    }

    /** Whether any phrase occurs. */
    public boolean matches(CharSequence text) {
        return pattern != null && pattern.matcher(text).find();
    }

    private String phraseOf(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return phrases.get(g - 1);
            }
        }
        return m.group();
    }
}
