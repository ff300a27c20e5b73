package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.fact.MentionKind;
import io.poerules.fact.PartyMention;
import io.poerules.fact.PartyRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parties a contract's preamble introduces, however its lines and addresses are laid out. */
class PreambleTest {

    private final RoleWords roles = new RoleWords(List.of("Customer", "Client"), List.of("Supplier", "Wykonawca"));
    private final OrganisationShape shape = new OrganisationShape(
            List.of("Ltd", "Limited", "sp. z o.o.", "S.A."), List.of("Credit Union"), List.of("Advisory", "Logistics"),
            List.of("Director"), List.of());
    private final Preamble preamble = new Preamble(List.of("by and between", "between", "pomiędzy"),
            List.of("issued by"), List.of("and", "to", "oraz"), roles, shape);

    private List<PartyMention> parties(String text) {
        return preamble.find(TestTexts.text(text)).stream().filter(m -> m.kind() == MentionKind.PREAMBLE).toList();
    }

    @Test
    void partiesOnOneLineAreReadInOrder() {
        assertThat(parties("This Statement of Work is entered into by and between Harbourline Freight Limited, "
                + "a company registered in England, and Corrib Advisory Ltd, of Galway."))
                .extracting(PartyMention::name, PartyMention::order, PartyMention::cue)
                .containsExactly(tuple("Harbourline Freight Limited", 1, "by and between"),
                        tuple("Corrib Advisory Ltd", 2, "by and between"));
    }

    @Test
    void partiesGoOnPastABlankLineAfterAComma() {
        assertThat(parties("""
                This Statement of Work is entered into by and between Harbourline Freight Limited,

                a company registered in England with number 0412 7788, and Corrib Advisory Ltd, of Galway.
                """))
                .extracting(PartyMention::name, PartyMention::order)
                .containsExactly(tuple("Harbourline Freight Limited", 1), tuple("Corrib Advisory Ltd", 2));
    }

    @Test
    void partiesGoOnPastABlankLineBeforeTheConjunction() {
        assertThat(parties("""
                This Statement of Work is entered into by and between Harbourline Freight Limited of Dock Road, Tilbury

                and

                Corrib Advisory Ltd of Galway, Ireland.
                """))
                .extracting(PartyMention::name, PartyMention::order)
                .containsExactly(tuple("Harbourline Freight Limited", 1), tuple("Corrib Advisory Ltd", 2));
    }

    @Test
    void partiesWithTermsGoOnPastABlankLineBeforeTheConjunction() {
        List<PartyMention> found = preamble.find(TestTexts.text("""
                This Statement of Work is made by and between Harbourline Freight Limited (the "Customer")

                and Corrib Advisory Ltd (the "Supplier").
                """));

        assertThat(found).filteredOn(m -> m.kind() == MentionKind.PREAMBLE)
                .extracting(PartyMention::name, PartyMention::roleHint)
                .containsExactly(tuple("Harbourline Freight Limited", PartyRole.CUSTOMER),
                        tuple("Corrib Advisory Ltd", PartyRole.PARTNER));
        assertThat(found).filteredOn(m -> m.kind() == MentionKind.DEFINED_TERM)
                .extracting(PartyMention::name, PartyMention::cue)
                .containsExactly(tuple("Harbourline Freight Limited", "Customer"), tuple("Corrib Advisory Ltd", "Supplier"));
    }

    @Test
    void blankLineWithoutACommaOrAConjunctionEndsThePreamble() {
        assertThat(parties("""
                This Statement of Work is entered into by and between Harbourline Freight Limited of Dock Road

                Corrib Advisory Ltd and Maplecrest Credit Union agree the plan below.
                """)).isEmpty();
    }

    @Test
    void lowerCaseAbbreviationInAPolishAddressDoesNotEndTheParty() {
        assertThat(parties("Umowa zawarta pomiędzy Wisła Logistyka sp. z o.o., ul. Długa 5, 00-238 Warszawa, "
                + "oraz Corrib Advisory Ltd z siedzibą w Galway. Strony ustalają, co następuje."))
                .extracting(PartyMention::name, PartyMention::order)
                .containsExactly(tuple("Wisła Logistyka sp. z o.o.", 1), tuple("Corrib Advisory Ltd", 2));
        assertThat(parties("Umowa zawarta pomiędzy Corrib Advisory Ltd z siedzibą w Galway "
                + "oraz Bałtyk Logistyka S.A., al. Grunwaldzka 12, Gdańsk (Wykonawca)."))
                .extracting(PartyMention::name, PartyMention::roleHint)
                .containsExactly(tuple("Corrib Advisory Ltd", PartyRole.UNKNOWN),
                        tuple("Bałtyk Logistyka S.A.", PartyRole.PARTNER));
    }

    @Test
    void markerThatEndsAShortHeadingLineIsNoPreamble() {
        assertThat(parties("""
                Parties to this agreement between

                Harbourline Freight Limited and Corrib Advisory Ltd agree as follows.
                """)).isEmpty();
        assertThat(parties("""
                ## Who this agreement is between
                Harbourline Freight Limited and Corrib Advisory Ltd agree as follows.
                """)).isEmpty();
    }

    @Test
    void markerBeforeAColonOrAtTheEndOfALongLineIntroducesTheParties() {
        assertThat(parties("""
                Parties to this agreement between:

                Harbourline Freight Limited and Corrib Advisory Ltd agree as follows.
                """)).extracting(PartyMention::name)
                .containsExactly("Harbourline Freight Limited", "Corrib Advisory Ltd");
        assertThat(parties("""
                This Statement of Work for the warehouse migration is made between
                Harbourline Freight Limited and Corrib Advisory Ltd on the terms below.
                """)).extracting(PartyMention::name)
                .containsExactly("Harbourline Freight Limited", "Corrib Advisory Ltd");
    }

    @Test
    void issuerMarkerAlsoNamesTheIssuer() {
        List<PartyMention> found = preamble.find(TestTexts.text(
                "This purchase order is issued by Northwind Traders Ltd to Fabrikam Advisory Ltd under the framework."));

        assertThat(found).extracting(PartyMention::name, PartyMention::kind, PartyMention::order)
                .containsExactlyInAnyOrder(tuple("Northwind Traders Ltd", MentionKind.PREAMBLE, 1),
                        tuple("Fabrikam Advisory Ltd", MentionKind.PREAMBLE, 2),
                        tuple("Northwind Traders Ltd", MentionKind.ISSUER, 0));
    }

    @Test
    void partiesAfterTheirOwnLabelsWithTermsInGuillemetsAfterAnIntroducingWord() {
        assertThat(preamble.find(TestTexts.text("""
                Between:

                FIRST PARTY: Harbourline Freight Limited, of Dock Road, Tilbury, hereinafter referred to as «Client»;

                and

                SECOND PARTY: Corrib Advisory Ltd, of Galway, hereinafter referred to as « Supplier »;
                """)))
                .extracting(PartyMention::name, PartyMention::kind, PartyMention::roleHint)
                .containsExactly(tuple("Harbourline Freight Limited", MentionKind.PREAMBLE, PartyRole.CUSTOMER),
                        tuple("Harbourline Freight Limited", MentionKind.DEFINED_TERM, PartyRole.CUSTOMER),
                        tuple("Corrib Advisory Ltd", MentionKind.PREAMBLE, PartyRole.PARTNER),
                        tuple("Corrib Advisory Ltd", MentionKind.DEFINED_TERM, PartyRole.PARTNER));
    }
}
