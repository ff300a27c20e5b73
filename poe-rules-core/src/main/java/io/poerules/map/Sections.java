package io.poerules.map;

import io.poerules.fact.SectionType;
import io.poerules.map.lexicon.PhraseGroups;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds section headings: short lines, optionally numbered ("3.", "3.1", "Section 4 -", "Cláusula 2.ª –", "A."),
 * perhaps marked as a Markdown heading ("## Scope") or in bold ("**Scope**"), whose words are a lexicon heading
 * ("Scope of Work", "Business Drivers", "Problem Statement"), or two joined by a short word ("Premessa ed esigenze del
 * Committente" is a background's heading), perhaps with a short qualifier after a connector ("Cronograma de
 * implantação"); in a bilingual document, the heading after a slash counts too ("Sisältö / Scope"). Also the titles of
 * numbered clauses that run into their text ("Segunda. Alcance del servicio. El servicio comprende ..."). A section
 * runs to the next line that looks like a heading, or the next clause.
 */
final class Sections {

    /**
     * A found section: its heading line and the lines of its body.
     *
     * @param title     the heading's words: the line, or the title of a clause that runs into its text
     * @param firstLine the body's first line: the heading's own line for a clause that runs into its text
     */
    record Span(SectionType type, PartText.Line heading, String title, int firstLine, int lastLine) {
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

    /** A clause's title that runs into its text: up to six words, a full stop, then the text or nothing. */
    private static final Pattern RUN_IN_TITLE = Pattern.compile(
            "^([^.:;!?\\t]{2,60}?)\\.(?:\\s+(?=[\\p{Lu}\\p{N}(«\"“])|\\s*$)");
    /** A clause's title alone on its line: "Alcance" of "CLÁUSULA SEGUNDA – Alcance". */
    private static final Pattern TITLE_ALONE = Pattern.compile("[^.:;,!?\\t]{2,60}");
    /** What stands after a clause's number in words, before its title: "Segunda. ", "PRIMERA.- ", "Cláusula ". */
    private static final Pattern AFTER_WORD = Pattern.compile("^\\s*[.:)]?\\s*[-–—]?\\s+");
    /** A clause's number in figures, and what stands after it: "3. ", "2 – ", "IV) ", "5.- ", "3.1 ", "A.3 ". */
    private static final Pattern FIGURE = Pattern.compile("^(?:(?:\\d+|[A-Z])(?:\\.\\d+)+\\.?"
            + "|(?:\\d+|[IVX]+|[A-Z])(?:[.):]\\s*[-–—]?|\\s*[-–—]))\\s+");
    /** A figure after a clause's number in words, with nothing after it: the "2 " of "§ 2 Leistungsumfang". */
    private static final Pattern BARE_FIGURE = Pattern.compile("^(?:\\d+|[IVX]+)\\s+");
    private static final int MAX_RUN_IN_WORDS = 6;
    private static final int MAX_QUALIFIER_WORDS = 3;

    /** The types that have headings, in order, and their headings without a {@code *}, searched together. */
    private final List<SectionType> headingTypes;
    private final PhraseGroups headings;
    /**
     * The headings with a {@code *} that a line can start with, by the case fold of the line's first character, in the
     * order of their types and of each type's headings: those whose first word starts with it, and those that do not
     * start with a word of their own; {@link #patternsForAny} for a character no first word starts with.
     */
    private final Map<Character, List<TypedPattern>> patternsByInitial = new HashMap<>();
    private final List<TypedPattern> patternsForAny;
    /** The words of the headings that start with a {@code *} ("* requirements"), which can stand anywhere in a line. */
    private final PhraseMatcher innerPatternWords;
    private final Pattern numbering;
    /** A section's number without a numbering word. */
    private final Pattern bareNumber = Pattern.compile("^" + NUMBER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The words before a section's number, stripped, by the case fold of their first character. */
    private final Map<Character, List<String>> numberingWordsByInitial = new HashMap<>();
    private final PhraseMatcher connectors;
    private final PhraseMatcher clauseNumbers;

    /** Headings numbered without numbering words ("3.", "A."), without connectors or clauses. */
    Sections(Map<SectionType, List<String>> lexicon) {
        this(lexicon, List.of(), List.of(), List.of());
    }

    /**
     * @param lexicon        per section type, its headings; a {@code *} in a heading stands for one to four words
     *                       ("What * gains" is also "What the Firm gains")
     * @param numberingWords the words before a section's number ("Section", "Clause", "Cláusula", "Artikel")
     * @param connectors     the words that join a heading to a qualifier of one to three words ("de" of "Cronograma de
     *                       implantação")
     * @param clauseNumbers  the words that number clauses ("Cláusula", "Primera", "Segunda")
     */
    Sections(Map<SectionType, List<String>> lexicon, List<String> numberingWords, List<String> connectors,
            List<String> clauseNumbers) {
        StringBuilder words = new StringBuilder();
        for (String word : numberingWords) {
            if (!word.isBlank()) {
                numberingWordsByInitial
                        .computeIfAbsent(PhraseMatcher.fold(word.strip().charAt(0)), c -> new ArrayList<>())
                        .add(word.strip());
            }
            words.append(words.isEmpty() ? "" : "|").append(Pattern.quote(word.strip()));
        }
        this.numbering = Pattern.compile("^" + (words.isEmpty() ? "" : "(?:(?:" + words + ")\\s+)?") + NUMBER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.connectors = PhraseMatcher.of(connectors);
        this.clauseNumbers = PhraseMatcher.of(clauseNumbers);
        Map<SectionType, List<String>> ordered = new EnumMap<>(SectionType.class);
        ordered.putAll(lexicon);
        this.headingTypes = List.copyOf(ordered.keySet());
        this.headings = PhraseGroups.of(ordered.values().stream()
                .map(phrases -> phrases.stream().filter(p -> !p.contains("*")).toList()).toList());
        List<TypedPattern> patterns = new ArrayList<>();
        ordered.forEach((type, phrases) -> phrases.stream().filter(p -> p.contains("*"))
                .forEach(p -> patterns.add(new TypedPattern(type, HeadingPattern.of(p)))));
        this.patternsForAny = patterns.stream().filter(t -> !t.heading().startsWithWord()).toList();
        patterns.stream().filter(t -> t.heading().startsWithWord()).map(t -> t.heading().initial()).distinct()
                .forEach(c -> patternsByInitial.put(c, patterns.stream()
                        .filter(t -> !t.heading().startsWithWord() || t.heading().initial() == c).toList()));
        this.innerPatternWords = PhraseMatcher.of(patterns.stream().map(TypedPattern::heading)
                .filter(p -> !p.atStart()).map(HeadingPattern::word).filter(Objects::nonNull).distinct().toList());
    }

    /**
     * A heading with a {@code *}, as a regular expression; its first word that is not a {@code *}, in lower case; and
     * whether that word starts the heading.
     */
    private record HeadingPattern(Pattern pattern, String word, boolean atStart) {
        static HeadingPattern of(String heading) {
            StringBuilder regex = new StringBuilder("^");
            String[] words = heading.strip().split("\\s+");
            String word = null;
            for (int i = 0; i < words.length; i++) {
                boolean any = words[i].equals("*");
                regex.append(i == 0 ? "" : "\\s+").append(any ? WORDS : Pattern.quote(words[i]));
                word = word != null || any ? word : words[i].toLowerCase(Locale.ROOT);
            }
            return new HeadingPattern(Pattern.compile(regex + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), word, !words[0].equals("*"));
        }

        /** Whether the heading starts with a word of its own, not a {@code *}: a line must start with that word. */
        boolean startsWithWord() {
            return word != null && atStart;
        }

        /** The case fold of the first character of {@link #word}, as {@link PhraseMatcher#fold} gives it. */
        char initial() {
            return PhraseMatcher.fold(word.charAt(0));
        }

        /**
         * Whether a line can start with this heading: it starts with the word, as {@link String#regionMatches(boolean,
         * int, String, int, int)} compares (which any case-insensitive match passes), or holds it when the heading
         * starts with a {@code *}.
         */
        boolean mayStart(String line, Set<String> innerWords) {
            return word == null || (atStart ? line.regionMatches(true, 0, word, 0, word.length())
                    : innerWords.contains(word));
        }
    }

    /** A heading with a {@code *}, and the section type it heads. */
    private record TypedPattern(SectionType type, HeadingPattern heading) {
    }

    List<Span> find(PartText text) {
        List<PartText.Line> lines = text.lines();
        List<Start> starts = new ArrayList<>();
        for (PartText.Line line : lines) {
            HeadingLine heading = headingLine(line.text());
            String candidate = heading.text();
            SectionType type = candidate == null ? null : typeOf(candidate);
            Start clause = type != null ? null
                    : clause(line, !starts.isEmpty() && starts.get(starts.size() - 1).runIn());
            if (type != null) {
                starts.add(new Start(line.index(), type, line.text(), false));
            } else if (clause != null) {
                starts.add(clause);
            } else if (looksLikeHeading(heading)) {
                starts.add(new Start(line.index(), null, null, false));
            }
        }
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            Start start = starts.get(i);
            if (start.type() == null) {
                continue;
            }
            int end = i + 1 < starts.size() ? starts.get(i + 1).line() - 1 : lines.size() - 1;
            spans.add(new Span(start.type(), lines.get(start.line()), start.title(),
                    start.runIn() ? start.line() : start.line() + 1, end));
        }
        return spans;
    }

    /** Where a section starts, or only where the previous one ends ({@code type} null). */
    private record Start(int line, SectionType type, String title, boolean runIn) {
    }

    /**
     * A numbered clause whose title runs into its text: "Segunda. Alcance del servicio. El servicio comprende ...",
     * "Cláusula 3 – Entregables.", "3. Deliverables. The Supplier will deliver ..."; or a clause numbered in words
     * with its title alone on its line ("CLÁUSULA SEGUNDA – Alcance", "§ 2 Leistungsumfang"). A clause numbered in
     * words ends the previous section even when its title is no known heading; one numbered in figures does so only
     * after another clause ("4. Confidentiality. ..." ends at "5. Warranties. ..."), as the items of a numbered list
     * also read "1. Discovery. Interviews with ...".
     *
     * @param afterClause whether the previous section or boundary is a clause's
     */
    private Start clause(PartText.Line line, boolean afterClause) {
        String s = line.text().strip();
        boolean inWords = false;
        boolean punctuated = false;
        int at = 0;
        for (int n = 0; n < 2 && at < s.length(); n++) {
            String rest = s.substring(at);
            PhraseMatcher.Match word = clauseNumbers.findStartingBy(rest, 0);
            Matcher figure;
            if (word != null && word.start() == 0) {
                Matcher gap = AFTER_WORD.matcher(rest.substring(word.end()));
                if (!gap.lookingAt()) {
                    return null;
                }
                inWords = true;
                punctuated = !gap.group().isBlank();
                at += word.end() + gap.end();
            } else if (startsLikeFigure(rest) && (figure = FIGURE.matcher(rest)).lookingAt()) {
                punctuated = true;
                at += figure.end();
            } else if (inWords && n == 1 && (figure = BARE_FIGURE.matcher(rest)).lookingAt()) {
                punctuated = true;
                at += figure.end();
            } else {
                break;
            }
        }
        // "Primera fase. ..." is no clause: a number in words is set off by a full stop or dash, or a figure follows
        if (!punctuated) {
            return null;
        }
        String rest = s.substring(at);
        Matcher runIn = RUN_IN_TITLE.matcher(rest);
        boolean runsIn = runIn.lookingAt();
        String title = (runsIn ? runIn.group(1) : rest).strip();
        if (!runsIn && !TITLE_ALONE.matcher(title).matches() || PartText.wordCount(title) > MAX_RUN_IN_WORDS) {
            return null;
        }
        SectionType type = typeOf(title);
        return type != null || inWords || afterClause && runsIn ? new Start(line.index(), type, title, runsIn) : null;
    }

    /** Whether a text starts with what {@link #FIGURE} and {@link #BARE_FIGURE} start with: a digit or a capital. */
    private static boolean startsLikeFigure(String text) {
        return !text.isEmpty() && (text.charAt(0) >= '0' && text.charAt(0) <= '9'
                || text.charAt(0) >= 'A' && text.charAt(0) <= 'Z');
    }

    /** The section type whose heading this line is, or {@code null}. */
    SectionType headingType(String line) {
        String candidate = headingLine(line).text();
        return candidate == null ? null : typeOf(candidate);
    }

    /** The section type of a heading's text (as {@link #headingText} gives it), or {@code null}. */
    private SectionType typeOf(String heading) {
        SectionType type = typeAtStart(heading);
        Matcher other = type != null || !heading.contains(" / ") ? null : OTHER_LANGUAGE.matcher(heading);
        if (other != null && other.lookingAt()) {
            type = typeAtStart(heading.substring(other.end()));
        }
        return type;
    }

    /** The section type of a heading at the start of the text, or {@code null}. */
    private SectionType typeAtStart(String heading) {
        String candidate = heading.endsWith(")") ? PARENTHESIS.matcher(heading).replaceFirst("") : heading;
        List<PhraseMatcher.Match> starts = headings.findStartingBy(candidate, 2);
        for (int t = 0; t < starts.size(); t++) {
            PhraseMatcher.Match m = starts.get(t);
            if (m == null) {
                continue;
            }
            int end = joinedHeadingEnd(candidate, m.end());
            if (candidate.length() - end <= Math.max(12, candidate.length() / 2)
                    || SUBTITLE.matcher(candidate.substring(end)).lookingAt()
                    || NAME_AFTER.matcher(candidate.substring(end)).matches()
                    || isQualifier(candidate.substring(end))) {
                return headingTypes.get(t);
            }
        }
        return patternTypeAtStart(candidate);
    }

    /**
     * The section type of a heading with a {@code *} at the start of the text, or {@code null}: only the headings
     * that can start it are tried.
     */
    private SectionType patternTypeAtStart(String candidate) {
        char initial = candidate.isEmpty() ? 0 : PhraseMatcher.fold(candidate.charAt(0));
        Set<String> innerWords = null;
        for (TypedPattern typed : patternsByInitial.getOrDefault(initial, patternsForAny)) {
            HeadingPattern p = typed.heading();
            if (innerWords == null && !p.atStart()) {
                innerWords = innerPatternWords(candidate);
            }
            Matcher m = p.mayStart(candidate, innerWords) ? p.pattern().matcher(candidate) : null;
            if (m != null && m.lookingAt() && candidate.length() - m.end() <= Math.max(12, candidate.length() / 2)) {
                return typed.type();
            }
        }
        return null;
    }

    /** The words of the headings that start with a {@code *} that a text holds, found as {@link PhraseMatcher#findAll}. */
    private Set<String> innerPatternWords(String text) {
        Set<String> words = new HashSet<>();
        innerPatternWords.findAll(text).forEach(w -> words.add(w.phrase()));
        return words;
    }

    /** Whether the words after a heading are a connector and one to three words (" de implantação"). */
    private boolean isQualifier(String after) {
        String rest = after.strip();
        PhraseMatcher.Match connector = after.isEmpty() || !Character.isWhitespace(after.charAt(0)) ? null
                : connectors.findStartingBy(rest, 0);
        if (connector == null || connector.start() > 0) {
            return false;
        }
        String words = rest.substring(connector.end()).strip();
        return !words.isEmpty() && PartText.wordCount(words) <= MAX_QUALIFIER_WORDS && words.chars()
                .allMatch(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '\'' || c == '’');
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
        for (PhraseMatcher.Match second : headings.findStartingBy(candidate.substring(joiner.end()), 0)) {
            if (second != null) {
                return joiner.end() + second.end();
            }
        }
        return end;
    }

    /** The line without Markdown heading marks or bold marks around it ("## Scope", "**Scope**"). */
    private static String unmarked(String stripped) {
        String s = stripped.startsWith("#") ? MARKDOWN_HEADING.matcher(stripped).replaceFirst("") : stripped;
        if (!s.startsWith("*") && !s.startsWith("_")) {
            return s;
        }
        Matcher bold = BOLD.matcher(s);
        return bold.matches() ? bold.group(2).strip() : s;
    }

    /** Where the number that starts a line ends, with its numbering word ("Section 4 - "), or -1 when there is none. */
    private int numberEnd(String line) {
        Pattern pattern = numberingAt(line);
        Matcher m = pattern == null ? null : pattern.matcher(line);
        return m != null && m.lookingAt() ? m.end() : -1;
    }

    /**
     * The expression that can find a line's number: {@link #numbering} where a line starts with a numbering word (as
     * {@link String#regionMatches(boolean, int, String, int, int)} compares, which any case-insensitive match passes),
     * else the number alone ({@link #bareNumber}); {@code null} for a line that starts with an ASCII word of two
     * letters or more that is no Roman number.
     */
    private Pattern numberingAt(String line) {
        List<String> candidates = line.isEmpty() ? List.of()
                : numberingWordsByInitial.getOrDefault(PhraseMatcher.fold(line.charAt(0)), List.of());
        for (String word : candidates) {
            if (line.regionMatches(true, 0, word, 0, word.length())) {
                return numbering;
            }
        }
        if (line.isEmpty() || !isAsciiLetter(line.charAt(0))) {
            return bareNumber;
        }
        int end = 1;
        boolean roman = isRomanDigit(line.charAt(0));
        while (end < line.length() && Character.isLetter(line.charAt(end))) {
            if (!isAsciiLetter(line.charAt(end))) {
                return bareNumber;
            }
            roman &= isRomanDigit(line.charAt(end));
            end++;
        }
        return end == 1 || roman ? bareNumber : null;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isRomanDigit(char c) {
        return "IVXivx".indexOf(c) >= 0;
    }

    /**
     * A line read as a heading: stripped, without its marks, where its number ends (as {@link #numberEnd}), and its
     * words as {@link #headingText} gives them ({@code null} when it can be no heading; the number is then not read).
     */
    private record HeadingLine(String stripped, String unmarked, int number, String text) {
    }

    private HeadingLine headingLine(String line) {
        String stripped = line.strip();
        String unmarked = unmarked(stripped);
        if (endsAsNoHeading(unmarked)) {
            return new HeadingLine(stripped, unmarked, -1, null);
        }
        int number = numberEnd(unmarked);
        return new HeadingLine(stripped, unmarked, number, headingText(unmarked, number));
    }

    /**
     * Whether a line without its marks ends as no heading does, whatever its number: in a full stop, comma or
     * semicolon (perhaps before a colon), or nothing before a colon.
     */
    private static boolean endsAsNoHeading(String unmarked) {
        String s = unmarked.endsWith(":") ? unmarked.substring(0, unmarked.length() - 1).strip() : unmarked;
        return s.isEmpty() || s.endsWith(".") || s.endsWith(",") || s.endsWith(";");
    }

    /** The words of a heading after its number, or {@code null} when they are too many or end as no heading does. */
    private static String headingText(String unmarked, int number) {
        String s = (number > 0 ? unmarked.substring(number) : unmarked).strip();
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
        return looksLikeHeading(headingLine(line));
    }

    private boolean looksLikeHeading(HeadingLine line) {
        String s = line.text();
        if (s == null) {
            return false;
        }
        if (line.stripped().startsWith("#") && MARKDOWN_HEADING.matcher(line.stripped()).lookingAt()) {
            return isCapital(s.charAt(0));
        }
        if (PartText.wordCount(s) > 6) {
            return false;
        }
        boolean numbered = line.number() > 0 && hasDigit(line.unmarked(), line.number()) && isTitleCase(s);
        return (numbered || isInCapitals(s)) && !s.contains("\t") && s.chars().noneMatch(c -> c == '$' || c == '@');
    }

    /** Whether a text is in capitals, with four letters or more ("SCOPE OF WORK"). */
    private static boolean isInCapitals(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
                return false;
            }
        }
        return s.equals(s.toUpperCase()) && s.chars().filter(Character::isLetter).count() >= 4;
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
