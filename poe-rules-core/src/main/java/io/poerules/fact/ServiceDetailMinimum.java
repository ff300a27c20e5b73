package io.poerules.fact;

/**
 * Derived by the rules, not by the mapper: the service detail the session's documents must describe
 * together, from the {@link DocumentTypePolicy} of their types (with several documents, the lowest of
 * them). The service-detail rules compare the activities and deliverables with it.
 *
 * @param activities   the least number of activities
 * @param deliverables the least number of deliverables
 * @param because      the document type whose threshold it is
 * @since 0.1.0
 */
public record ServiceDetailMinimum(int activities, int deliverables, String because) {
}
