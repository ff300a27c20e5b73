package io.poerules.map;

import io.poerules.fact.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/** The facts mapped so far from one document, in the order detectors found them. */
final class MappedFacts {

    private final List<Fact> facts = new ArrayList<>();

    void add(Fact fact) {
        facts.add(fact);
    }

    /**
     * The facts of a type found so far.
     *
     * @throws CancellationException when the thread is interrupted: its validation was abandoned
     */
    <T extends Fact> List<T> ofType(Class<T> type) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<Fact> all() {
        return List.copyOf(facts);
    }
}
