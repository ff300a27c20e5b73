package io.poerules.fact;

/**
 * A person a document names as a party's contact: under a label that names the party's role and a contact's
 * ("Client sponsor: Marcus O'Loughlin", "Buyer contact | Assoc Prof Tan Wei Ming", "Customer project manager").
 * The rules tie a signature or approval by that person to the party.
 *
 * @param person   the person's name as written, without the title after it
 * @param role     the party whose contact the label says the person is
 * @param label    the label
 * @param evidence where the person is named
 * @since 0.1.0
 */
public record Contact(String person, PartyRole role, String label, Evidence evidence) implements Fact {
}
