package io.poerules.fact;

/** A stated benefit to the customer. @since 0.1.0 */
public record Benefit(Evidence evidence) implements Fact {
}
