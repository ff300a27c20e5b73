package io.poerules.fact;

/**
 * A tenant or subscription id (a GUID) written after its label ("Customer tenant ID: 6c1f3a9e-...").
 * Reviewers check that the tenant and the Azure subscriptions are the claim's.
 *
 * @param type     what the id identifies
 * @param value    the id, lower case
 * @param evidence the line that names it
 * @since 0.1.0
 */
public record Identifier(IdentifierType type, String value, Evidence evidence) implements Fact {
}
