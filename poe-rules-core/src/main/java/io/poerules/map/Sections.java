package io.poerules.map;

import io.poerules.fact.SectionType;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds section headings: short lines, optionally numbered ("3.", "3.1", "Section 4 -", "Cláusula 2.ª –", "A."),
 * perhaps marked as a Markdown heading ("## Scope") or in bold ("**Scope**"), whose words are a lexicon heading
 * ("Scope of Work", "Business Drivers", "Problem Statement"), or two joined by a short word ("Premessa ed esigenze del
 * Committente" is a background's heading); in a bilingual document, the heading after a slash counts too ("Sisältö /
 * Scope"). A section runs to the next line that looks like a heading.
 */
final class Sections {

    /** A found section: its heading line and the lines of its body. */
    record Span(SectionType type, PartText.Line heading, int firstLine, int lastLine) {
        boolean contains(PartText.Line line) {
            return line.index() >= firstLine && line.index() <= lastLine;
        }

        int bodyLines(PartText text) {
            int n = 0;
            for (int i = firstLine; i <= lastLine; i++) {
                if (!text.lines().get(i).isBlank()) {
                    n++;
                }
            }
            return n;
        }
    }

    /** A section's number, after a numbering word of the lexicon ("Section", "Cláusula"): "3.", "3.1", "2.ª", "A.", "IV.". */
    private static final String NUMBER = "(?:\\d+(?:\\.\\d+)*(?:\\.?[ªº°])?|[A-Z]|[IVX]+)(?:\\s*[.):\\-–])?\\s+";
    /** A Markdown heading's marks ("## "), and the bold marks around a line ("**Scope**", "__Scope__"). */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern BOLD = Pattern.compile("^(\\*\\*|__)(.+)\\1$");
    /**
     * A heading in another language before a slash, of up to four words in one cell (no tab), before a capital ("Sisältö
     * / Scope", not the header row "Phase | Activities | Milestone / deliverable").
     */
    private static final Pattern OTHER_LANGUAGE = Pattern.compile("^(?:[^\\s/]+ +){0,3}[^\\s/]+ +/ +(?=\\p{Lu})");
    /** A short word that joins two headings ("and", "ed", "und", "&", "/"). */
    private static final Pattern JOINER = Pattern.compile("\\s*(?:\\p{Ll}{1,3}|[&/+,])\\s+");
    private static final int MAX_HEADING_WORDS = 9;

    /** A heading's subtitle after a dash or colon: "Scope – Phase A: upgrade". */
    private static final Pattern SUBTITLE = Pattern.compile("\\s*[–—:-]\\s+\\S");
    /** A name after a heading, in capitalised words: "Leistungsumfang Donauwerk IT Services", "Scope Contoso Ltd". */
    private static final Pattern NAME_AFTER = Pattern.compile("(?:\\s+(?:\\p{Lu}[\\p{L}&'’.\\-]*|&)){1,5}\\s*");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    /** What a {@code *} of a heading phrase stands for: one to four words ("Why * is changing"). */
    private static final String WORDS = "(?:[\\p{L}\\p{N}'’&.\\-]+\\s+){0,3}[\\p{L}\\p{N}'’&.\\-]+";

    private final Map<SectionType, PhraseMatcher> headings = new EnumMap<>(SectionType.class);
    private final Map<SectionType, List<Pattern>> patterns = new EnumMap<>(SectionType.class);
    private final Pattern numbering;

    /** Headings numbered without numbering words ("3.", "A."). */
    Sections(Map<SectionType, List<String>> lexicon) {
        this(lexicon, List.of());
    }

    /**
     * @param lexicon        per section type, its headings; a {@code *} in a heading stands for one to four words
     *                       ("What * gains" is also "What the Firm gains")
     * @param numberingWords the words before a section's number ("Section", "Clause", "Cláusula", "Artikel")
     */
    Sections(Map<SectionType, List<String>> lexicon, List<String> numberingWords) {
        StringBuilder words = new StringBuilder();
        for (String word : numberingWords) {
            words.append(words.isEmpty() ? "" : "|").append(Pattern.quote(word.strip()));
        }
        this.numbering = Pattern.compile("^" + (words.isEmpty() ? "" : "(?:(?:" + words + ")\\s+)?") + NUMBER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        lexicon.forEach((type, phrases) -> {
            headings.put(type, PhraseMatcher.of(phrases.stream().filter(p -> !p.contains("*")).toList()));
            patterns.put(type, phrases.stream().filter(p -> p.contains("*")).map(Sections::pattern).toList());
        });
    }

    private static Pattern pattern(String heading) {
        StringBuilder regex = new StringBuilder("^");
        String[] words = heading.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(words[i].equals("*") ? WORDS : Pattern.quote(words[i]));
        }
        return Pattern.compile(regex + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    List<Span> find(PartText text) {
        List<PartText.Line> lines = text.lines();
        List<int[]> starts = new ArrayList<>();
        List<SectionType> types = new ArrayList<>();
        for (PartText.Line line : lines) {
            // the line is stripped already: headingType and looksLikeHeading would both read this
            String candidate = headingText(line.text());
            SectionType type = candidate == null ? null : typeOf(candidate);
            if (type != null) {
                starts.add(new int[] {line.index()});
                types.add(type);
            } else if (candidate != null && looksLikeHeading(line.text().strip(), candidate)) {
                starts.add(new int[] {line.index()});
                types.add(null);
            }
        }
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            if (types.get(i) == null) {
                continue;
            }
            int headingIndex = starts.get(i)[0];
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] - 1 : lines.size() - 1;
            spans.add(new Span(types.get(i), lines.get(headingIndex), headingIndex + 1, end));
        }
        return spans;
    }

    /** The section type whose heading this line is, or {@code null}. */
    SectionType headingType(String line) {
        String candidate = headingText(line);
        return candidate == null ? null : typeOf(candidate);
    }

    /** The section type of a heading's text (as {@link #headingText} gives it), or {@code null}. */
    private SectionType typeOf(String heading) {
        SectionType type = typeAtStart(heading);
        Matcher other = OTHER_LANGUAGE.matcher(heading);
        if (type == null && other.lookingAt()) {
            type = typeAtStart(heading.substring(other.end()));
        }
        return type;
    }

    /** The section type of a heading at the start of the text, or {@code null}. */
    private SectionType typeAtStart(String heading) {
        String candidate = PARENTHESIS.matcher(heading).replaceFirst("");
        for (Map.Entry<SectionType, PhraseMatcher> e : headings.entrySet()) {
            PhraseMatcher.Match m = e.getValue().findStartingBy(candidate, 2);
            if (m == null || m.start() > 2) {
                continue;
            }
            int end = joinedHeadingEnd(candidate, m.end());
            if (candidate.length() - end <= Math.max(12, candidate.length() / 2)
                    || SUBTITLE.matcher(candidate.substring(end)).lookingAt()
                    || NAME_AFTER.matcher(candidate.substring(end)).matches()) {
                return e.getKey();
            }
        }
        for (Map.Entry<SectionType, List<Pattern>> e : patterns.entrySet()) {
            for (Pattern p : e.getValue()) {
                Matcher m = p.matcher(candidate);
                if (m.lookingAt() && candidate.length() - m.end() <= Math.max(12, candidate.length() / 2)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    /**
     * Where a second heading joined to the first by a short word ends ("Premessa ed esigenze", "Background and
     * drivers"), else where the first ends.
     */
    private int joinedHeadingEnd(String candidate, int end) {
        Matcher joiner = JOINER.matcher(candidate).region(end, candidate.length());
        if (!joiner.lookingAt()) {
            return end;
        }
        String rest = candidate.substring(joiner.end());
        for (PhraseMatcher matcher : headings.values()) {
            PhraseMatcher.Match second = matcher.findStartingBy(rest, 0);
            if (second != null && second.start() == 0) {
                return joiner.end() + second.end();
            }
        }
        return end;
    }

    /** The line without Markdown heading marks or bold marks around it ("## Scope", "**Scope**"). */
    private static String unmarked(String stripped) {
        String s = MARKDOWN_HEADING.matcher(stripped).replaceFirst("");
        Matcher bold = BOLD.matcher(s);
        return bold.matches() ? bold.group(2).strip() : s;
    }

    private String headingText(String line) {
        String stripped = unmarked(line.strip());
        Matcher numbering = this.numbering.matcher(stripped);
        String s = (numbering.lookingAt() ? stripped.substring(numbering.end()) : stripped).strip();
        if (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.isEmpty() || s.length() > 80 || s.endsWith(".") || s.endsWith(",") || s.endsWith(";")) {
            return null;
        }
        if (PartText.wordCount(s) > MAX_HEADING_WORDS || s.startsWith("-") || s.startsWith("•")) {
            return null;
        }
        return s;
    }

    /**
     * A short numbered line in title case, a line in capitals, or a Markdown heading, without final punctuation:
     * ends the previous section. A numbered line in sentence case ("1. Migrate the file servers") is a list item.
     */
    boolean looksLikeHeading(String line) {
        String stripped = line.strip();
        return looksLikeHeading(stripped, headingText(stripped));
    }

    /** As {@link #looksLikeHeading(String)}, for a stripped line and its {@link #headingText}. */
    private boolean looksLikeHeading(String stripped, String s) {
        if (s == null) {
            return false;
        }
        if (MARKDOWN_HEADING.matcher(stripped).lookingAt()) {
            return isCapital(s.charAt(0));
        }
        if (PartText.wordCount(s) > 6) {
            return false;
        }
        String unmarked = unmarked(stripped);
        Matcher number = numbering.matcher(unmarked);
        boolean numbered = number.lookingAt() && hasDigit(unmarked, number.end()) && isTitleCase(s);
        boolean upper = s.equals(s.toUpperCase()) && s.chars().filter(Character::isLetter).count() >= 4;
        return (numbered || upper) && !s.contains("\t") && s.chars().noneMatch(c -> c == '$' || c == '@');
    }

    private static boolean isCapital(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** Whether the number before {@code end} has a digit ("3.", "Section 4 -", not "A."). */
    private static boolean hasDigit(String s, int end) {
        return s.substring(0, end).chars().anyMatch(Character::isDigit);
    }

    /** Whether every word of four letters or more starts with a capital ("Fees and Payment"). */
    private static boolean isTitleCase(String s) {
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || PartText.isSpace(s.charAt(i))) {
                if (i - start >= 4 && Character.isLowerCase(s.charAt(start))) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }
}
