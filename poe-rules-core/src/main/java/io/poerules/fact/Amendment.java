package io.poerules.fact;

/** An amendment, addendum or change order to an agreement. @since 0.1.0 */
public record Amendment(Evidence evidence) implements Fact {
}
