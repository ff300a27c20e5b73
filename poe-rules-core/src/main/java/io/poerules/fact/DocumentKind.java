package io.poerules.fact;

import io.poerules.api.DocumentType;

/**
 * The kind of document (statement of work, purchase order ...). One per document.
 *
 * @param type     the kind; {@link DocumentType#UNKNOWN} when nothing matched
 * @param score    how strongly the text matched the kind's title and phrases (0 when unknown)
 * @param evidence the title or phrase that decided the kind
 * @since 0.1.0
 */
public record DocumentKind(DocumentType type, int score, Evidence evidence) implements Fact {
}
