package io.poerules.map;

import io.poerules.api.DocumentType;
import io.poerules.fact.DocumentKind;
import io.poerules.fact.Evidence;
import io.poerules.map.lexicon.Lexicon;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides the kind of the document from its main part: an email is an email; otherwise each kind
 * scores {@value #TITLE_WEIGHT} for a title phrase in the first lines or the metadata title, and one
 * per distinct phrase in the text. A title line is short and not a sentence, and a title covered by a
 * longer title of another kind on the same line ("Services Agreement" in "Master Services Agreement")
 * does not count. The highest score wins; nothing matched is
 * {@link DocumentType#UNKNOWN}.
 */
final class DocumentKindDetector {

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?;,]$");

    static final int TITLE_WEIGHT = 5;
    private static final int TITLE_LINES = 8;
    private static final int MAX_TITLE_WORDS = 12;

    private final Map<DocumentType, PhraseMatcher> titles = new EnumMap<>(DocumentType.class);
    private final SharedPhrases shared;
    /** Each kind's phrases: their list in {@link #shared}. */
    private final Map<DocumentType, Integer> phrases = new EnumMap<>(DocumentType.class);

    DocumentKindDetector(Lexicon lexicon) {
        this(lexicon, new SharedPhrases());
        shared.freeze();
    }

    /** Registers its lists with {@code shared}, which must be frozen before the first {@link #detect}. */
    DocumentKindDetector(Lexicon lexicon, SharedPhrases shared) {
        this.shared = shared;
        for (DocumentType type : DocumentType.values()) {
            titles.put(type, PhraseMatcher.of(lexicon.documentTypeTitles(type)));
            phrases.put(type, shared.add(lexicon.documentTypePhrases(type)));
        }
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
        List<PartText.Line> top = main.lines().stream().filter(l -> !l.isBlank()).limit(TITLE_LINES).toList();
        boolean[] titleLine = new boolean[top.size()];
        for (int i = 0; i < top.size(); i++) {
            titleLine[i] = isTitleLine(top.get(i).text());
        }
        String title = main.part().title() == null ? "" : main.part().title();
        DocumentType best = DocumentType.UNKNOWN;
        int bestScore = 0;
        Evidence bestEvidence = main.documentMetadata("");
        for (DocumentType type : DocumentType.values()) {
            int score = 0;
            Evidence evidence = null;
            for (int i = 0; i < top.size(); i++) {
                PartText.Line line = top.get(i);
                if (titleLine[i] && isTitleOf(type, line.text())) {
                    score += TITLE_WEIGHT;
                    evidence = main.evidence(line);
                    break;
                }
            }
            if (evidence == null && isTitleOf(type, title)) {
                score += TITLE_WEIGHT;
                evidence = main.documentMetadata("Title: " + title);
            }
            Set<String> seen = new HashSet<>();
            for (PhraseMatcher.Match m : shared.findAll(main, phrases.get(type))) {
                if (seen.add(m.phrase().toLowerCase()) && evidence == null) {
                    evidence = main.lineEvidence(m.start());
                }
            }
            score += seen.size();
            if (score > bestScore) {
                best = type;
                bestScore = score;
                bestEvidence = evidence;
            }
        }
        return new DocumentKind(best, bestScore, bestEvidence);
    }

    /** A short line that does not end like a sentence: "This Agreement is made between ..." names no kind. */
    private static boolean isTitleLine(String line) {
        return PartText.wordCount(line) <= MAX_TITLE_WORDS && !SENTENCE_END.matcher(line).matches();
    }

    /**
     * Whether the line holds a title of the kind that no longer title of another kind covers: "Master
     * Services Agreement" is a master service agreement's title, not also a "Services Agreement".
     */
    private boolean isTitleOf(DocumentType type, String line) {
        for (PhraseMatcher.Match m : titles.get(type).findAll(line)) {
            if (!coveredByAnotherKind(type, m, line)) {
                return true;
            }
        }
        return false;
    }

    private boolean coveredByAnotherKind(DocumentType type, PhraseMatcher.Match m, String line) {
        for (DocumentType other : DocumentType.values()) {
            if (other == type) {
                continue;
            }
            for (PhraseMatcher.Match o : titles.get(other).findAll(line)) {
                if (o.start() <= m.start() && o.end() >= m.end() && o.end() - o.start() > m.end() - m.start()) {
                    return true;
                }
            }
        }
        return false;
    }
}
