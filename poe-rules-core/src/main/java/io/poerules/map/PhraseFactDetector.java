package io.poerules.map;

import io.poerules.fact.Fact;
import io.poerules.fact.Evidence;
import io.poerules.fact.SectionType;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.List;
import java.util.function.Function;

/**
 * Emits one kind of fact where the text has a section of a given type (the evidence is the heading
 * and the start of the body) or a lexicon phrase (the evidence is the line). One fact per line.
 */
final class PhraseFactDetector implements PartDetector {

    private final SectionType section;
    private final SharedPhrases shared;
    private final int phrases;
    private final Function<Evidence, Fact> factory;

    PhraseFactDetector(SectionType section, List<String> phrases, Function<Evidence, Fact> factory) {
        this(section, phrases, factory, new SharedPhrases());
        shared.freeze();
    }

    /** Registers its list with {@code shared}, which must be frozen before the first {@link #detect}. */
    PhraseFactDetector(SectionType section, List<String> phrases, Function<Evidence, Fact> factory,
            SharedPhrases shared) {
        this.section = section;
        this.shared = shared;
        this.phrases = shared.add(phrases);
        this.factory = factory;
    }

    @Override
    public void detect(PartText text, List<Sections.Span> sections, MappedFacts facts) {
        for (Sections.Span span : sections) {
            if (span.type() == section && span.bodyLines(text) > 0) {
                PartText.Line end = text.lines().get(Math.min(span.lastLine(), span.heading().index() + 2));
                facts.add(factory.apply(text.evidence(span.heading(), end)));
            }
        }
        int lastLine = -1;
        for (PhraseMatcher.Match m : shared.findAll(text, phrases)) {
            PartText.Line line = text.lineAt(m.start());
            if (line.index() != lastLine) {
                lastLine = line.index();
                facts.add(factory.apply(text.evidence(line)));
            }
        }
    }
}
