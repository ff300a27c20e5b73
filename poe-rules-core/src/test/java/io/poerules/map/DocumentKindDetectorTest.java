package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.DocumentType;
import io.poerules.fact.DocumentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentKindDetectorTest {

    private final DocumentKindDetector detector = new DocumentKindDetector(TestTexts.lexicon("""
            {
              "documentTypes": {
                "STATEMENT_OF_WORK": {"titles": ["Statement of Work", "SOW"], "phrases": ["this statement of work", "in scope"]},
                "PURCHASE_ORDER": {"titles": ["Purchase Order"], "phrases": ["purchase order", "unit price", "bill to", "ship to"]},
                "QUOTATION": {"titles": ["Quotation"], "phrases": ["valid until"]},
                "MASTER_SERVICE_AGREEMENT": {"titles": ["Master Services Agreement"], "phrases": ["this agreement"]},
                "OTHER_CONTRACT": {"titles": ["Services Agreement", "Agreement"],
                                   "phrases": ["governing law", "term and termination", "in witness whereof"]}
              }
            }"""));

    private DocumentKind detect(PartText text) {
        return detector.detect(List.of(text));
    }

    @Test
    void titleWinsOverPhrasesOfAnotherKind() {
        DocumentKind kind = detect(TestTexts.text("""
                Contoso Ltd
                Statement of Work
                Azure migration
                Prepared by Fabrikam Consulting
                1. Scope
                2. Deliverables
                3. Pricing
                4. Acceptance
                Licences are bought separately: bill to Contoso Ltd, ship to Contoso Ltd,
                at the unit price of the customer's purchase order."""));

        assertThat(kind.type()).isEqualTo(DocumentType.STATEMENT_OF_WORK);
        assertThat(kind.score()).isEqualTo(DocumentKindDetector.TITLE_WEIGHT);
        assertThat(kind.evidence().text()).isEqualTo("Statement of Work");
    }

    @Test
    void phrasesDecideWithoutATitle() {
        DocumentKind kind = detect(TestTexts.text("""
                Contoso Ltd
                Bill to: Contoso Ltd
                Ship to: Contoso warehouse
                Unit price: 12.00 USD"""));

        assertThat(kind.type()).isEqualTo(DocumentType.PURCHASE_ORDER);
        assertThat(kind.score()).isEqualTo(3);
        assertThat(kind.evidence().text()).isEqualTo("Bill to: Contoso Ltd");
    }

    @Test
    void samePhraseTwiceCountsOnce() {
        DocumentKind kind = detect(TestTexts.text("Valid until June. Quote valid until June. Unit price 1, bill to X"));

        assertThat(kind.type()).isEqualTo(DocumentType.PURCHASE_ORDER);
        assertThat(kind.score()).isEqualTo(2);
    }

    @Test
    void titleBelowTheFirstLinesIsOnlyAPhrase() {
        DocumentKind kind = detect(TestTexts.text("""
                1
                2
                3
                4
                5
                6
                7
                8
                Quotation
                Bill to: Contoso Ltd
                Unit price: 12.00 USD"""));

        assertThat(kind.type()).isEqualTo(DocumentType.PURCHASE_ORDER);
    }

    @Test
    void longerTitleOfAnotherKindOnTheSameLineWins() {
        DocumentKind kind = detect(TestTexts.text("""
                Master Services Agreement
                This Agreement is made between Contoso Ltd and Fabrikam Consulting.
                Term and Termination
                Governing Law
                IN WITNESS WHEREOF the parties have signed this Agreement."""));

        assertThat(kind.type()).isEqualTo(DocumentType.MASTER_SERVICE_AGREEMENT);
        assertThat(kind.score()).isEqualTo(DocumentKindDetector.TITLE_WEIGHT + 1);
        assertThat(kind.evidence().text()).isEqualTo("Master Services Agreement");
    }

    @Test
    void sentenceInTheFirstLinesIsNotATitle() {
        DocumentKind kind = detect(TestTexts.text("""
                Contoso Ltd
                This statement of work is issued under the purchase order below.
                In scope: migration of the file servers"""));

        assertThat(kind.type()).isEqualTo(DocumentType.STATEMENT_OF_WORK);
        assertThat(kind.score()).isEqualTo(2);
    }

    @Test
    void shorterTitleStillCountsOnALineOfItsOwn() {
        DocumentKind kind = detect(TestTexts.text("""
                Master Services Agreement
                Consulting Agreement
                Governing Law
                IN WITNESS WHEREOF the parties have signed."""));

        assertThat(kind.type()).isEqualTo(DocumentType.OTHER_CONTRACT);
        assertThat(kind.score()).isEqualTo(DocumentKindDetector.TITLE_WEIGHT + 2);
    }

    @Test
    void metadataTitleCounts() {
        DocumentKind kind = detect(new PartText(TestTexts.titled("Purchase Order 4471", "Contoso Ltd\nin scope")));

        assertThat(kind.type()).isEqualTo(DocumentType.PURCHASE_ORDER);
        assertThat(kind.evidence().text()).isEqualTo("Title: Purchase Order 4471");
    }

    @Test
    void emailPartIsAnEmail() {
        DocumentKind kind = detect(new PartText(TestTexts.email("jane@contoso.com", null, "Statement of Work sign-off",
                "Statement of Work\nWe approve this statement of work.")));

        assertThat(kind.type()).isEqualTo(DocumentType.EMAIL);
        assertThat(kind.evidence().text()).isEqualTo("Email: Statement of Work sign-off");
    }

    @Test
    void nothingMatchedIsUnknown() {
        DocumentKind kind = detect(TestTexts.text("Meeting notes\nWe discussed the weather."));

        assertThat(kind.type()).isEqualTo(DocumentType.UNKNOWN);
        assertThat(kind.score()).isZero();
    }
}
