package io.poerules.fact;

import io.poerules.api.DocumentType;

/**
 * The kind of document (statement of work, purchase order ...). One per document.
 *
 * @param type     the kind; {@link DocumentType#UNKNOWN} when nothing matched, or when the document is of a kind that
 *                 is no proof of execution
 * @param score    how strongly the text matched the kind's title and phrases (0 when nothing matched)
 * @param evidence the title or phrase that decided the kind
 * @param name     what the document is in words when its type is UNKNOWN and it was recognised ("invoice",
 *                 "meeting minutes", "template"), otherwise {@code null}
 * @since 0.1.0
 */
public record DocumentKind(DocumentType type, int score, Evidence evidence, String name) implements Fact {

    /** A kind of no name beyond its type. */
    public DocumentKind(DocumentType type, int score, Evidence evidence) {
        this(type, score, evidence, null);
    }
}
