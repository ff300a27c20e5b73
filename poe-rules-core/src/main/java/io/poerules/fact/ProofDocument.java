package io.poerules.fact;

import io.poerules.api.DocumentType;

/**
 * Derived by the rules, not by the mapper: a document that can prove the engagement on its own, because
 * its kind is accepted without conditions (statement of work, proof-of-concept report, other contract)
 * or because its kind's condition is met (a master service agreement with an amendment, a quotation
 * with an implementation plan, a purchase order or email with full service detail of its own). The
 * conditions of the other kinds apply only when no document of another kind is one: an MSA in a bundle
 * with a statement of work needs no amendment.
 *
 * @param type     the document's kind
 * @param because  why it can prove the engagement
 * @param evidence the document's kind evidence (its title), naming the document
 * @since 0.1.0
 */
public record ProofDocument(DocumentType type, String because, Evidence evidence) implements Fact {
}
