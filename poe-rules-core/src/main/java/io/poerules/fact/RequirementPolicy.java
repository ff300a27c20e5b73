package io.poerules.fact;

import io.poerules.api.Outcome;
import io.poerules.api.Requirement;

/**
 * A threshold an analyst tunes: whether a requirement that is not met fails the document, or only
 * warns. Inserted by the thresholds decision table. With {@link Outcome#WARN}, every finding of the
 * requirement that its rule's {@code @severity} makes FAIL is a WARN instead (the document is then at
 * worst REVIEW for it); with {@link Outcome#FAIL}, each rule's own {@code @severity} stands.
 *
 * @param requirement the requirement
 * @param whenNotMet  FAIL or WARN
 * @since 0.1.0
 */
public record RequirementPolicy(Requirement requirement, Outcome whenNotMet) {
}
