package io.poerules.fact;

/**
 * A workload the claim names, inserted by the validator when documents are judged against a claim
 * (one per entry of {@link io.poerules.api.Claim#workloads()}). Each must be named in some document.
 *
 * @param name    the workload as the claim writes it ("Intune")
 * @param product the product's canonical name in the products lexicon ("Microsoft Intune"), or
 *                {@code null} when the lexicon does not know the name (it may then be a workload group
 *                such as "Security")
 * @since 0.1.0
 */
public record ClaimedWorkload(String name, String product) {
}
