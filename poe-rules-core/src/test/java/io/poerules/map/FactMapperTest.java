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
import io.poerules.fact.Party;
import io.poerules.fact.ProgramKind;
import io.poerules.fact.SignatureBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactMapperTest {

    private final FactMapper mapper = new FactMapper(TestTexts.lexicon("""
            {
              "documentTypes": {"STATEMENT_OF_WORK": {"titles": ["Statement of Work"], "phrases": []}},
              "products": [{"name": "Azure Virtual Machines", "program": "AZURE", "workload": "Compute", "aliases": []}],
              "parties": {"customerLabels": ["Customer"], "partnerLabels": ["Partner"]},
              "acknowledgement": {"signatureLabels": ["Signature"]}
            }"""));

    @Test
    void mapsEveryPartAndAddsOneKindProgramAndExtraction() {
        DocumentPart sow = TestTexts.paged("Statement of Work\nCustomer: Contoso Ltd", "Azure Virtual Machines");
        DocumentPart attachment = new DocumentPart("notes.txt", 1, "text/plain", "Partner: Fabrikam Consulting",
                false, null, null, null);

        List<Fact> facts = mapper.map(new ExtractedDocument("sow.pdf", "application/pdf", List.of(sow, attachment),
                List.of()));

        assertThat(facts).filteredOn(Party.class::isInstance).map(f -> (Party) f)
                .extracting(Party::name, p -> p.evidence().part())
                .containsExactly(tuple("Contoso Ltd", null),
                        tuple("Fabrikam Consulting", "notes.txt"));
        assertThat(facts).filteredOn(DocumentKind.class::isInstance).singleElement()
                .extracting(f -> ((DocumentKind) f).type()).isEqualTo(DocumentType.STATEMENT_OF_WORK);
        assertThat(facts).filteredOn(ProgramKind.class::isInstance).singleElement()
                .extracting(f -> ((ProgramKind) f).program()).isEqualTo(Program.AZURE);
        assertThat(facts).filteredOn(Extraction.class::isInstance).singleElement().satisfies(f -> {
            Extraction x = (Extraction) f;
            assertThat(x.parts()).isEqualTo(2);
            assertThat(x.characters()).isEqualTo(sow.characters() + attachment.characters());
            assertThat(x.truncated()).isFalse();
            assertThat(x.evidence().text()).isEqualTo("Statement of Work Customer: Contoso Ltd Azure Virtual Machines");
            assertThat(x.evidence().page()).isEqualTo(1);
        });
    }

    @Test
    void everyFactNamesTheDocumentItComesFrom() {
        DocumentPart sow = TestTexts.paged("Statement of Work\nCustomer: Contoso Ltd\nSignature: /s/ Jane Doe",
                "Azure Virtual Machines");
        DocumentPart attachment = new DocumentPart("notes.txt", 1, "text/plain", "Partner: Fabrikam Consulting",
                false, null, null, null);

        List<Fact> facts = mapper.map(new ExtractedDocument("docs/sow.pdf", "application/pdf",
                List.of(sow, attachment), List.of()), "docs/sow.pdf");

        assertThat(facts).hasSizeGreaterThan(5)
                .allSatisfy(f -> assertThat(f.evidence().source()).as(f.toString()).isEqualTo("docs/sow.pdf"));
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
