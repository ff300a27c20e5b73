package io.poerules.map;

import io.poerules.fact.Evidence;
import io.poerules.fact.Fact;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Emits a fact per occurrence of a lexicon phrase of each kind (an agreement type, a partner role, a
 * kind of architecture change), at most one per kind and line.
 */
final class EnumPhraseDetector<K extends Enum<K>> implements PartDetector {

    private final Map<K, PhraseMatcher> phrases;
    private final BiFunction<K, Evidence, Fact> factory;

    EnumPhraseDetector(Class<K> kinds, Map<K, List<String>> lexicon, BiFunction<K, Evidence, Fact> factory) {
        this.phrases = new EnumMap<>(kinds);
        lexicon.forEach((kind, list) -> phrases.put(kind, PhraseMatcher.of(list)));
        this.factory = factory;
    }

    @Override
    public void detect(PartText text, List<Sections.Span> sections, MappedFacts facts) {
        phrases.forEach((kind, matcher) -> {
            int lastLine = -1;
            for (PhraseMatcher.Match m : matcher.findAll(text.text())) {
                PartText.Line line = text.lineAt(m.start());
                if (line.index() != lastLine) {
                    lastLine = line.index();
                    facts.add(factory.apply(kind, text.evidence(line)));
                }
            }
        });
    }
}
