package io.poerules.fact;

import java.time.LocalDate;

/**
 * A signature or acceptance block.
 *
 * @param role         the role its own words give it: a party label in or above it ("Customer Signature",
 *                     "For the Client", "Auftraggeber"), or an acceptance ("Accepted by") that only a customer
 *                     gives; {@link PartyRole#UNKNOWN} when they give none. The rules also tie a block to a
 *                     party through its {@code organisation} ({@link SignatureParty})
 * @param signed       whether it holds a signature or signer's name, rather than blank lines
 * @param signer       the signer's name when written, otherwise {@code null}
 * @param date         the date written in the block, otherwise {@code null}
 * @param party        the organisation it is signed for as written (the company name above it, in its column, or
 *                     after "for and on behalf of"), or {@code null}
 * @param organisation the id of that {@link Organisation}, or {@code null} when none is named or known
 * @param evidence     the block's text
 * @since 0.1.0
 */
public record SignatureBlock(PartyRole role, boolean signed, String signer, LocalDate date, String party,
                             String organisation, Evidence evidence) implements Fact {

    /** A block that names no organisation. */
    public SignatureBlock(PartyRole role, boolean signed, String signer, LocalDate date, Evidence evidence) {
        this(role, signed, signer, date, null, null, evidence);
    }

    /** This block, signed for the given organisation. */
    public SignatureBlock of(String organisationId) {
        return new SignatureBlock(role, signed, signer, date, party, organisationId, evidence);
    }
}
