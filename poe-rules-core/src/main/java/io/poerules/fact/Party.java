package io.poerules.fact;

/**
 * A party to the engagement named in the document.
 *
 * @param role     partner or customer
 * @param name     the organisation's name as written, or {@code null} when only a domain is known
 * @param domain   an email domain of the party, or {@code null}
 * @param evidence where it is named
 * @since 0.1.0
 */
public record Party(PartyRole role, String name, String domain, Evidence evidence) implements Fact {
}
