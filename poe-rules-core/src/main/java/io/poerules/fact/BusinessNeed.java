package io.poerules.fact;

/** A statement of the customer's business need (a "Business Drivers" section, a problem statement). @since 0.1.0 */
public record BusinessNeed(Evidence evidence) implements Fact {
}
