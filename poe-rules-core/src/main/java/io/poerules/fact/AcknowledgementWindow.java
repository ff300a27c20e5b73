package io.poerules.fact;

/**
 * A threshold an analyst tunes: how many months before the reference date (the claim date) a customer
 * acknowledgement may be dated. Inserted by the thresholds decision table; the dates rules read it.
 *
 * @param months the length of the window, in months
 * @since 0.1.0
 */
public record AcknowledgementWindow(int months) {
}
