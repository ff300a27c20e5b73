package io.poerules.fact;

/** An implementation plan (phases, milestones, timeline). @since 0.1.0 */
public record ImplementationPlan(Evidence evidence) implements Fact {
}
