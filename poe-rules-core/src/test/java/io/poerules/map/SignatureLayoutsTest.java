package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.fact.PartyMention;
import io.poerules.fact.PartyRole;
import io.poerules.fact.SignatureBlock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Layouts of signature and acceptance blocks: labels under and over their values, headings, acceptances. */
class SignatureLayoutsTest {

    /** A small lexicon with the words of each layout. */
    private static final String LEXICON = """
            {
              "acknowledgement": {
                "signatureLabels": {"en": ["Signature", "By"], "de": ["Unterschrift"], "fr": ["Signature"],
                    "it": ["Firma", "Timbro e firma"]},
                "nameLabels": {"en": ["Name"], "fr": ["Nom"]},
                "titleLabels": {"en": ["Title"]},
                "dateLabels": {"en": ["Date"], "de": ["Datum"], "fr": ["Date"], "it": ["Data", "Luogo e data"],
                    "nl": ["Datum"]},
                "companyLabels": {"en": ["Company"]},
                "acceptanceLabels": {"en": ["Accepted by", "Accepted for", "Accepted and agreed", "Customer acceptance"],
                    "it": ["Per accettazione"], "nl": ["Voor akkoord"], "fr": ["Bon pour accord", "Lu et approuvé"]},
                "electronicSignatureMarkers": ["/s/"]
              },
              "parties": {
                "customerLabels": {"en": ["Customer", "Client"], "de": ["Auftraggeber"], "it": ["Committente"],
                    "nl": ["Opdrachtgever"]},
                "partnerLabels": {"en": ["Partner", "Supplier"], "it": ["Fornitore"], "nl": ["Opdrachtnemer"],
                    "fr": ["Prestataire"]},
                "legalForms": ["Ltd", "Limited", "GmbH", "S.p.A.", "B.V."],
                "onBehalfPhrases": {"en": ["for and on behalf of", "for"], "de": ["für den"], "fr": ["pour le"]},
                "conjunctions": {"en": ["and"], "fr": ["et"]},
                "personTitles": ["Director", "Dr."]
              },
              "dates": {
                "months": {"MARCH": {"en": ["March"], "it": ["marzo"], "fr": ["mars"]}},
                "dayFirstCues": ["Ltd", "GmbH"]
              }
            }
            """;

    private final SignatureDetector detector = TestTexts.signatureDetector(TestTexts.lexicon(LEXICON));

    private MappedFacts facts(String text) {
        return TestTexts.detect(detector, new Sections(Map.of()), text);
    }

    private List<SignatureBlock> blocks(String text) {
        return facts(text).ofType(SignatureBlock.class);
    }

    // Labels under and over their values

    @Test
    void signatureWrittenAboveItsLabelSignsTheBlockOfThePrintedNameBelow() {
        assertThat(blocks("""
                Für den Auftraggeber
                U. Kesselbach
                Unterschrift
                Dr. Ulrike Kesselbach, Geschäftsführerin
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::party)
                .containsExactly(tuple(PartyRole.CUSTOMER, true, "Ulrike Kesselbach", "Auftraggeber"));
    }

    @Test
    void labelsOverTheirValuesInAFormAreReadAsLabelledFields() {
        assertThat(blocks("""
                CUSTOMER
                SIGNATURE
                G Trinh
                NAME
                Grace Trinh
                DATE
                4 March 2026
                """)).singleElement().satisfies(b -> {
                    assertThat(b.role()).isEqualTo(PartyRole.CUSTOMER);
                    assertThat(b.signed()).isTrue();
                    assertThat(b.signer()).isEqualTo("G Trinh");
                    assertThat(b.date()).isEqualTo(LocalDate.of(2026, 3, 4));
                    assertThat(b.party()).isEqualTo("CUSTOMER");
                });
    }

    @Test
    void labelJoinedToASecondWordByAConjunctionIsReadAsItsFirstLabel() {
        assertThat(blocks("""
                Pour le Client
                Signature et cachet : Claire Martin
                Date : 4 mars 2026
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, true, "Claire Martin", LocalDate.of(2026, 3, 4)));
    }

