package io.poerules.fact;

import io.poerules.api.Requirement;

/**
 * Derived by the rules, not by the mapper: a requirement applies to this document. Derivation rules
 * insert it; verdict rules evaluate only requirements that apply.
 *
 * @param requirement the requirement that applies
 * @param because     why it applies (shown in not-applicable reasoning and in {@code poe explain})
 * @since 0.1.0
 */
public record Applicable(Requirement requirement, String because) {
}
