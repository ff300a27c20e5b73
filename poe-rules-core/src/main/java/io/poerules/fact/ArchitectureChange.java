package io.poerules.fact;

/** How a described Azure architecture relates to the customer's existing infrastructure. @since 0.1.0 */
public enum ArchitectureChange { EXPANDS, REPLACES, DESCRIBED }
