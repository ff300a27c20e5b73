package io.poerules.fact;

import java.util.List;

/**
 * A party to the engagement: an organisation whose role (partner or customer) the rules decided, or a
 * party an analyst's rules or a test insert directly.
 *
 * @param role         partner or customer
 * @param name         the organisation's name as written, or {@code null} when only a domain is known
 * @param domain       an email domain of the party, or {@code null}
 * @param evidence     where it is named
 * @param organisation the id of the {@link Organisation} it is, or {@code null} when inserted without one
 * @param aliases      the other names it goes by (defined terms, short names)
 * @param domains      all its email domains ({@code domain} first)
 * @param reason       why it has its role, in words; empty when inserted without one
 * @since 0.1.0
 */
public record Party(PartyRole role, String name, String domain, Evidence evidence, String organisation,
                    List<String> aliases, List<String> domains, String reason) implements Fact {

    public Party {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        domains = domains == null ? (domain == null ? List.of() : List.of(domain)) : List.copyOf(domains);
        reason = reason == null ? "" : reason;
    }

    /** A party named in the text, with no organisation, aliases or reason. */
    public Party(PartyRole role, String name, String domain, Evidence evidence) {
        this(role, name, domain, evidence, null, List.of(), null, "");
    }

    /** The party an organisation is, with the role the rules decided and why. */
    public static Party of(Organisation organisation, PartyRole role, String reason) {
        List<String> domains = organisation.domains();
        return new Party(role, organisation.name(), domains.isEmpty() ? null : domains.get(0),
                organisation.evidence(), organisation.id(), organisation.aliases(), domains, reason);
    }
}
