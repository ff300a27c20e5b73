package io.poerules.fact;

/**
 * A licensing agreement named in the document.
 *
 * @since 0.1.0
 */
public record Agreement(AgreementType type, Evidence evidence) implements Fact {
}
