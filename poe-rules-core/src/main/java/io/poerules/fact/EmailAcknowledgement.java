package io.poerules.fact;

import java.time.LocalDate;

/**
 * A reply in an email that acknowledges the work.
 *
 * @param kind         approval of the work, or only an acknowledgement of receipt
 * @param from         the replying address
 * @param fromDomain   its email domain, lower case, or {@code null}
 * @param sender       the sender's organisation as the message names it (the company in the signature, or the
 *                     domain's name), or {@code null}
 * @param organisation the {@link Organisation} the sender belongs to, or {@code null}; the rules take the reply
 *                     as the customer's when that organisation is the customer
 * @param date         when it was sent, or {@code null}
 * @param evidence     the words of acknowledgement
 * @since 0.1.0
 */
public record EmailAcknowledgement(AcknowledgementKind kind, String from, String fromDomain, String sender,
                                   String organisation, LocalDate date, Evidence evidence) implements Fact {

    /** This reply, sent by the given organisation. */
    public EmailAcknowledgement of(String organisationId) {
        return new EmailAcknowledgement(kind, from, fromDomain, sender, organisationId, date, evidence);
    }
}
