package io.poerules.fact;

/** Identifiers of a customer's Microsoft cloud that a claim and its documents may name. @since 0.1.0 */
public enum IdentifierType { TENANT, SUBSCRIPTION }