    @Test
    void jobTitleAsALabelNamesTheSigner() {
        assertThat(blocks("""
                For and on behalf of Wharfedale Supplies Ltd
                Signature: ____________
                Director: Helen Ackroyd
                Date: 4 March 2026
                """)).extracting(SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date, SignatureBlock::party)
                .containsExactly(tuple(true, "Helen Ackroyd", LocalDate.of(2026, 3, 4), "Wharfedale Supplies Ltd"));
    }

    // Place and date

    @Test
    void placeAndDateLineAboveTheCaptionDatesTheSignedBlock() {
        assertThat(blocks("""
                Hamburg, 12.03.2026
                Für den Auftraggeber
                Unterschrift: /s/ Jana Weber
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, true, "Jana Weber", LocalDate.of(2026, 3, 12)));
    }

    @Test
    void placeAndDateLineAboveTheCaptionDoesNotSignABlankBlock() {
        assertThat(blocks("""
                Hamburg, 12.03.2026
                Für den Auftraggeber
                Unterschrift: ______________
                """)).extracting(SignatureBlock::signed, SignatureBlock::date).containsExactly(tuple(false, null));
    }

    @Test
    void placeAndDateLineUnderTheSignatureDatesTheBlock() {
        assertThat(blocks("""
                Für den Auftraggeber
                Unterschrift: /s/ Jana Weber
                Hamburg, 12.03.2026
                """)).extracting(SignatureBlock::signed, SignatureBlock::date)
                .containsExactly(tuple(true, LocalDate.of(2026, 3, 12)));
    }

    // One party's table under its heading

    @Test
    void onePartysTableUnderItsHeadingIsOneBlockDatedByThePlaceAndDateBesideTheSignature() {
        assertThat(blocks("""
                PER ACCETTAZIONE
                Il Committente – Ceramiche Val di Brenta S.p.A.
                Luogo e data: Bassano del Grappa, 4 marzo 2026\tTimbro e firma: Giulia Bernardi
                """)).singleElement().satisfies(b -> {
                    assertThat(b.role()).isEqualTo(PartyRole.CUSTOMER);
                    assertThat(b.signed()).isTrue();
                    assertThat(b.signer()).isEqualTo("Giulia Bernardi");
                    assertThat(b.date()).isEqualTo(LocalDate.of(2026, 3, 4));
                    assertThat(b.party()).isEqualTo("Il Committente");
                });
    }

    @Test
    void evidenceOfOnePartysTableIsItsHeadingAndItsRowsOnce() {
        assertThat(blocks("""
                PER ACCETTAZIONE
                Il Committente – Ceramiche Val di Brenta S.p.A.
                Luogo e data: Bassano del Grappa, 4 marzo 2026\tTimbro e firma: Giulia Bernardi
                """)).singleElement().satisfies(b -> assertThat(b.evidence().text()).isEqualTo(
                "PER ACCETTAZIONE Il Committente – Ceramiche Val di Brenta S.p.A. "
                        + "Luogo e data: Bassano del Grappa, 4 marzo 2026 Timbro e firma: Giulia Bernardi"));
    }

    // Acceptances

    @Test
    void acceptanceHeadingOverACaptionAndASignatureLineIsTheirContextNotABlock() {
        MappedFacts facts = facts("""
                CUSTOMER ACCEPTANCE
                For and on behalf of Contoso Ltd
                Signature: /s/ Jane Doe
                Name: Jane Doe
                Date: 4 March 2026
                """);

        assertThat(facts.ofType(SignatureBlock.class)).singleElement().satisfies(b -> {
            assertThat(b.role()).isEqualTo(PartyRole.CUSTOMER);
            assertThat(b.signed()).isTrue();
            assertThat(b.signer()).isEqualTo("Jane Doe");
            assertThat(b.date()).isEqualTo(LocalDate.of(2026, 3, 4));
            assertThat(b.party()).isEqualTo("Contoso Ltd");
            assertThat(b.evidence().text()).startsWith("For and on behalf of Contoso Ltd");
        });
        assertThat(facts.ofType(PartyMention.class)).extracting(PartyMention::name, PartyMention::roleHint)
                .containsExactly(tuple("Contoso Ltd", PartyRole.CUSTOMER));
    }

    @Test
    void acceptanceHeadingOverNameSignatureAndDateLinesIsOneCustomerBlock() {
        assertThat(blocks("""
                ACCEPTED AND AGREED
                Name: Jane Doe
                Signature: /s/ Jane Doe
                Date: 4 March 2026
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, true, "Jane Doe", LocalDate.of(2026, 3, 4)));
    }

