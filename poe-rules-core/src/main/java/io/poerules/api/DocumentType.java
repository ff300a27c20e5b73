package io.poerules.api;

/** Kinds of POE document a reviewer accepts, plus {@link #UNKNOWN}. @since 0.1.0 */
public enum DocumentType {
    STATEMENT_OF_WORK,
    PURCHASE_ORDER,
    QUOTATION,
    PROOF_OF_CONCEPT_REPORT,
    EMAIL,
    MASTER_SERVICE_AGREEMENT,
    OTHER_CONTRACT,
    UNKNOWN
}
