package io.poerules.fact;

import java.time.LocalDate;

/**
 * What the rules need to know of the validation itself. Exactly one per session.
 *
 * @param referenceDate the date acknowledgements are measured against: the claim date when known,
 *                      otherwise the validator's reference date (today by default)
 * @since 0.1.0
 */
public record ValidationContext(LocalDate referenceDate) {
}
