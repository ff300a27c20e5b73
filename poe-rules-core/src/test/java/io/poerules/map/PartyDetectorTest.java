package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.fact.Party;
import io.poerules.fact.PartyRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartyDetectorTest {

    private final PartyDetector detector = new PartyDetector(
            List.of("Customer", "Customer Name", "Client", "Prepared for"),
            List.of("Partner", "Prepared by", "Service Provider"));
    private final Sections noSections = new Sections(Map.of());

    private List<Party> parties(String text) {
        return TestTexts.detect(detector, noSections, text).ofType(Party.class);
    }

    @Test
    void labelledLinesNameCustomerAndPartner() {
        List<Party> parties = parties("""
                Statement of Work
                Customer Name: Contoso Ltd
                Prepared by: Fabrikam Consulting
                """);

        assertThat(parties).extracting(Party::role, Party::name).containsExactly(
                tuple(PartyRole.CUSTOMER, "Contoso Ltd"),
                tuple(PartyRole.PARTNER, "Fabrikam Consulting"));
        assertThat(parties.get(0).evidence().text()).isEqualTo("Customer Name: Contoso Ltd");
        assertThat(parties.get(0).evidence().start()).isEqualTo(18);
    }

    @Test
    void labelledValueStopsAtTheNextColumn() {
        assertThat(parties("Client: Contoso Ltd    Date: 4 March 2026"))
                .singleElement().extracting(Party::name).isEqualTo("Contoso Ltd");
        assertThat(parties("Service Provider - Fabrikam Consulting\tPhone: 555 0100"))
                .singleElement().satisfies(p -> {
                    assertThat(p.role()).isEqualTo(PartyRole.PARTNER);
                    assertThat(p.name()).isEqualTo("Fabrikam Consulting");
                });
    }

    @Test
    void definedTermSearchFindsWhatTheExpressionFinds() {
        List<String> pieces = List.of("Contoso Ltd", "Fabrikam Consulting Services Limited of Reading", " ", "  ", "\n",
                "\t", ",", "(", ")", "\"Customer\"", "“Partner”", "'Tailspin'", "the ", "hereinafter ",
                "referred to as ", " or ", "A", "x", "é", "ELEVEN WORDS OF UPPER CASE TEXT HERE TO STRETCH A NAME OUT",
                "lower case words that go on for a while, and then some more of them ");
        java.util.Random random = new java.util.Random(7);
        int withTerms = 0;
        for (int round = 0; round < 10_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i >= 0; i--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            List<List<Integer>> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = PartyDetector.DEFINED_TERM.matcher(text);
            while (m.find()) {
                expected.add(List.of(m.start(), m.end()));
            }
            List<List<Integer>> found = new java.util.ArrayList<>();
            PartyDetector.DefinedTerms terms = new PartyDetector.DefinedTerms(text.toString());
            while (terms.find()) {
                found.add(List.of(terms.match.start(), terms.match.end()));
            }
            assertThat(found).as("in \"%s\"", text).isEqualTo(expected);
            withTerms += expected.isEmpty() ? 0 : 1;
        }
        assertThat(withTerms).as("texts holding a defined term").isGreaterThan(400);
    }

    @Test
    void definedTermsNameBothParties() {
        List<Party> parties = parties("This Statement of Work is entered into between Contoso Ltd (\"Customer\") "
                + "and Fabrikam Consulting (the “Partner”) on 4 March 2026.");

        assertThat(parties).extracting(Party::role, Party::name).containsExactly(
                tuple(PartyRole.CUSTOMER, "Contoso Ltd"),
                tuple(PartyRole.PARTNER, "Fabrikam Consulting"));
        assertThat(parties.get(0).evidence().text()).isEqualTo("This Statement of Work is entered into between "
                + "Contoso Ltd (\"Customer\")");
    }

    @Test
    void definedTermWithAnAlternativeNameNamesTheParty() {
        assertThat(parties("And: Tailspin Consulting LLC (\"Tailspin\" or \"Partner\")"))
                .extracting(Party::role, Party::name).containsExactly(tuple(PartyRole.PARTNER, "Tailspin Consulting LLC"));
    }

    @Test
    void definedTermDropsTheDescriptionAfterTheName() {
        assertThat(parties("""
                (1) Margie's Travel Limited, a company registered in England and Wales (the "Customer"); and
                (2) Contoso Ltd, a Delaware corporation ("Partner").
                """)).extracting(Party::role, Party::name).containsExactly(
                tuple(PartyRole.CUSTOMER, "Margie's Travel Limited"),
                tuple(PartyRole.PARTNER, "Contoso Ltd"));
    }

    @Test
    void twoCellTableRowWithALabelCellNamesTheParty() {
        assertThat(parties("Customer\tContoso Clinics Ltd\nPartner\tNorthwind Cloud Solutions Ltd\nDate\t5 October 2026"))
                .extracting(Party::role, Party::name).containsExactly(
                        tuple(PartyRole.CUSTOMER, "Contoso Clinics Ltd"),
                        tuple(PartyRole.PARTNER, "Northwind Cloud Solutions Ltd"));
    }

    @Test
    void tableCellThatIsNoNameIsNotAParty() {
        assertThat(parties("""
                Customer\tPartner
                Customer\tprovides access to the tenant
                Partner\tRuns the migration waves, tests each wave and hands over to operations.
                """)).isEmpty();
    }

    @Test
    void tableRowInAWorkSectionIsNotAParty() {
        PartyDetector d = new PartyDetector(List.of("Customer"), List.of("Partner"));
        assertThat(TestTexts.detect(d, new Sections(Map.of(io.poerules.fact.SectionType.ROLES, List.of("Responsibilities"))),
                "Responsibilities\nCustomer\tIT Operations Team\n").ofType(Party.class)).isEmpty();
    }

    @Test
    void definedTermWithOtherWordIsNotAParty() {
        assertThat(parties("Contoso Ltd (\"Licensee\") agrees to the terms.")).isEmpty();
    }

    @Test
    void blankOrPlaceholderValuesAreIgnored() {
        assertThat(parties("""
                Customer: ____________
                Customer Name: [Customer Name]
                Client:
                Partner: TBD
                Prepared for: N/A
                """)).isEmpty();
    }

    @Test
    void labelWithoutColonIsNotALabel() {
        assertThat(parties("Customer acknowledges the services were delivered.\nPartner Signature: ______")).isEmpty();
    }

    @Test
    void labelMustStartTheLine() {
        assertThat(parties("Send the invoice to the Customer: Contoso Ltd")).isEmpty();
    }

    @Test
    void cleanNameRemovesQuotesArticleAndTrailingPunctuation() {
        assertThat(PartyDetector.cleanName(" \"The Contoso Group\", ")).isEqualTo("Contoso Group");
        assertThat(PartyDetector.cleanName("___")).isNull();
        assertThat(PartyDetector.cleanName("tbd")).isNull();
        assertThat(PartyDetector.cleanName("X")).isNull();
    }
}
