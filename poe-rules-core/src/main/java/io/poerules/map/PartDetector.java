package io.poerules.map;

import java.util.List;

/** Finds one kind of fact in one part's text. Implementations are immutable and thread-safe. */
interface PartDetector {

    void detect(PartText text, List<Sections.Span> sections, MappedFacts facts);
}
