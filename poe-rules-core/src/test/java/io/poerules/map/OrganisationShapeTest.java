package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an organisation's name ends, and whether a name is an organisation's or a person's. */
class OrganisationShapeTest {

    private final OrganisationShape shape = new OrganisationShape(
            List.of("Ltd", "Limited", "plc", "GmbH", "GmbH & Co. KG", "Co.", "Lda", "Lda.", "sp. z o.o."),
            List.of("Credit Union", "University", "Council"),
            List.of("Solutions", "Consulting", "Cloud", "Services", "Logistics"),
            List.of("Director", "Managing Director", "Head of", "CIO", "Dr."),
            List.of("Accounts Payable"));

    @Test
    void bracketPlaceholdersAreNoName() {
        assertThat(shape.nameAt("[Customer Name]")).isNull();
        assertThat(shape.nameAt("<<Client>>")).isNull();
        assertThat(shape.nameAt("{{partner}}")).isNull();
        assertThat(shape.nameAt("[Partner Legal Entity] Ltd")).isNull();
        assertThat(shape.nameAt("[Harbourline Freight]")).isNull();
        assertThat(shape.nameAt("Contoso Ltd")).isEqualTo("Contoso Ltd");
    }

    @Test
    void businessWordMakesAnOrganisationOnlyAtTheNamesEnd() {
        assertThat(shape.isOrganisation("Contoso Solutions")).isTrue();
        assertThat(shape.isOrganisation("Harbourline Freight Logistics")).isTrue();
        assertThat(shape.isOrganisation("Cloud Workplace Move")).isFalse();
        assertThat(shape.isOrganisation("Solutions")).isFalse();
    }

    @Test
    void legalFormsAndOrganisationWordsMakeAnOrganisationAnywhere() {
        assertThat(shape.isOrganisation("Contoso Ltd")).isTrue();
        assertThat(shape.isOrganisation("Maplecrest Credit Union")).isTrue();
        assertThat(shape.isOrganisation("Council of Galway")).isTrue();
        assertThat(shape.isOrganisation("Ana Silva")).isFalse();
    }

    @Test
    void nameStopsBeforeALowerCaseWord() {
        assertThat(shape.nameAt("Harbourline Freight handles the warehouse move")).isEqualTo("Harbourline Freight");
        assertThat(shape.nameAt("Bank of Galway and Ennis")).isEqualTo("Bank of Galway and Ennis");
    }

    @Test
    void lowerCaseWordInsideALegalFormDoesNotEndTheName() {
        assertThat(shape.nameAt("Wisła Logistyka sp. z o.o.")).isEqualTo("Wisła Logistyka sp. z o.o.");
        assertThat(shape.nameAt("Harbourline Freight plc")).isEqualTo("Harbourline Freight plc");
    }

    @Test
    void legalFormAfterACommaOrWithAnAmpersandStaysInTheName() {
        assertThat(shape.nameAt("Ribamar Serviços, Lda")).isEqualTo("Ribamar Serviços, Lda");
        assertThat(shape.nameAt("Ribamar Serviços, Lda., Rua do Ouro 12, Lisboa")).isEqualTo("Ribamar Serviços, Lda.");
        assertThat(shape.nameAt("Gebr. Müller GmbH & Co. KG")).isEqualTo("Gebr. Müller GmbH & Co. KG");
        assertThat(shape.nameAt("Gebr. Müller GmbH & Co. KG, Hauptstraße 4")).isEqualTo("Gebr. Müller GmbH & Co. KG");
    }

    @Test
    void nameEndsAtItsLegalForm() {
        assertThat(shape.nameAt("Contoso Ltd trading as Contoso Cloud")).isEqualTo("Contoso Ltd");
        assertThat(shape.nameAt("Contoso Ltd, 12 Harbour Road, Galway")).isEqualTo("Contoso Ltd");
    }

    @Test
    void jobTitleBeforeACommaIsSkipped() {
        assertThat(shape.nameAt("Director, Contoso Ltd")).isEqualTo("Contoso Ltd");
        assertThat(shape.nameAt("Managing Director, Harbourline Freight Limited"))
                .isEqualTo("Harbourline Freight Limited");
        assertThat(shape.nameAt("Director")).isNull();
    }

    @Test
    void markdownEmphasisAroundANameIsStripped() {
        assertThat(shape.nameAt("**Contoso Ltd**")).isEqualTo("Contoso Ltd");
        assertThat(shape.nameAt("_Harbourline Freight Limited_")).isEqualTo("Harbourline Freight Limited");
        assertThat(shape.nameAt("*Maplecrest Credit Union*")).isEqualTo("Maplecrest Credit Union");
    }

    @Test
    void personNameDropsTheTitleAfterACommaOrInParentheses() {
        assertThat(shape.personName("Aoife Brennan, Director of Operations")).isEqualTo("Aoife Brennan");
        assertThat(shape.personName("Tan Wei Ming (CIO)")).isEqualTo("Tan Wei Ming");
        assertThat(shape.personName("J. R. Okafor")).isEqualTo("J. R. Okafor");
    }

    @Test
    void personNameIsNullForAnOrganisationADigitOrNoName() {
        assertThat(shape.personName("Contoso Ltd")).isNull();
        assertThat(shape.personName("Maplecrest Credit Union")).isNull();
        assertThat(shape.personName("Suite 400 Harbour Road")).isNull();
        assertThat(shape.personName("see attached schedule")).isNull();
    }
}
