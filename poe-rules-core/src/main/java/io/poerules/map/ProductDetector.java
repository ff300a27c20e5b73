package io.poerules.map;

import io.poerules.fact.Product;
import io.poerules.map.lexicon.LexiconFile.ProductTerm;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Emits a {@link Product} for every named Microsoft product or workload, longest name first. */
final class ProductDetector implements PartDetector {

    private final PhraseMatcher names;
    private final Map<String, ProductTerm> byPhrase = new HashMap<>();

    ProductDetector(List<ProductTerm> products) {
        List<String> phrases = new ArrayList<>();
        for (ProductTerm p : products) {
            phrases.add(p.name());
            byPhrase.putIfAbsent(p.name(), p);
            for (String alias : p.aliases() == null ? List.<String>of() : p.aliases()) {
                phrases.add(alias);
                byPhrase.putIfAbsent(alias.strip(), p);
            }
        }
        this.names = PhraseMatcher.of(phrases);
    }

    @Override
    public void detect(PartText text, List<Sections.Span> sections, MappedFacts facts) {
        for (PhraseMatcher.Match m : names.findAll(text.text())) {
            ProductTerm p = byPhrase.get(m.phrase());
            facts.add(new Product(p.name(), p.program(), p.workload(), p.generic(), text.lineEvidence(m.start())));
        }
    }
}
