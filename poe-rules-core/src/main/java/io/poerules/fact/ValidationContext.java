package io.poerules.fact;

import java.time.LocalDate;

/**
 * What the rules need to know of the validation itself. Exactly one per session.
 *
 * @param referenceDate the date acknowledgements are measured against: the claim date when documents are
 *                      judged against a claim, otherwise the validator's reference date (today by default)
 * @param claimDate     whether the reference date is a claim's date
 * @since 0.1.0
 */
public record ValidationContext(LocalDate referenceDate, boolean claimDate) {

    /** A context whose reference date is not a claim's date. */
    public ValidationContext(LocalDate referenceDate) {
        this(referenceDate, false);
    }

    /** The reference date in words for a reason: "the claim date 2026-11-30", or "2026-11-30". */
    public String reference() {
        return (claimDate ? "the claim date " : "") + referenceDate;
    }
}
