package io.poerules.fact;

import java.time.LocalDate;

/**
 * A signer's event in an electronic-signature certificate or audit trail (DocuSign's "Certificate Of
 * Completion", Adobe Acrobat Sign's "Final Audit Report"): who, with which email address, and whether they
 * signed or only received or viewed the document.
 *
 * @param signer       the signer's name as written, or {@code null}
 * @param email        the signer's email address
 * @param domain       its domain, lower case
 * @param organisation the {@link Organisation} that domain belongs to, or {@code null}
 * @param signed       whether the certificate records a signature (not only sent, delivered or viewed)
 * @param date         when the signature was made, or {@code null}
 * @param evidence     the event's text
 * @since 0.1.0
 */
public record ESignature(String signer, String email, String domain, String organisation, boolean signed,
                         LocalDate date, Evidence evidence) implements Fact {

    /** This event, by a signer of the given organisation. */
    public ESignature of(String organisationId) {
        return new ESignature(signer, email, domain, organisationId, signed, date, evidence);
    }
}
