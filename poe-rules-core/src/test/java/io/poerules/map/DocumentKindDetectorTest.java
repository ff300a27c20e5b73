package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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

    /** Fifteen numbered lines above "Quotation" or sixteen: the first sixteen lines with text may hold the title. */
    private static PartText quotationAfterLines(int lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            text.append(i).append("\n\n");
        }
        return TestTexts.text(text + "Quotation\nBill to: Contoso Ltd\nUnit price: 12.00 USD");
    }

    @Test
    void titleOnTheSixteenthLineWithTextStillCounts() {
        DocumentKind kind = detect(quotationAfterLines(15));

        assertThat(kind.type()).isEqualTo(DocumentType.QUOTATION);
        assertThat(kind.score()).isEqualTo(DocumentKindDetector.TITLE_WEIGHT);
    }

    @Test
    void titleBelowTheFirstLinesIsOnlyAPhrase() {
        DocumentKind kind = detect(quotationAfterLines(16));

        assertThat(kind.type()).isEqualTo(DocumentType.PURCHASE_ORDER);
        assertThat(kind.score()).isEqualTo(2);
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
    void shorterTitleOnALineOfItsOwnBelowTheTitleIsASubtitle() {
        DocumentKind kind = detect(TestTexts.text("""
                Master Services Agreement
                Consulting Agreement
                Governing Law
                IN WITNESS WHEREOF the parties have signed."""));

        assertThat(kind.type()).as("the contract's subtitle (3) and two phrases weigh less than the MSA's title")
                .isEqualTo(DocumentType.MASTER_SERVICE_AGREEMENT);
        assertThat(kind.score()).isEqualTo(DocumentKindDetector.TITLE_WEIGHT);
        assertThat(kind.evidence().text()).isEqualTo("Master Services Agreement");
    }

    @Test
    void aSubtitleWeighsLessThanTheTitleAbove() {
        DocumentKind kind = detect(TestTexts.text("""
                Statement of Work
                Contoso Ltd
                Purchase Order
                Bill to: Contoso Ltd
                Unit price: 12.00 USD"""));

        assertThat(kind.type()).isEqualTo(DocumentType.STATEMENT_OF_WORK);
        assertThat(kind.score()).isEqualTo(DocumentKindDetector.TITLE_WEIGHT);
    }

    @Test
    void titleOnTheFirstTitleLineOutweighsPhrasesOfAnotherKindInRunningText() {
        DocumentKind kind = detect(TestTexts.text("""
                Quotation
                Contoso Ltd
                The licences follow the purchase order, bill to and ship to the head office, unit price as agreed."""));

        assertThat(kind.type()).isEqualTo(DocumentType.QUOTATION);
        assertThat(kind.score()).isEqualTo(DocumentKindDetector.TITLE_WEIGHT);
        assertThat(kind.evidence().text()).isEqualTo("Quotation");
    }

    @Test
    void phrasesCountAtMostThree() {
        DocumentKind kind = detect(TestTexts.text("""
                Contoso Ltd
                The licences follow the purchase order, bill to and ship to the head office, unit price as agreed."""));

        assertThat(kind.type()).isEqualTo(DocumentType.PURCHASE_ORDER);
        assertThat(kind.score()).isEqualTo(DocumentKindDetector.MAX_PHRASES);
    }

    @Test
    void markdownTitleIsTheTitleWhereverItStandsAmongTheFirstLines() {
        DocumentKind kind = detect(TestTexts.text("""
                Contoso Ltd
                Purchase Order 4471
                # Statement of Work
                Bill to: Contoso Ltd"""));

        assertThat(kind.type()).isEqualTo(DocumentType.STATEMENT_OF_WORK);
        assertThat(kind.score()).isEqualTo(DocumentKindDetector.TITLE_WEIGHT);
        assertThat(kind.evidence().text()).isEqualTo("# Statement of Work");
    }

    @Test
    void titleInsideAReferenceIsNoTitle() {
        DocumentKind kind = detect(TestTexts.text("""
                SOW-PA-001
                Quotation
                Contoso Ltd"""));

        assertThat(kind.type()).isEqualTo(DocumentType.QUOTATION);
        assertThat(kind.score()).isEqualTo(DocumentKindDetector.TITLE_WEIGHT);
    }

    @Test
    void metadataTitleCountsAsASubtitle() {
        DocumentKind kind = detect(new PartText(TestTexts.titled("Purchase Order 4471", "Contoso Ltd\nin scope")));

        assertThat(kind.type()).isEqualTo(DocumentType.PURCHASE_ORDER);
        assertThat(kind.score()).isEqualTo(DocumentKindDetector.SUBTITLE_WEIGHT);
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
        assertThat(kind.name()).isNull();
    }

    /** The lexicon above with kinds of documents that are no proof of execution. */
    private final DocumentKindDetector withOtherKinds = new DocumentKindDetector(TestTexts.lexicon("""
            {
              "documentTypes": {
                "STATEMENT_OF_WORK": {"titles": ["Statement of Work", "SOW"], "phrases": ["this statement of work", "in scope"]},
                "PURCHASE_ORDER": {"titles": ["Purchase Order"], "phrases": ["purchase order", "unit price", "bill to", "ship to"]},
                "OTHER_CONTRACT": {"titles": ["Services Agreement", "Agreement"],
                                   "phrases": ["governing law", "term and termination", "in witness whereof"]},
                "UNKNOWN": {"titles": ["Price List"], "phrases": []}
              },
              "otherKinds": {
                "invoice": {"titles": ["Invoice", "Tax Invoice"], "phrases": ["invoice number", "amount due"]},
                "marketing brochure": {"titles": ["Brochure", "Case Study"], "phrases": ["contact us", "learn more"]},
                "design document": {"titles": ["High-Level Design", "Design Document"], "phrases": ["design decisions"]},
                "meeting minutes": {"titles": ["Minutes", "Meeting Minutes"], "phrases": ["attendees", "action items"]},
                "non-disclosure agreement": {"titles": ["Non-Disclosure Agreement", "NDA"],
                                             "phrases": ["confidential information"]},
                "template": {"titles": ["Template"], "phrases": ["insert client name"]}
              }
            }"""));

    private DocumentKind detectOther(String text) {
        return withOtherKinds.detect(List.of(TestTexts.text(text)));
    }

    @Test
    void invoiceIsNamedButIsNoProofOfExecution() {
        DocumentKind kind = detectOther("""
                Tax Invoice
                Fabrikam Consulting Ltd
                Invoice number: INV-20417
                Amount due: 12,000.00 USD
                Bill to: Contoso Ltd""");

        assertThat(kind.type()).isEqualTo(DocumentType.UNKNOWN);
        assertThat(kind.name()).isEqualTo("invoice");
        assertThat(kind.score()).isEqualTo(DocumentKindDetector.TITLE_WEIGHT + 2);
        assertThat(kind.evidence().text()).isEqualTo("Tax Invoice");
    }

    @Test
    void invoiceForAStatementOfWorkIsStillAnInvoice() {
        DocumentKind kind = detectOther("""
                Invoice
                Statement of Work SOW 7, milestone 2
                Invoice number: INV-20418""");

        assertThat(kind.type()).isEqualTo(DocumentType.UNKNOWN);
        assertThat(kind.name()).isEqualTo("invoice");
    }

    @Test
    void brochureDesignMinutesAndNdaAreNamedByTheirTitles() {
        assertThat(List.of(
                detectOther("Case Study\nHow Contoso moved to Azure\nContact us to learn more."),
                detectOther("High-Level Design\nContoso landing zone\nThe design decisions are listed below."),
                detectOther("Meeting Minutes\nSteering committee, 14 May\nAttendees: Jane Doe, Sam Lee"),
                detectOther("Non-Disclosure Agreement\nGoverning Law\nConfidential information means any data.")))
                .extracting(DocumentKind::type, DocumentKind::name).containsExactly(
                        tuple(DocumentType.UNKNOWN, "marketing brochure"),
                        tuple(DocumentType.UNKNOWN, "design document"),
                        tuple(DocumentType.UNKNOWN, "meeting minutes"),
                        tuple(DocumentType.UNKNOWN, "non-disclosure agreement"));
    }

    @Test
    void titlesTheLexiconGivesForUnknownAreNoProofOfExecution() {
        DocumentKind kind = detectOther("Price List\nAzure Virtual Desktop, per user per month");

        assertThat(kind.type()).isEqualTo(DocumentType.UNKNOWN);
        assertThat(kind.name()).isEqualTo("not a proof of execution");
    }

    @Test
    void placeholdersMakeATemplateOfAStatementOfWork() {
        DocumentKind kind = detectOther("""
                Statement of Work
                Customer: [Client Name]
                Prepared by <<Partner>>
                Date: DD/MM/YYYY""");

        assertThat(kind.type()).isEqualTo(DocumentType.UNKNOWN);
        assertThat(kind.name()).isEqualTo("template");
        assertThat(kind.score()).as("three placeholders weigh 8, more than the title").isEqualTo(8);
        assertThat(kind.evidence().text()).isEqualTo("Customer: [Client Name]");
    }

    @Test
    void twoPlaceholdersDoNotMakeATemplate() {
        DocumentKind kind = detectOther("""
                Statement of Work
                Customer: [Client Name]
                Date: DD/MM/YYYY""");

        assertThat(kind.type()).isEqualTo(DocumentType.STATEMENT_OF_WORK);
        assertThat(kind.name()).isNull();
    }

    @Test
    void aKindOfProofOfExecutionHasNoName() {
        DocumentKind kind = detectOther("Purchase Order\nBill to: Contoso Ltd");

        assertThat(kind.type()).isEqualTo(DocumentType.PURCHASE_ORDER);
        assertThat(kind.name()).isNull();
    }

    private final DocumentKindDetector withTopicWords = new DocumentKindDetector(TestTexts.lexicon("""
            {
              "titleTopicWords": {"en": ["a", "an"], "de": ["ein"]},
              "documentTypes": {
                "STATEMENT_OF_WORK": {"titles": ["Statement of Work"], "phrases": []},
                "QUOTATION": {"titles": ["Angebot"], "phrases": []},
                "PROOF_OF_CONCEPT_REPORT": {"titles": ["Proof of Concept"], "phrases": ["success criteria"]}
              },
              "otherKinds": {
                "training material": {"titles": ["Module"], "phrases": ["learning objectives"]}
              }
            }"""));

    @Test
    void titleAfterAnIndefiniteArticleIsTheTopicOfTheLineNotTheTitle() {
        DocumentKind guide = withTopicWords.detect(List.of(TestTexts.text("""
                How to design a proof of concept
                Learning objectives""")));
        DocumentKind report = withTopicWords.detect(List.of(TestTexts.text("""
                Proof of Concept Report
                Success criteria""")));
        DocumentKind german = withTopicWords.detect(List.of(TestTexts.text("Wie man ein Angebot schreibt\nModul 3")));

        assertThat(guide.type()).isEqualTo(DocumentType.UNKNOWN);
        assertThat(guide.name()).isEqualTo("training material");
        assertThat(report.type()).isEqualTo(DocumentType.PROOF_OF_CONCEPT_REPORT);
        assertThat(german.type()).isEqualTo(DocumentType.UNKNOWN);
    }

    @Test
    void aCapitalLetterAloneIsALabelNotAnArticle() {
        DocumentKind kind = withTopicWords.detect(List.of(TestTexts.text("Schedule A Statement of Work\nContoso Ltd")));

        assertThat(kind.type()).isEqualTo(DocumentType.STATEMENT_OF_WORK);
    }
}
