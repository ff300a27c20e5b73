package io.poerules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.fact.BusinessNeed;
import io.poerules.fact.Evidence;
import io.poerules.fact.Extraction;
import io.poerules.fact.MentionKind;
import io.poerules.fact.Organisation;
import io.poerules.fact.Party;
import io.poerules.fact.PartyMention;
import io.poerules.fact.PartyRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@code poe explain} names a fact: its type and fields, its evidence apart. */
class ExplanationTextTest {

    static final Evidence EVIDENCE = new Evidence("Customer: Contoso Ltd", 0, 21, 1, null);

    @Test
    void aFactIsItsTypeAndFieldsWithoutItsEvidence() {
        assertThat(ExplanationText.describe(new Party(PartyRole.CUSTOMER, "Contoso Ltd", null, EVIDENCE)))
                .isEqualTo("Party[role=CUSTOMER, name=Contoso Ltd, domain=null, organisation=null, aliases=[], domains=[], "
                        + "reason=]");
    }

    @Test
    void aFactWithOnlyEvidenceIsItsType() {
        assertThat(ExplanationText.describe(new BusinessNeed(EVIDENCE))).isEqualTo("BusinessNeed");
    }

    @Test
    void fieldsAfterTheEvidenceAreKept() {
        Extraction extraction = new Extraction("application/pdf", 2052, 1, false, EVIDENCE, true);

        assertThat(ExplanationText.describe(extraction))
                .isEqualTo("Extraction[contentType=application/pdf, characters=2052, parts=1, truncated=false, ocr=true]");
    }

    @Test
    void aListIsEachOfItsFactsInBrackets() {
        assertThat(ExplanationText.describe(List.of(new BusinessNeed(EVIDENCE),
                new Party(PartyRole.PARTNER, "Fabrikam Inc", null, EVIDENCE))))
                .isEqualTo("[BusinessNeed, Party[role=PARTNER, name=Fabrikam Inc, domain=null, organisation=null, aliases=[], "
                        + "domains=[], reason=]]");
    }

    @Test
    void thePartiesSayHowEachOrganisationWasFoundAndWhyItHasItsRole() {
        Organisation contoso = new Organisation("sow.pdf#1", "Contoso Ltd", List.of("Contoso"), List.of(), EVIDENCE);
        Organisation fabrikam = new Organisation("sow.pdf#2", "Fabrikam Inc", List.of(), List.of(), EVIDENCE);
        PartyMention label = new PartyMention("sow.pdf#1", "Contoso Ltd", MentionKind.LABEL, PartyRole.CUSTOMER,
                "Customer", 0, null, EVIDENCE);
        PartyMention term = new PartyMention("sow.pdf#1", "Contoso Ltd", MentionKind.DEFINED_TERM, PartyRole.UNKNOWN,
                "Contoso", 0, null, EVIDENCE);
        PartyMention letterhead = new PartyMention("sow.pdf#2", "Fabrikam Inc", MentionKind.LETTERHEAD,
                PartyRole.UNKNOWN, "", 0, null, EVIDENCE);
        Party customer = new Party(PartyRole.CUSTOMER, "Contoso Ltd", null, EVIDENCE, "sow.pdf#1", List.of("Contoso"),
                List.of(), "customer: labelled 'Customer' (10)");

        assertThat(ExplanationText.parties(List.of(label, term, letterhead, contoso, fabrikam), List.of(customer)))
                .isEqualTo("""

                        Parties (2):
                          CUSTOMER Contoso Ltd, also Contoso
                              why: customer: labelled 'Customer' (10)
                              found: LABEL 'Customer' page 1; DEFINED_TERM 'Contoso' page 1
                          no role Fabrikam Inc
                              found: LETTERHEAD page 1
                        """);
    }
}
