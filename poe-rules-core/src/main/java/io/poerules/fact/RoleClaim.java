package io.poerules.fact;

/**
 * Derived by the rules, not by the mapper: one piece of evidence that an organisation is the partner or the
 * customer, with its weight. The rules that decide roles add up the weights of each organisation's claims
 * and give it the role with the most ({@link Party}); analysts change the weights in the DRL.
 *
 * @param organisation the {@link Organisation}'s id
 * @param role         the role the evidence points to
 * @param weight       how much it counts
 * @param reason       the evidence in words ("labelled 'Client'", "the second party of the preamble")
 * @param evidence     where it is shown
 * @since 0.1.0
 */
public record RoleClaim(String organisation, PartyRole role, int weight, String reason, Evidence evidence)
        implements Fact {
}
