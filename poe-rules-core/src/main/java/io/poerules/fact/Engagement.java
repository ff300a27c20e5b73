package io.poerules.fact;

import java.util.List;

/**
 * Inserted by the validator in the session that judges the documents of one engagement together: its
 * presence tells rules that the facts come from several documents (each fact's evidence names its
 * {@link Evidence#source()}). At most one per session; absent when one document is judged.
 *
 * @param documents the sources of the engagement's documents, in input order, readable or not
 * @since 0.1.0
 */
public record Engagement(List<String> documents) {
    public Engagement {
        documents = List.copyOf(documents);
    }
}
