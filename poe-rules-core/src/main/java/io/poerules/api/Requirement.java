package io.poerules.api;

/**
 * What a POE reviewer checks. Each rule names the requirement it decides in its {@code @requirement}
 * metadata.
 *
 * @since 0.1.0
 */
public enum Requirement {
    EXTRACTABLE_TEXT("The document has text that can be read."),
    DOCUMENT_TYPE("The document is of a kind accepted as proof of execution."),
    PARTIES("The partner and the customer are both named."),
    SERVICE_DETAIL("The partner's services are described in detail: activities and deliverables."),
    PRODUCTS("The Microsoft products or workloads are named."),
    CUSTOMER_ACKNOWLEDGEMENT("The customer signed or approved the work."),
    DATES("The customer acknowledgement is dated, within 12 months of the claim."),
    BUSINESS_NEED("Azure: the customer's business need is stated."),
    SOLUTION_ARCHITECTURE("Azure: the architecture and how it expands or replaces existing infrastructure."),
    CUSTOMER_BENEFITS("Azure: the benefits to the customer are stated."),
    USAGE_ROLE("Online Services: an advisory role through deployment, or managed service, support or change management."),
    AMENDMENT("A master service agreement comes with an amendment or addendum."),
    IMPLEMENTATION_PLAN("A quotation comes with an implementation plan."),
    CLAIM_MATCH("The documents name the claim's customer and partner, and no other customer, partner or tenant.");

    private final String description;

    Requirement(String description) {
        this.description = description;
    }

    /** A one-line description for reports and the rule catalog. */
    public String description() {
        return description;
    }
}
