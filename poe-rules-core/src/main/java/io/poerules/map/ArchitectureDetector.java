package io.poerules.map;

import io.poerules.fact.Architecture;
import io.poerules.fact.ArchitectureChange;
import io.poerules.fact.SectionType;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds how the solution changes the customer's infrastructure: a sentence with a verb of change
 * ("replaces", "extends", "decommissioned") and a word for existing infrastructure ("on-premises",
 * "datacentre", "Hyper-V hosts") gives {@link ArchitectureChange#EXPANDS} or
 * {@link ArchitectureChange#REPLACES}; an architecture section gives {@link ArchitectureChange#DESCRIBED}.
 */
final class ArchitectureDetector implements PartDetector {

    private static final int MAX_SENTENCE = 300;

    private final SharedPhrases shared;
    /** Each change's verbs: their list in {@link #shared}. */
    private final Map<ArchitectureChange, Integer> verbs = new EnumMap<>(ArchitectureChange.class);
    private final PhraseMatcher infrastructure;

    ArchitectureDetector(Map<ArchitectureChange, List<String>> verbs, List<String> infrastructure) {
        this(verbs, infrastructure, new SharedPhrases());
        shared.freeze();
    }

    /** Registers its lists with {@code shared}, which must be frozen before the first {@link #detect}. */
    ArchitectureDetector(Map<ArchitectureChange, List<String>> verbs, List<String> infrastructure,
            SharedPhrases shared) {
        this.shared = shared;
        Map<ArchitectureChange, List<String>> ordered = new EnumMap<>(ArchitectureChange.class);
        ordered.putAll(verbs);
        ordered.forEach((change, phrases) -> this.verbs.put(change, shared.add(phrases)));
        this.infrastructure = PhraseMatcher.of(infrastructure);
    }

    @Override
    public void detect(PartText text, List<Sections.Span> sections, MappedFacts facts) {
        for (Sections.Span span : sections) {
            if (span.type() == SectionType.ARCHITECTURE && span.bodyLines(text) > 0) {
                PartText.Line end = text.lines().get(Math.min(span.lastLine(), span.heading().index() + 2));
                facts.add(new Architecture(ArchitectureChange.DESCRIBED, text.evidence(span.heading(), end)));
            }
        }
        verbs.forEach((change, list) -> {
            int lastSentenceEnd = -1;
            for (PhraseMatcher.Match m : shared.findAll(text, list)) {
                int[] sentence = sentenceAround(text, m.start());
                if (sentence[0] >= lastSentenceEnd
                        && infrastructure.matches(text.text().substring(sentence[0], sentence[1]))) {
                    facts.add(new Architecture(change, text.evidence(sentence[0], sentence[1])));
                    lastSentenceEnd = sentence[1];
                }
            }
        });
    }

    /** The start and end of the sentence holding an offset; a sentence may wrap lines but not paragraphs. */
    private static int[] sentenceAround(PartText text, int offset) {
        String s = text.text();
        int start = Math.max(0, offset - MAX_SENTENCE);
        for (int i = offset - 1; i > start; i--) {
            if (endsSentence(s, i)) {
                start = i + 1;
                break;
            }
        }
        int end = Math.min(s.length(), offset + MAX_SENTENCE);
        for (int i = offset; i < end; i++) {
            if (endsSentence(s, i)) {
                end = i + 1;
                break;
            }
        }
        return new int[] {start, end};
    }

    private static boolean endsSentence(String s, int i) {
        char c = s.charAt(i);
        boolean next = i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1));
        return (c == '.' || c == ';' || c == '!' || c == '?') && next || c == '\f'
                || c == '\n' && i + 1 < s.length() && s.charAt(i + 1) == '\n';
    }
}
