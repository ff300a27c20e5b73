package io.poerules.fact;

/** Evidence of a role the partner played. @since 0.1.0 */
public record PartnerRole(RoleType type, Evidence evidence) implements Fact {
}
