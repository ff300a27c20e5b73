package io.poerules.map;

import io.poerules.fact.Section;
import java.util.List;

/** Emits a {@link Section} fact for every recognised section heading. */
final class SectionDetector implements PartDetector {

    @Override
    public void detect(PartText text, List<Sections.Span> sections, MappedFacts facts) {
        for (Sections.Span span : sections) {
            PartText.Line end = text.lines().get(Math.min(span.lastLine(), span.heading().index() + 2));
            facts.add(new Section(span.type(), span.title(), span.bodyLines(text),
                    text.evidence(span.heading(), end)));
        }
    }
}
