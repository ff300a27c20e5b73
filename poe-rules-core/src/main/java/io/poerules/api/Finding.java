package io.poerules.api;

import io.poerules.fact.Evidence;
import java.util.List;

/**
 * The outcome of one requirement for one document, decided by one rule.
 *
 * @param requirement the requirement decided
 * @param ruleId      the {@code @id} of the rule that decided it
 * @param outcome     pass, fail, warn or not applicable
 * @param reason      why, in words a partner can act on
 * @param evidence    the text that proves it (empty when the proof is an absence)
 * @since 0.1.0
 */
public record Finding(Requirement requirement, String ruleId, Outcome outcome, String reason, List<Evidence> evidence) {
    public Finding {
        evidence = List.copyOf(evidence);
    }
}
