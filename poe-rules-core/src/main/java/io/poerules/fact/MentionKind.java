package io.poerules.fact;

/**
 * The kind of evidence by which a document names an organisation ({@link PartyMention}). Detectors say only
 * what the text shows; the derivation rules weigh each kind to decide who is the partner and who the customer.
 *
 * @since 0.1.0
 */
public enum MentionKind {
    /** Under a party label: "Customer: Contoso Ltd", a "Client" cell beside the name, "Prepared for" above it. */
    LABEL,
    /** With a defined term or short name: {@code Contoso Ltd ("Customer")}, {@code Fabrikam Inc ("Fabrikam")}. */
    DEFINED_TERM,
    /** One of the parties a contract's preamble introduces: "by and between A ... and B ...". */
    PREAMBLE,
    /** The letterhead, or a running header or footer repeated on the pages. */
    LETTERHEAD,
    /** The party a document says issues it to the other: "issued by A ... to B". */
    ISSUER,
    /** The document's metadata: the company that wrote it. */
    METADATA,
    /** The organisation a signature block is signed for: the company name above or in it. */
    SIGNATURE,
    /** The organisation said to perform the services ("Fabrikam will deliver ..."). */
    PERFORMER,
    /** The organisation the services are performed for ("... for Contoso"). */
    SERVED,
    /** The sender of an email message, by the email domain or the signature under the message. */
    EMAIL_SENDER,
    /** The recipient of an email message, or the sender of the message it answers. */
    EMAIL_COUNTERPART
}
