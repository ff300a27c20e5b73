package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.fact.MentionKind;
import io.poerules.fact.PartyMention;
import io.poerules.fact.PartyRole;
import io.poerules.map.lexicon.Lexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A forwarded message says nothing of the roles of its sender and recipients. */
class EmailForwardTest {

    private static final Lexicon LEXICON = TestTexts.lexicon("""
            {
              "email": {
                "headerLabels": {
                  "FROM": ["From"], "SENT": ["Sent"], "TO": ["To"], "SUBJECT": ["Subject"]
                },
                "replyPrefixes": ["RE"],
                "forwardPrefixes": {"en": ["FW", "Fwd"], "de": ["WG"]}
              },
              "parties": {"legalForms": ["Ltd"], "freeMailProviders": ["gmail"]}
            }""");

    private static final String OWEN = "Owen Hart <owen.hart@corribadvisory.ie>";
    private static final String NIAMH = "Niamh Roche <niamh.roche@harbourline.co.uk>";

    private final EmailDetector detector = new EmailDetector(EmailWords.of(LEXICON),
            new OrganisationShape(LEXICON.legalForms(), LEXICON.organisationWords(), LEXICON.businessWords(),
                    LEXICON.personTitles(), LEXICON.departmentWords()),
            new DateParser(LEXICON.months(), LEXICON.dateConnectors(), LEXICON.dayFirstCues(),
                    LEXICON.monthFirstCues()));

    private List<PartyMention> mentions(String from, List<String> to, String subject, String body) {
        MappedFacts facts = new MappedFacts();
        detector.detect(new PartText(TestTexts.email(from, to, "2026-05-04T08:15:00Z", subject, body)), facts);
        return facts.ofType(PartyMention.class);
    }

    @Test
    void forwardToAnotherOrganisationHasTheForwardCueAndNoRoles() {
        for (String subject : List.of("FW: Cut-over plan", "Fwd: Cut-over plan", "WG: Cut-over plan")) {
            assertThat(mentions(OWEN, List.of(NIAMH), subject, "Niamh, the cut-over plan as promised."))
                    .as(subject)
                    .extracting(PartyMention::kind, PartyMention::domain, PartyMention::roleHint, PartyMention::cue)
                    .containsExactly(
                            tuple(MentionKind.EMAIL_SENDER, "corribadvisory.ie", PartyRole.UNKNOWN, "forward"),
                            tuple(MentionKind.EMAIL_COUNTERPART, "harbourline.co.uk", PartyRole.UNKNOWN, "forward"));
        }
    }

    @Test
    void sameMessageUnforwardedIsAFirstMessage() {
        assertThat(mentions(OWEN, List.of(NIAMH), "Cut-over plan", "Niamh, the cut-over plan as promised."))
                .extracting(PartyMention::kind, PartyMention::cue)
                .containsExactly(tuple(MentionKind.EMAIL_SENDER, "first message"),
                        tuple(MentionKind.EMAIL_COUNTERPART, "first message"));
    }

    @Test
    void forwardWithinOneOrganisationNamesNoParty() {
        assertThat(mentions(OWEN, List.of("Ciara Lynch <ciara.lynch@corribadvisory.ie>"), "FW: Cut-over plan",
                "Ciara, for the project file.")).isEmpty();
    }

    @Test
    void forwardOfAQuotedReplyKeepsTheReplysCueForTheQuotedMessage() {
        List<PartyMention> found = mentions(OWEN, List.of("Ciara Lynch <ciara.lynch@corribadvisory.ie>"),
                "FW: Cut-over plan", """
                        Ciara, Niamh's answer is below.

                        From: Niamh Roche <niamh.roche@harbourline.co.uk>
                        Sent: Friday, May 1, 2026 4:40 PM
                        To: Owen Hart <owen.hart@corribadvisory.ie>
                        Subject: RE: Cut-over plan

                        Thanks Owen, the plan works for us.
                        """);

        assertThat(found).extracting(PartyMention::kind, PartyMention::domain, PartyMention::cue)
                .containsExactly(
                        tuple(MentionKind.EMAIL_SENDER, "corribadvisory.ie", "forward"),
                        tuple(MentionKind.EMAIL_COUNTERPART, "harbourline.co.uk", "forward"),
                        tuple(MentionKind.EMAIL_SENDER, "harbourline.co.uk", "reply"),
                        tuple(MentionKind.EMAIL_COUNTERPART, "corribadvisory.ie", "reply"));
        assertThat(found).extracting(PartyMention::roleHint).containsOnly(PartyRole.UNKNOWN);
    }
}