    @Test
    void acceptanceHeadingWithoutARoleWordOverCaptionsLeavesTheRoleToTheRules() {
        // the heading may stand over both parties' blocks, the partner's first: only the rules can tell
        assertThat(blocks("""
                ACCEPTED AND AGREED
                For and on behalf of Fabrikam Consulting Ltd
                Signature: /s/ Sam Lee
                Date: 3 March 2026
                For and on behalf of Contoso Ltd
                Signature: /s/ Jane Doe
                Date: 4 March 2026
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::party)
                .containsExactly(tuple(PartyRole.UNKNOWN, true, "Fabrikam Consulting Ltd"),
                        tuple(PartyRole.UNKNOWN, true, "Contoso Ltd"));
    }

    @Test
    void acceptanceInQuotationMarksIsTheCustomersAcceptance() {
        assertThat(blocks("""
                «Per accettazione»
                Firma: Giulia Bernardi
                Data: 4 marzo 2026
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, true, "Giulia Bernardi", LocalDate.of(2026, 3, 4)));
    }

    @Test
    void acceptanceWordsInARowInQuotationMarksAreOneAcceptance() {
        assertThat(blocks("""
                « Lu et approuvé, bon pour accord »
                Nom : Claire Martin
                Date : 4 mars 2026
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, true, "Claire Martin", LocalDate.of(2026, 3, 4)));
    }

    @Test
    void acceptanceForARoleWithTheCompanyAndTheSignedNameUnderIt() {
        MappedFacts facts = facts("""
                Voor akkoord opdrachtgever
                Zuidkust Logistiek B.V.
                R. de Wit
                Datum: 21-04-2026
                """);

        assertThat(facts.ofType(SignatureBlock.class)).singleElement().satisfies(b -> {
            assertThat(b.role()).isEqualTo(PartyRole.CUSTOMER);
            assertThat(b.signed()).isTrue();
            assertThat(b.signer()).isEqualTo("R. de Wit");
            assertThat(b.date()).isEqualTo(LocalDate.of(2026, 4, 21));
            assertThat(b.party()).isEqualTo("Zuidkust Logistiek B.V.");
        });
        assertThat(facts.ofType(PartyMention.class)).extracting(PartyMention::name, PartyMention::roleHint)
                .containsExactly(tuple("Zuidkust Logistiek B.V.", PartyRole.CUSTOMER));
    }

    @Test
    void acceptanceUsedForTwoOrganisationsGivesNeitherBlockTheCustomersRole() {
        assertThat(blocks("""
                Accepted for Fernhill Orchards Limited
                Signature: /s/ Tom Hale
                Date: 4 March 2026

                Accepted for Ardent Bay Consulting Limited
                Signature: /s/ Ann Bay
                Date: 5 March 2026
                """)).extracting(SignatureBlock::party, SignatureBlock::role, SignatureBlock::signer)
                .containsExactly(tuple("Fernhill Orchards Limited", PartyRole.UNKNOWN, "Tom Hale"),
                        tuple("Ardent Bay Consulting Limited", PartyRole.UNKNOWN, "Ann Bay"));
    }

    @Test
    void acceptanceForOneOrganisationIsTheCustomers() {
        assertThat(blocks("""
                Accepted for Fernhill Orchards Limited
                Signature: /s/ Tom Hale
                Date: 4 March 2026
                """)).extracting(SignatureBlock::party, SignatureBlock::role, SignatureBlock::signer)
                .containsExactly(tuple("Fernhill Orchards Limited", PartyRole.CUSTOMER, "Tom Hale"));
    }

    @Test
    void acceptanceForOneOrganisationOnTwoLinesIsStillTheCustomers() {
        assertThat(blocks("""
                Accepted for Fernhill Orchards Limited
                Signature: /s/ Tom Hale
                Date: 4 March 2026

                Accepted for Fernhill Orchards Limited
                Signature: /s/ Ann Bay
                Date: 5 March 2026
                """)).extracting(SignatureBlock::role).containsExactly(PartyRole.CUSTOMER, PartyRole.CUSTOMER);
    }
}
