package io.poerules.fact;

/**
 * A place where a document names an organisation that may be a party to the engagement, and what the
 * text there says of its role. The mapper finds mentions and groups those of one organisation into an
 * {@link Organisation}; the derivation rules weigh them into {@link RoleClaim}s and decide each
 * organisation's role ({@link Party}).
 *
 * @param organisation the id of the {@link Organisation} the mention belongs to
 * @param name         the name as written (a company name, a short name, or the label of an email domain)
 * @param kind         the kind of evidence
 * @param roleHint     the role the words of the mention give (a "Client" label, a "Supplier" defined term),
 *                     or {@link PartyRole#UNKNOWN} when they give none
 * @param cue          the words that make it a mention: the label, the defined term, the phrase ("will
 *                     deliver"), "reply", "first message" or "forward" for an email's sender; may be empty
 * @param order        the 1-based place of the organisation among the preamble's parties; 0 for other kinds
 * @param domain       the email domain the mention comes from (an email's sender or recipient), or {@code null}
 * @param evidence     where it is named
 * @since 0.1.0
 */
public record PartyMention(String organisation, String name, MentionKind kind, PartyRole roleHint, String cue,
                           int order, String domain, Evidence evidence) implements Fact {

    public PartyMention {
        roleHint = roleHint == null ? PartyRole.UNKNOWN : roleHint;
        cue = cue == null ? "" : cue;
    }

    /** A mention by name, without an email domain, of no organisation yet. */
    public PartyMention(String name, MentionKind kind, PartyRole roleHint, String cue, int order, Evidence evidence) {
        this(null, name, kind, roleHint, cue, order, null, evidence);
    }

    /** This mention, belonging to the given organisation. */
    public PartyMention of(String organisationId) {
        return new PartyMention(organisationId, name, kind, roleHint, cue, order, domain, evidence);
    }
}
