package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.api.DocumentType;
import io.poerules.api.Program;
import io.poerules.extract.DocumentPart;
import io.poerules.extract.ExtractedDocument;
import io.poerules.fact.DocumentKind;
import io.poerules.fact.Extraction;
import io.poerules.fact.Fact;
import io.poerules.fact.MentionKind;
import io.poerules.fact.Organisation;
import io.poerules.fact.Party;
import io.poerules.fact.PartyMention;
import io.poerules.fact.PartyRole;
import io.poerules.fact.Product;
import io.poerules.fact.ProgramKind;
import io.poerules.fact.SectionType;
import io.poerules.fact.ServiceItem;
import io.poerules.fact.ServiceItemKind;
import io.poerules.fact.SignatureBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactMapperTest {

    private static final String SHORT_PAGE_BUG = "bug: RunningLines.of throws IllegalArgumentException "
            + "(fromIndex(3) > toIndex(n)) for a paged part of two pages or more when a page has fewer than three lines "
            + "with text, so the whole document is a RULES_ERROR; a two-page PDF whose second page reads "
            + "'Azure Virtual Machines' cannot be mapped";

    private final FactMapper mapper = new FactMapper(TestTexts.lexicon("""
            {
              "documentTypes": {"STATEMENT_OF_WORK": {"titles": ["Statement of Work"], "phrases": []}},
              "products": [{"name": "Azure Virtual Machines", "program": "AZURE", "workload": "Compute", "aliases": []},
                           {"name": "Microsoft Azure", "program": "AZURE", "workload": "Azure", "aliases": ["Azure"],
                            "generic": true}],
              "parties": {"customerLabels": ["Customer", "Client"], "partnerLabels": ["Partner"], "legalForms": ["Ltd"]},
              "acknowledgement": {"signatureLabels": ["Signature"]},
              "sectionHeadings": {"DELIVERABLES": ["Deliverables"], "SCOPE": ["Scope of Work"]},
              "activityPhrases": ["migrate", "rebuild", "configure"],
              "deliverablePhrases": ["runbook"]
            }"""));

    private static DocumentPart notes(String text) {
        return new DocumentPart("notes.txt", 1, "text/plain", text, false, null, null, null);
    }

    private List<Fact> map(String source, DocumentPart... parts) {
        return mapper.map(new ExtractedDocument(source, "application/pdf", List.of(parts), List.of()), source);
    }

    private static <T> List<T> ofType(List<Fact> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void mapsEveryPartAndAddsOneKindProgramAndExtraction() {
        DocumentPart sow = TestTexts.paged("Statement of Work\nCustomer: Contoso Ltd", "Azure Virtual Machines");
        DocumentPart attachment = notes("Partner: Fabrikam Consulting");

        List<Fact> facts = mapper.map(new ExtractedDocument("sow.pdf", "application/pdf", List.of(sow, attachment),
                List.of()));

        assertThat(ofType(facts, PartyMention.class)).extracting(PartyMention::name, p -> p.evidence().part())
                .containsExactly(tuple("Contoso Ltd", null), tuple("Fabrikam Consulting", "notes.txt"));
        assertThat(facts).filteredOn(DocumentKind.class::isInstance).singleElement()
                .extracting(f -> ((DocumentKind) f).type()).isEqualTo(DocumentType.STATEMENT_OF_WORK);
    }

    @Test
    void everyFactNamesTheDocumentItComesFrom() {
        DocumentPart sow = TestTexts.paged("Statement of Work\nCustomer: Contoso Ltd\nSignature: /s/ Jane Doe",
                "Azure Virtual Machines");
        DocumentPart attachment = notes("Partner: Fabrikam Consulting");

        List<Fact> facts = mapper.map(new ExtractedDocument("docs/sow.pdf", "application/pdf",
                List.of(sow, attachment), List.of()), "docs/sow.pdf");

        assertThat(facts).hasSizeGreaterThan(5)
                .allSatisfy(f -> assertThat(f.evidence().source()).as(f.toString()).isEqualTo("docs/sow.pdf"));
    }

    @Test
    void mapsEveryPartOfPagesOfThreeLinesAndAddsOneKindProgramAndExtraction() {
        DocumentPart sow = TestTexts.paged("Statement of Work\nCustomer: Contoso Ltd\nPrepared in May",
                "Azure Virtual Machines\nin two regions\nwith backup");
        DocumentPart attachment = notes("Partner: Fabrikam Consulting");

        List<Fact> facts = mapper.map(new ExtractedDocument("sow.pdf", "application/pdf", List.of(sow, attachment),
                List.of()));

        assertThat(ofType(facts, PartyMention.class))
                .extracting(PartyMention::name, PartyMention::kind, PartyMention::roleHint, p -> p.evidence().part())
                .containsExactly(tuple("Contoso Ltd", MentionKind.LABEL, PartyRole.CUSTOMER, null),
                        tuple("Fabrikam Consulting", MentionKind.LABEL, PartyRole.PARTNER, "notes.txt"));
        assertThat(facts).as("the rules decide the parties, the mapper does not").noneMatch(Party.class::isInstance);
        assertThat(facts).filteredOn(DocumentKind.class::isInstance).singleElement()
                .extracting(f -> ((DocumentKind) f).type()).isEqualTo(DocumentType.STATEMENT_OF_WORK);
        assertThat(facts).filteredOn(ProgramKind.class::isInstance).singleElement()
                .extracting(f -> ((ProgramKind) f).program()).isEqualTo(Program.AZURE);
        assertThat(facts).filteredOn(Extraction.class::isInstance).singleElement().satisfies(f -> {
            Extraction x = (Extraction) f;
            assertThat(x.parts()).isEqualTo(2);
            assertThat(x.characters()).isEqualTo(sow.characters() + attachment.characters());
            assertThat(x.truncated()).isFalse();
            assertThat(x.evidence().text()).isEqualTo(
                    "Statement of Work Customer: Contoso Ltd Prepared in May Azure Virtual Machines in two regions with backup");
            assertThat(x.evidence().page()).isEqualTo(1);
        });
    }

    @Test
    void everyFactOfPagesOfThreeLinesNamesTheDocumentItComesFrom() {
        DocumentPart sow = TestTexts.paged("Statement of Work\nCustomer: Contoso Ltd\nSignature: /s/ Jane Doe",
                "Azure Virtual Machines\nin two regions\nwith backup");

        List<Fact> facts = map("docs/sow.pdf", sow, notes("Partner: Fabrikam Consulting"));

        assertThat(facts).hasSizeGreaterThan(5)
                .allSatisfy(f -> assertThat(f.evidence().source()).as(f.toString()).isEqualTo("docs/sow.pdf"));
    }

    @Test
    void everyMentionBelongsToAnOrganisationTheMapperAdds() {
        List<Fact> facts = map("docs/sow.txt", TestTexts.plain("""
                Statement of Work
                Customer: Contoso Ltd
                Partner: Fabrikam Consulting
                Client: Contoso Ltd"""));

        List<Organisation> organisations = ofType(facts, Organisation.class);
        assertThat(organisations).extracting(Organisation::name)
                .containsExactlyInAnyOrder("Contoso Ltd", "Fabrikam Consulting");
        assertThat(organisations).extracting(Organisation::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith("docs/sow.txt#"));
        Organisation contoso = organisations.stream().filter(o -> o.name().equals("Contoso Ltd")).findFirst().orElseThrow();
        assertThat(ofType(facts, PartyMention.class)).filteredOn(m -> m.name().equals("Contoso Ltd"))
                .extracting(PartyMention::organisation, PartyMention::cue)
                .containsExactly(tuple(contoso.id(), "Customer"), tuple(contoso.id(), "Client"));
    }

    @Test
    void organisationsOfTwoDocumentsHaveIdsOfTheirOwn() {
        List<Fact> sow = map("bundle/sow.txt", TestTexts.plain("Customer: Contoso Ltd\nPartner: Fabrikam Consulting"));
        List<Fact> po = map("bundle/po.txt", TestTexts.plain("Customer: Contoso Ltd\nPartner: Fabrikam Consulting"));

        assertThat(ofType(sow, Organisation.class)).extracting(Organisation::id)
                .doesNotContainAnyElementsOf(ofType(po, Organisation.class).stream().map(Organisation::id).toList());
    }

    @Test
    void aProductNameInsideAMentionedOrganisationsNameIsNoProduct() {
        List<Fact> facts = map("sow.txt", TestTexts.plain("""
                Client: Azure Bay Resorts Ltd
                Azure Bay Resorts moves its booking site to Azure Virtual Machines."""));

        assertThat(ofType(facts, Product.class)).extracting(Product::name).containsExactly("Azure Virtual Machines");
    }

    @Test
    void theLexiconsSectionHeadingsLabelInlineListsOfServiceItems() {
        List<Fact> facts = map("sow.txt", TestTexts.plain("""
                Scope of Work: migrate 180 tables to Azure SQL; rebuild the reporting cube; configure 40 reports
                Deliverables: migration design, runbook and training for the operations team."""));

        assertThat(ofType(facts, ServiceItem.class)).extracting(ServiceItem::kind, ServiceItem::section).containsExactly(
                tuple(ServiceItemKind.ACTIVITY, SectionType.SCOPE), tuple(ServiceItemKind.ACTIVITY, SectionType.SCOPE),
                tuple(ServiceItemKind.ACTIVITY, SectionType.SCOPE),
                tuple(ServiceItemKind.DELIVERABLE, SectionType.DELIVERABLES),
                tuple(ServiceItemKind.DELIVERABLE, SectionType.DELIVERABLES),
                tuple(ServiceItemKind.DELIVERABLE, SectionType.DELIVERABLES));
    }

    @Test
    void documentWithoutTextHasAnExtractionOfZeroCharacters() {
        List<Fact> facts = mapper.map(new ExtractedDocument("scan.pdf", "application/pdf",
                List.of(TestTexts.paged("", "")), List.of()));

        assertThat(facts).filteredOn(Extraction.class::isInstance).singleElement()
                .satisfies(f -> assertThat(((Extraction) f).hasText()).isFalse());
        assertThat(facts).filteredOn(SignatureBlock.class::isInstance).isEmpty();
    }
}
