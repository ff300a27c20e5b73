package io.poerules.fact;

import java.time.LocalDate;

/**
 * A reply in an email that acknowledges the work.
 *
 * @param kind         approval of the work, or only an acknowledgement of receipt
 * @param from         the replying address
 * @param fromCustomer whether the reply comes from the customer's side
 * @param date         when it was sent, or {@code null}
 * @param evidence     the words of acknowledgement
 * @since 0.1.0
 */
public record EmailAcknowledgement(AcknowledgementKind kind, String from, boolean fromCustomer, LocalDate date,
                                   Evidence evidence) implements Fact {
}
