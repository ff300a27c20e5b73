package io.poerules.fact;

/**
 * A fact mapped from a document, inserted into the rules session. Every fact carries the evidence
 * that produced it.
 *
 * @since 0.1.0
 */
public interface Fact {

    /** The text that proves this fact. */
    Evidence evidence();
}
