package io.poerules.map;

import io.poerules.fact.Evidence;
import io.poerules.fact.Fact;
import io.poerules.fact.SectionType;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Emits a fact per occurrence of a lexicon phrase of each kind (an agreement type, a partner role, a
 * kind of architecture change), at most one per kind and line, except in the sections it leaves out (what a
 * statement of work excludes is no part of the work).
 */
final class EnumPhraseDetector<K extends Enum<K>> implements PartDetector {

    private final SharedPhrases shared;
    /** Each kind's list in {@link #shared}, in the order of the kinds. */
    private final Map<K, Integer> phrases;
    private final BiFunction<K, Evidence, Fact> factory;
    private final Set<SectionType> leftOut;

    EnumPhraseDetector(Class<K> kinds, Map<K, List<String>> lexicon, BiFunction<K, Evidence, Fact> factory) {
        this(kinds, lexicon, factory, new SharedPhrases(), Set.of());
        shared.freeze();
    }

    /**
     * Registers its lists with {@code shared}, which must be frozen before the first {@link #detect}.
     *
     * @param leftOut the sections whose phrases do not count ("Out of Scope")
     */
    EnumPhraseDetector(Class<K> kinds, Map<K, List<String>> lexicon, BiFunction<K, Evidence, Fact> factory,
            SharedPhrases shared, Set<SectionType> leftOut) {
        this.leftOut = leftOut;
        this.shared = shared;
        Map<K, List<String>> ordered = new EnumMap<>(kinds);
        ordered.putAll(lexicon);
        this.phrases = new EnumMap<>(kinds);
        ordered.forEach((kind, list) -> phrases.put(kind, shared.add(list)));
        this.factory = factory;
    }

    @Override
    public void detect(PartText text, List<Sections.Span> sections, MappedFacts facts) {
        phrases.forEach((kind, list) -> {
            int lastLine = -1;
            for (PhraseMatcher.Match m : shared.findAll(text, list)) {
                PartText.Line line = text.lineAt(m.start());
                if (line.index() != lastLine && sections.stream()
                        .noneMatch(s -> leftOut.contains(s.type()) && s.contains(line))) {
                    lastLine = line.index();
                    facts.add(factory.apply(kind, text.evidence(line)));
                }
            }
        });
    }
}
