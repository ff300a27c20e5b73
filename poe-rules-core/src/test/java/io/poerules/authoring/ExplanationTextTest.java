package io.poerules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.fact.BusinessNeed;
import io.poerules.fact.Evidence;
import io.poerules.fact.Extraction;
import io.poerules.fact.Party;
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
}
