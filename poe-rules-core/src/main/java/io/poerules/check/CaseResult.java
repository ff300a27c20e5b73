package io.poerules.check;

import io.poerules.api.Finding;
import io.poerules.api.Outcome;
import io.poerules.api.Requirement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One case of a suite, run: what was expected, what came, and how they differ. Immutable.
 *
 * @param suiteCase   the case
 * @param actual      what it got
 * @param differences the differences, as readable lines; empty when it matches
 * @param time        how long it took
 * @since 0.1.0
 */
public record CaseResult(Suite.Case suiteCase, Actual actual, List<String> differences, Duration time) {

    public CaseResult {
        differences = List.copyOf(differences);
    }

    /** Whether what came is what was expected. */
    public boolean matches() {
        return differences.isEmpty();
    }

    /**
     * The findings that decided the outcome: those of the requirements that differ from the expectation
     * and every FAIL and WARN finding, in requirement order; when none is and the case differs (its
     * verdict), every finding.
     */
    public List<Finding> decidingFindings() {
        Set<Requirement> differing = new TreeSet<>();
        Expectation expected = suiteCase.expected();
        if (expected != null) {
            if (expected.failed() != null) {
                actual.failed().stream().filter(r -> !expected.failed().contains(r)).forEach(differing::add);
                expected.failed().stream().filter(r -> !actual.failed().contains(r)).forEach(differing::add);
            }
            if (expected.outcomes() != null) {
                expected.outcomes().forEach((r, o) -> {
                    if (actual.outcomes().get(r) != o) {
                        differing.add(r);
                    }
                });
            }
        }
        List<Finding> deciding = actual.findings().stream().filter(f -> differing.contains(f.requirement())
                || f.outcome() == Outcome.FAIL || f.outcome() == Outcome.WARN).toList();
        return deciding.isEmpty() && !matches() ? actual.findings() : deciding;
    }
}
