package io.poerules.fact;

import io.poerules.api.DocumentType;

/**
 * A threshold an analyst tunes, per document type: whether the type is accepted as proof of execution,
 * and how much service detail a document of the type must describe. Inserted by the rules of the
 * thresholds decision table ({@code thresholds.xlsx} in {@code poe-rules-drl}), one per row; the
 * document-type and service-detail rules read it instead of fixed numbers.
 *
 * @param type            the document type
 * @param accepted        whether a document of this type is accepted as proof of execution
 * @param minActivities   the least number of service activities that is full service detail
 * @param minDeliverables the least number of deliverables that is full service detail
 * @since 0.1.0
 */
public record DocumentTypePolicy(DocumentType type, boolean accepted, int minActivities, int minDeliverables) {
}
