package io.poerules.check;

import java.util.List;

/**
 * A suite, run: one result per case, in the suite's order. Immutable.
 *
 * @param suite   the suite
 * @param results one per case
 * @since 0.1.0
 */
public record SuiteResult(Suite suite, List<CaseResult> results) {

    public SuiteResult {
        results = List.copyOf(results);
    }

    /** The cases whose outcome differs from their expectation (or that have none). */
    public List<CaseResult> mismatches() {
        return results.stream().filter(r -> !r.matches()).toList();
    }

    /** Whether every case matched. */
    public boolean allMatch() {
        return mismatches().isEmpty();
    }
}
