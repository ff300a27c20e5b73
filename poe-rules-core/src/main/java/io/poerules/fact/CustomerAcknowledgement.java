package io.poerules.fact;

import java.time.LocalDate;

/**
 * Derived by the rules, not by the mapper: the customer acknowledged the work. Derivation rules insert
 * one for each signed customer signature block and each customer email that approves the work;
 * analysts may add other sources. The acknowledgement and dates rules work on these.
 *
 * @param how      how the customer acknowledged ("signature", "email approval" ...)
 * @param by       who acknowledged, when known
 * @param date     when, or {@code null} when undated
 * @param evidence where it is shown
 * @since 0.1.0
 */
public record CustomerAcknowledgement(String how, String by, LocalDate date, Evidence evidence) implements Fact {
}
