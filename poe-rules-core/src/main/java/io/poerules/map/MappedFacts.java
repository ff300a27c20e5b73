package io.poerules.map;

import io.poerules.fact.Fact;
import java.util.ArrayList;
import java.util.List;

/** The facts mapped so far from one document, in the order detectors found them. */
final class MappedFacts {

    private final List<Fact> facts = new ArrayList<>();

    void add(Fact fact) {
        facts.add(fact);
    }

    <T extends Fact> List<T> ofType(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<Fact> all() {
        return List.copyOf(facts);
    }
}
