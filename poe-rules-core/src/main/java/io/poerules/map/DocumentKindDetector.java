package io.poerules.map;

import io.poerules.api.DocumentType;
import io.poerules.fact.DocumentKind;
import io.poerules.fact.Evidence;
import io.poerules.map.lexicon.Lexicon;
import io.poerules.map.lexicon.LexiconFile;
import io.poerules.map.lexicon.PhraseGroups;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the kind of the document from its main part, where each cue stands weighing more than how often it
 * stands: an email is an email; otherwise each kind, of proof of execution or not ("invoice", "meeting minutes",
 * {@link LexiconFile#otherKinds}), scores {@value #TITLE_WEIGHT} for its title on the first line that holds a title
 * (of the first few lines, those short and no sentence; a Markdown {@code # } title first), {@value #SUBTITLE_WEIGHT}
 * for a title further down those lines or in the metadata, and one per distinct phrase anywhere, at most
 * {@value #MAX_PHRASES}: one sentence that mentions "the Statement of Work" does not make a close-out deck one. A
 * title covered by a longer title of another kind on the same line ("Services Agreement" in "Master Services
 * Agreement") does not count, nor one after a topic word ({@link Lexicon#titleTopicWords}: "How to design a proof of
 * concept" is about proofs of concept, not one). Placeholders ("[Client Name]", "&lt;&lt;Partner&gt;&gt;", "DD/MM/YYYY") make a
 * template. The highest score wins; a kind that is no proof of execution, or nothing at all, gives
 * {@link DocumentType#UNKNOWN}, with the kind's name.
 */
final class DocumentKindDetector {

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?;,]$");
    private static final Pattern MARKDOWN_TITLE = Pattern.compile("^#{1,3}\\s+");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?=[\\[<{DMYX])(?:\\[[A-Z][A-Za-z /&'\\-]{2,40}]|<<[^<>\\n]{2,40}>>|\\{\\{[^{}\\n]{2,40}}}|\\b(?:DD/MM/YYYY|MM/DD/YYYY|YYYY-MM-DD|XX/XX/XXXX)\\b)");
    /** What each of {@link #PLACEHOLDER}'s forms starts with. */
    private static final List<String> PLACEHOLDER_STARTS = List.of("[", "<<", "{{", "DD/", "MM/", "YYYY-", "XX/");
    private static final String TEMPLATE = "template";

    static final int TITLE_WEIGHT = 6;
    static final int SUBTITLE_WEIGHT = 3;
    static final int MAX_PHRASES = 3;
    private static final int PLACEHOLDER_WEIGHT = 8;
    private static final int MIN_PLACEHOLDERS = 3;
    private static final int TITLE_LINES = 16;
    private static final int MAX_TITLE_WORDS = 14;

    /** A kind the document can be: a type of proof of execution, or a named kind that is none. */
    private record Kind(DocumentType type, String name, List<String> titles, int phrases) {
    }

    private final List<Kind> kinds = new ArrayList<>();
    private final SharedPhrases shared;
    /** Each kind's titles, a list per kind in the order of {@link #kinds}. */
    private final PhraseGroups titles;
    private final PhraseMatcher topicWords;

    DocumentKindDetector(Lexicon lexicon) {
        this(lexicon, new SharedPhrases());
        shared.freeze();
    }

    /** Registers its lists with {@code shared}, which must be frozen before the first {@link #detect}. */
    DocumentKindDetector(Lexicon lexicon, SharedPhrases shared) {
        this.shared = shared;
        this.topicWords = PhraseMatcher.of(lexicon.titleTopicWords());
        for (DocumentType type : DocumentType.values()) {
            if (type != DocumentType.UNKNOWN) {
                kinds.add(new Kind(type, null, lexicon.documentTypeTitles(type),
                        shared.add(lexicon.documentTypePhrases(type))));
            }
        }
        lexicon.otherKinds().forEach((name, terms) -> kinds.add(new Kind(DocumentType.UNKNOWN, name,
                terms.titles().all(), shared.add(terms.phrases().all()))));
        this.titles = PhraseGroups.of(kinds.stream().map(Kind::titles).toList());
    }

    /**
     * The kind of the document, judged on its primary part: the document itself, or, for a container
     * without text of its own (an mbox, an archive), its first part with text.
     */
    DocumentKind detect(List<PartText> parts) {
        PartText main = parts.stream().filter(p -> p.part().isEmail() || !p.text().isBlank()).findFirst()
                .orElse(parts.get(0));
        if (main.part().isEmail()) {
            String subject = main.part().email().subject();
            return new DocumentKind(DocumentType.EMAIL, TITLE_WEIGHT,
                    main.documentMetadata("Email: " + (subject == null ? "(no subject)" : subject)));
        }
        List<PartText.Line> top = titleLines(main);
        String metadataTitle = main.part().title() == null ? "" : main.part().title();
        List<Titles> topTitles = top.stream().map(line -> titles(line.text())).toList();
        Titles inMetadata = titles(metadataTitle);
        int[] titleAt = new int[kinds.size()];
        int first = Integer.MAX_VALUE;
        for (int k = 0; k < kinds.size(); k++) {
            titleAt[k] = -1;
            for (int i = 0; i < top.size() && titleAt[k] < 0; i++) {
                if (isTitleOf(k, topTitles.get(i))) {
                    titleAt[k] = i;
                    first = Math.min(first, i);
                }
            }
        }
        Kind best = null;
        int bestScore = 0;
        Evidence bestEvidence = main.documentMetadata("");
        for (int k = 0; k < kinds.size(); k++) {
            Kind kind = kinds.get(k);
            int score = 0;
            Evidence evidence = null;
            if (titleAt[k] >= 0) {
                score = titleAt[k] == first ? TITLE_WEIGHT : SUBTITLE_WEIGHT;
                evidence = main.evidence(top.get(titleAt[k]));
            }
            if (score < TITLE_WEIGHT && isTitleOf(k, inMetadata)) {
                score = Math.max(score, SUBTITLE_WEIGHT);
                evidence = evidence != null ? evidence : main.documentMetadata("Title: " + metadataTitle);
            }
            Set<String> seen = new HashSet<>();
            for (PhraseMatcher.Match m : shared.findAll(main, kind.phrases())) {
                if (seen.add(m.phrase().toLowerCase()) && evidence == null) {
                    evidence = main.lineEvidence(m.start());
                }
            }
            score += Math.min(MAX_PHRASES, seen.size());
            if (TEMPLATE.equals(kind.name())) {
                score += placeholders(main) >= MIN_PLACEHOLDERS ? PLACEHOLDER_WEIGHT : 0;
                if (evidence == null && score > 0) {
                    evidence = placeholderEvidence(main);
                }
            }
            if (score > bestScore) {
                best = kind;
                bestScore = score;
                bestEvidence = evidence;
            }
        }
        if (best == null) {
            return new DocumentKind(DocumentType.UNKNOWN, 0, bestEvidence);
        }
        return new DocumentKind(best.type(), bestScore, bestEvidence, best.name());
    }

    /**
     * The lines where a title can stand: the first {@value #TITLE_LINES} lines with text that are short and no
     * sentence, a Markdown title anywhere among them first; a table row counts by its first cell.
     */
    private static List<PartText.Line> titleLines(PartText main) {
        List<PartText.Line> out = new ArrayList<>();
        List<PartText.Line> markdown = new ArrayList<>();
        int seen = 0;
        for (PartText.Line line : main.lines()) {
            if (line.isBlank()) {
                continue;
            }
            if (++seen > TITLE_LINES) {
                break;
            }
            if (isMarkdownTitle(line)) {
                markdown.add(line);
            } else if (isTitleLine(line.text())) {
                out.add(line);
            }
        }
        markdown.addAll(out);
        return markdown;
    }

    private static boolean isMarkdownTitle(PartText.Line line) {
        return MARKDOWN_TITLE.matcher(line.text()).lookingAt();
    }

    /** A short line that does not end like a sentence: "This Agreement is made between ..." names no kind. */
    private static boolean isTitleLine(String line) {
        return PartText.wordCount(line) <= MAX_TITLE_WORDS && !SENTENCE_END.matcher(line).matches();
    }

    private static int placeholders(PartText text) {
        int n = 0;
        for (Matcher m = nextPlaceholder(text.text(), 0); m != null && n < MIN_PLACEHOLDERS;
                m = nextPlaceholder(text.text(), m.end())) {
            n++;
        }
        return n;
    }

    private static Evidence placeholderEvidence(PartText text) {
        Matcher m = nextPlaceholder(text.text(), 0);
        return m != null ? text.lineEvidence(m.start()) : text.documentMetadata("placeholders");
    }

    /**
     * The first {@link #PLACEHOLDER} at or after {@code from}, as {@code find} gives it, or {@code null}: tried only
     * where one can start, not at every character.
     */
    private static Matcher nextPlaceholder(String text, int from) {
        Matcher m = PLACEHOLDER.matcher(text);
        return Searches.find(m, text, from, PLACEHOLDER_STARTS) ? m : null;
    }

    /**
     * Whether the line holds a title of the kind that no longer title of another kind covers: "Master
     * Services Agreement" is a master service agreement's title, not also a "Services Agreement".
     */
    /** A title line without its Markdown marks, and every kind's titles in it (in the order of {@link #kinds}). */
    private record Titles(String title, List<List<PhraseMatcher.Match>> byKind) {
    }

    private Titles titles(String line) {
        String title = MARKDOWN_TITLE.matcher(line).replaceFirst("");
        return new Titles(title, titles.findAll(title));
    }

    private boolean isTitleOf(int kind, Titles line) {
        for (PhraseMatcher.Match m : line.byKind().get(kind)) {
            if (!coveredByAnotherKind(kind, m, line) && !inIdentifier(line.title(), m)
                    && !afterTopicWord(line.title(), m)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a title is part of a reference ("SOW-PA-001", "PO4500123"), not a title. */
    private static boolean inIdentifier(String line, PhraseMatcher.Match m) {
        boolean before = m.start() > 1 && (line.charAt(m.start() - 1) == '-' || line.charAt(m.start() - 1) == '_')
                && Character.isLetterOrDigit(line.charAt(m.start() - 2));
        boolean after = m.end() + 1 < line.length() && (line.charAt(m.end()) == '-' || line.charAt(m.end()) == '_'
                || Character.isDigit(line.charAt(m.end()))) && Character.isLetterOrDigit(line.charAt(m.end() + 1));
        return before || after;
    }

    /**
     * Whether a topic word stands right before the title ("design a proof of concept", "your Statement of Work"): the
     * kind is what the line is about. A single capital letter is a label ("Schedule A Statement of Work"), no article.
     */
    private boolean afterTopicWord(String line, PhraseMatcher.Match m) {
        for (PhraseMatcher.Match w : topicWords.findAll(line)) {
            if (w.end() <= m.start() && line.substring(w.end(), m.start()).isBlank() && w.end() < m.start()
                    && !(w.end() - w.start() == 1 && Character.isUpperCase(line.charAt(w.start())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean coveredByAnotherKind(int kind, PhraseMatcher.Match m, Titles line) {
        for (int other = 0; other < line.byKind().size(); other++) {
            if (other == kind) {
                continue;
            }
            for (PhraseMatcher.Match o : line.byKind().get(other)) {
                if (o.start() <= m.start() && o.end() >= m.end() && o.end() - o.start() > m.end() - m.start()) {
                    return true;
                }
            }
        }
        return false;
    }
}
