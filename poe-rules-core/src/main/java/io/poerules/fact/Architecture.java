package io.poerules.fact;

/**
 * A description of the solution architecture.
 *
 * @param change   whether it expands or replaces existing infrastructure, or is only described
 * @param evidence where it is described
 * @since 0.1.0
 */
public record Architecture(ArchitectureChange change, Evidence evidence) implements Fact {
}
