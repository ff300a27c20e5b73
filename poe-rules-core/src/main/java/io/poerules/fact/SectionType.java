package io.poerules.fact;

/** Sections a POE document is organised in, recognised by their headings. @since 0.1.0 */
public enum SectionType {
    SCOPE, DELIVERABLES, BUSINESS_NEED, ARCHITECTURE, BENEFITS, IMPLEMENTATION_PLAN, ACCEPTANCE,
    ROLES, AMENDMENT, PRICING, ASSUMPTIONS
}
