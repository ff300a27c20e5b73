package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.extract.DocumentPart;
import io.poerules.fact.MentionKind;
import io.poerules.fact.PartyMention;
import io.poerules.fact.PartyRole;
import io.poerules.fact.SignatureBlock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignatureDetectorTest {

    /** A small lexicon with the words of each mechanism; non-English words where a mechanism is per language. */
    private static final String LEXICON = """
            {
              "acknowledgement": {
                "signatureLabels": {"en": ["Signature", "Signed", "Customer Signature", "Partner Signature", "By"],
                    "de": ["Unterschrift"], "es": ["Firma"], "it": ["Firma"], "pt": ["Assinatura"]},
                "nameLabels": {"en": ["Name", "Printed Name"], "es": ["Nombre"], "pt": ["Nome"], "fr": ["Nom"]},
                "titleLabels": {"en": ["Title"], "es": ["Cargo"]},
                "dateLabels": {"en": ["Date"], "de": ["Datum", "Ort, Datum"], "es": ["Fecha"], "pt": ["Data"],
                    "it": ["Data"], "nl": ["Datum"]},
                "companyLabels": {"en": ["Company"], "de": ["Unternehmen"]},
                "acceptanceLabels": {"en": ["Accepted by", "Approved by", "Accepted for", "Accepted", "Approved"],
                    "fr": ["Bon pour accord"], "it": ["Per accettazione"], "nl": ["Akkoord opdrachtgever"]},
                "electronicSignatureMarkers": {"en": ["DocuSigned by", "Electronically signed by", "/s/"], "de": ["gez."]},
                "certificateTitles": ["Certificate Of Completion"]
              },
              "parties": {
                "customerLabels": {"en": ["Customer", "Client"], "de": ["Auftraggeber"], "es": ["Cliente"]},
                "partnerLabels": {"en": ["Partner", "Supplier"], "de": ["Auftragnehmer"]},
                "legalForms": ["Ltd", "Inc.", "LLC", "GmbH"],
                "onBehalfPhrases": {"en": ["for and on behalf of", "for"], "de": ["für den", "für"], "es": ["por el"]},
                "personTitles": ["Director", "Officer", "CIO", "Dr.", "M."],
                "conjunctions": {"en": ["and"]}
              },
              "dates": {
                "months": {"JANUARY": ["January"], "MARCH": {"en": ["March", "Mar"], "de": ["März"], "es": ["marzo"]},
                    "APRIL": ["April"], "MAY": {"en": ["May"], "nl": ["mei"]}, "AUGUST": ["August", "Aug"],
                    "OCTOBER": ["October"]},
                "connectors": {"es": ["de"]},
                "dayFirstCues": ["Ltd", "GmbH"],
                "monthFirstCues": ["Inc.", "LLC"]
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

    /** The blocks of a page whose text was read by OCR. */
    private List<SignatureBlock> blocksOnAScan(String text) {
        PartText part = new PartText(new DocumentPart(null, 0, "application/pdf", text, false, null, null, null, List.of(1)));
        MappedFacts facts = new MappedFacts();
        detector.detect(part, List.of(), facts);
        return facts.ofType(SignatureBlock.class);
    }

    // "Label: value" blocks and the company they are signed for

    @Test
    void placeAndDateOverTheCaptionDatesASignedBlock() {
        assertThat(blocks("""
                De acuerdo con las condiciones de esta propuesta.
                Madrid, a 4 de marzo de 2026
                Cliente: Grupo Hortofrutícola Levante S.A.
                Firma: Amparo Sanchis Llorca (firma electrónica)
                Nombre: Amparo Sanchis Llorca""")).singleElement().satisfies(b -> {
                    assertThat(b.signed()).isTrue();
                    assertThat(b.date()).isEqualTo(LocalDate.of(2026, 3, 4));
                });
    }

    @Test
    void placeAndDateOverTheCaptionDoesNotMakeABlankBlockSigned() {
        assertThat(blocks("""
                Madrid, 4 de marzo de 2026
                Cliente: Grupo Hortofrutícola Levante S.A.
                Firma: ______________________
                Nombre: Amparo Sanchis Llorca""")).singleElement().satisfies(b -> {
                    assertThat(b.signed()).isFalse();
                    assertThat(b.date()).isNull();
                });
    }

    @Test
    void labelledDateOfThePreviousBlockDoesNotDateTheNext() {
        assertThat(blocks("""
                Executed by Pennine Voice Ltd acting by its director
                Signature: G Sutcliffe
                Director: Graham Sutcliffe
                Date: 9 March 2026
                Executed by Wharfedale Supplies Ltd acting by its director
                Signature: H. Ackroyd""")).last().satisfies(b -> {
                    assertThat(b.signed()).isTrue();
                    assertThat(b.date()).isNull();
                });
    }

    @Test
    void typedSignatureWithNameAndDateIsSignedForTheCompanyAfterForAndOnBehalfOf() {
        assertThat(blocks("""
                For and on behalf of Contoso Ltd (Customer)
                Signature: /s/ Jane Doe
                Name: Jane Doe
                Date: 2026-03-04
                """)).singleElement().satisfies(b -> {
            assertThat(b.signed()).isTrue();
            assertThat(b.role()).isEqualTo(PartyRole.CUSTOMER);
            assertThat(b.signer()).isEqualTo("Jane Doe");
            assertThat(b.date()).isEqualTo(LocalDate.of(2026, 3, 4));
            assertThat(b.party()).isEqualTo("Contoso Ltd");
            assertThat(b.evidence().text()).isEqualTo(
                    "For and on behalf of Contoso Ltd (Customer) Signature: /s/ Jane Doe Name: Jane Doe Date: 2026-03-04");
        });
    }

    @Test
    void companyAfterForAndOnBehalfOfIsASignatureMention() {
        assertThat(facts("""
                For and on behalf of Contoso Ltd (Customer)
                Signature: /s/ Jane Doe
                Date: 2026-03-04
                """).ofType(PartyMention.class)).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Contoso Ltd");
            assertThat(m.kind()).isEqualTo(MentionKind.SIGNATURE);
            assertThat(m.roleHint()).isEqualTo(PartyRole.CUSTOMER);
            assertThat(m.cue()).isEqualTo("for and on behalf of");
        });
    }

    @Test
    void companyNameInCapitalsAboveTheBlockIsItsPartyWithoutGivingARole() {
        MappedFacts facts = facts("""
                CONTOSO LTD
                By: /s/ Jane Doe
                Date: 4 March 2026
                """);

        assertThat(facts.ofType(SignatureBlock.class)).extracting(SignatureBlock::party, SignatureBlock::role)
                .containsExactly(tuple("CONTOSO LTD", PartyRole.UNKNOWN));
        assertThat(facts.ofType(PartyMention.class)).extracting(PartyMention::name, PartyMention::cue)
                .containsExactly(tuple("CONTOSO LTD", "above the signature"));
    }

    @Test
    void companyFieldInsideTheBlockIsItsParty() {
        MappedFacts facts = facts("""
                Signature: /s/ Jane Doe
                Company: Contoso Ltd
                Date: 4 March 2026
                """);

        assertThat(facts.ofType(SignatureBlock.class)).extracting(SignatureBlock::party).containsExactly("Contoso Ltd");
        assertThat(facts.ofType(PartyMention.class)).extracting(PartyMention::name, PartyMention::cue)
                .containsExactly(tuple("Contoso Ltd", "company field"));
    }

    @Test
    void roleWordAboveTheBlockIsItsPartyButNoMentionOfAnOrganisation() {
        MappedFacts facts = facts("""
                For the Client
                Signature: Jane Doe
                Date: 4 March 2026
                """);

        assertThat(facts.ofType(SignatureBlock.class)).extracting(SignatureBlock::role, SignatureBlock::party, SignatureBlock::signer)
                .containsExactly(tuple(PartyRole.CUSTOMER, "the Client", "Jane Doe"));
        assertThat(facts.ofType(PartyMention.class)).isEmpty();
    }

    @Test
    void roleComesFromTheSignatureLabel() {
        assertThat(blocks("""
                Customer Signature: ____________
                Partner Signature: /s/ Sam Lee
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer)
                .containsExactly(tuple(PartyRole.CUSTOMER, false, null), tuple(PartyRole.PARTNER, true, "Sam Lee"));
    }

    @Test
    void partnerAndCustomerBlocksAreToldApartByTheirCaptions() {
        assertThat(blocks("""
                Fabrikam Consulting Ltd (Supplier)
                Signature: /s/ John Smith
                Date: 2026-03-01

                Contoso Ltd (Customer)
                Signature: ____________________
                Date: ____________________
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::party).containsExactly(
                tuple(PartyRole.PARTNER, true, "Fabrikam Consulting Ltd"),
                tuple(PartyRole.CUSTOMER, false, "Contoso Ltd"));
    }

    @Test
    void blockWithoutAnyPartyHasUnknownRoleAndNoParty() {
        assertThat(blocks("""
                Project closed.

                Signature: /s/ Jane Doe
                Date: 2026-03-04
                """)).singleElement().satisfies(b -> {
            assertThat(b.role()).isEqualTo(PartyRole.UNKNOWN);
            assertThat(b.party()).isNull();
            assertThat(b.signed()).isTrue();
        });
    }

    @Test
    void aBlockDoesNotTakeItsPartyFromTheBlockAboveIt() {
        assertThat(blocks("""
                Contoso Ltd (Customer)
                Signature: /s/ Jane Doe
                Date: 2026-03-04
                Signature: /s/ Someone Else
                Date: 2026-03-05
                """)).extracting(SignatureBlock::role, SignatureBlock::party, SignatureBlock::signer).containsExactly(
                tuple(PartyRole.CUSTOMER, "Contoso Ltd", "Jane Doe"),
                tuple(PartyRole.UNKNOWN, null, "Someone Else"));
    }

    @Test
    void blankLinesBetweenFieldsStayInOneBlock() {
        assertThat(blocks("""
                For and on behalf of Contoso Ltd (Customer)

                Signature: /s/ Jane Doe

                Name: Jane Doe

                Title: Chief Information Officer

                Date: 24 March 2026

                For and on behalf of Fabrikam Ltd (Partner)

                Signature: /s/ Sam Lee

                Date: 23 March 2026
                """)).extracting(SignatureBlock::role, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, "Jane Doe", LocalDate.of(2026, 3, 24)),
                        tuple(PartyRole.PARTNER, "Sam Lee", LocalDate.of(2026, 3, 23)));
    }

    @Test
    void fieldsWrittenAboveTheSignatureLineBelongToTheBlock() {
        assertThat(blocks("""
                CONTOSO LTD
                Name: Jane Doe
                Title: CIO
                Date: 4 March 2026
                Signature: ____________________
                """)).singleElement().satisfies(b -> {
            assertThat(b.signed()).isTrue();
            assertThat(b.signer()).isEqualTo("Jane Doe");
            assertThat(b.date()).isEqualTo(LocalDate.of(2026, 3, 4));
            assertThat(b.party()).isEqualTo("CONTOSO LTD");
            assertThat(b.evidence().text()).startsWith("CONTOSO LTD Name: Jane Doe").endsWith("Signature: ____________________");
        });
    }

    @Test
    void filledNameAndDateUnderABlankSignatureLineCountAsSigned() {
        assertThat(blocks("""
                Customer
                Signature: ____________________
                Name: Jane Doe
                Date: 4 March 2026
                """)).singleElement().satisfies(b -> {
            assertThat(b.signed()).isTrue();
            assertThat(b.signer()).isEqualTo("Jane Doe");
            assertThat(b.date()).isEqualTo(LocalDate.of(2026, 3, 4));
            assertThat(b.role()).isEqualTo(PartyRole.CUSTOMER);
        });
    }

    // Unsigned blocks

    @Test
    void namePrePrintedUnderAnEmptySignatureLineIsNotSigned() {
        assertThat(blocks("""
                Signed for and on behalf of Contoso Ltd (Customer)
                Signature: ____________________
                Name: Jane Doe
                Title: Chief Risk Officer
                Date: ____ / ____ / ________
                """)).singleElement().satisfies(b -> {
            assertThat(b.signed()).isFalse();
            assertThat(b.signer()).isEqualTo("Jane Doe");
            assertThat(b.date()).isNull();
            assertThat(b.role()).isEqualTo(PartyRole.CUSTOMER);
        });
    }

    @Test
    void namePrePrintedAboveAnEmptySignatureLineIsNotSigned() {
        assertThat(blocks("""
                CONTOSO LTD
                Name: Jane Doe
                Title: CIO
                Date: ____________
                Signature: ____________________
                """)).singleElement().satisfies(b -> {
            assertThat(b.signed()).isFalse();
            assertThat(b.signer()).isEqualTo("Jane Doe");
        });
    }

    @Test
    void blankUnderscoresAreUnsigned() {
        assertThat(blocks("""
                Customer Signature: ____________________
                Printed Name: ____________________
                Date: ____ / ____ / ______
                """)).singleElement().satisfies(b -> {
            assertThat(b.signed()).isFalse();
            assertThat(b.signer()).isNull();
            assertThat(b.date()).isNull();
            assertThat(b.role()).isEqualTo(PartyRole.CUSTOMER);
        });
    }

    @Test
    void placeholderInBracketsIsUnsigned() {
        assertThat(blocks("Customer\nBy: [Signature]\nName: [Name]")).singleElement().satisfies(b -> {
            assertThat(b.signed()).isFalse();
            assertThat(b.signer()).isNull();
        });
    }

    // Electronic signatures and stamps

    @Test
    void docuSignStampReadsTheNameAndTheDateLinesBelowIt() {
        assertThat(blocks("""
                Contoso Ltd (Customer)
                DocuSigned by:
                Jane Smith
                3/14/2026
                Director of IT
                """)).singleElement().satisfies(b -> {
            assertThat(b.signed()).isTrue();
            assertThat(b.role()).isEqualTo(PartyRole.CUSTOMER);
            assertThat(b.signer()).isEqualTo("Jane Smith");
            assertThat(b.date()).isEqualTo(LocalDate.of(2026, 3, 14));
        });
    }

    @Test
    void electronicSignatureMarkerNamesTheSigner() {
        assertThat(blocks("""
                Electronically signed by Jane Doe
                Date: 4 March 2026
                """)).extracting(SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(true, "Jane Doe", LocalDate.of(2026, 3, 4)));
    }

    @Test
    void stampAboveABlankSignatureLineSignsTheBlockWithItsNameAndDate() {
        assertThat(blocks("""
                Jane Doe (Aug 18, 2026 10:22 MDT)
                Signature:
                Title: CIO
                """)).singleElement().satisfies(b -> {
            assertThat(b.signed()).isTrue();
            assertThat(b.signer()).isEqualTo("Jane Doe");
            assertThat(b.date()).isEqualTo(LocalDate.of(2026, 8, 18));
            assertThat(b.evidence().text()).startsWith("Jane Doe (Aug 18, 2026 10:22 MDT) Signature:");
        });
    }

    @Test
    void stampUnderTheSignatureLineSignsTheBlock() {
        assertThat(blocks("""
                Signature:
                Jane Doe (Aug 18, 2026 10:22 MDT)
                """)).extracting(SignatureBlock::signed, SignatureBlock::date)
                .containsExactly(tuple(true, LocalDate.of(2026, 8, 18)));
    }

    // Acceptances

    @Test
    void acceptanceWithNameAndDateOnOneLineIsSignedByTheCustomer() {
        assertThat(blocks("""
                Accepted: Priya Shah, 14th March 2026
                """)).singleElement().satisfies(b -> {
            assertThat(b.signed()).isTrue();
            assertThat(b.role()).isEqualTo(PartyRole.CUSTOMER);
            assertThat(b.signer()).isEqualTo("Priya Shah");
            assertThat(b.date()).isEqualTo(LocalDate.of(2026, 3, 14));
        });
    }

    @Test
    void acceptanceLabelDefaultsToTheCustomer() {
        assertThat(blocks("""
                Work completed as described above.
                Accepted by: Jane Doe, IT Director
                Date: 2026-03-04
                """)).singleElement().satisfies(b -> {
            assertThat(b.role()).isEqualTo(PartyRole.CUSTOMER);
            assertThat(b.signed()).isTrue();
            assertThat(b.signer()).isEqualTo("Jane Doe, IT Director");
            assertThat(b.date()).isEqualTo(LocalDate.of(2026, 3, 4));
        });
    }

    @Test
    void acceptanceForACompanyNamesThePartyAndAMention() {
        MappedFacts facts = facts("""
                Accepted for Tailspin Toys Ltd
                Name: Grace Liu
                Date: 2026-04-07
                """);

        assertThat(facts.ofType(SignatureBlock.class)).extracting(SignatureBlock::party, SignatureBlock::signer, SignatureBlock::signed)
                .containsExactly(tuple("Tailspin Toys Ltd", "Grace Liu", true));
        assertThat(facts.ofType(PartyMention.class)).extracting(PartyMention::name, PartyMention::cue, PartyMention::roleHint)
                .containsExactly(tuple("Tailspin Toys Ltd", "Accepted for", PartyRole.CUSTOMER));
    }

    @Test
    void oneWordAcceptanceLabelCountsOnlyWithAColon() {
        assertThat(blocks("""
                Accepted deliverables are invoiced at the end of each month.
                Approved Change Requests are billed at the rates of Schedule 2.
                """)).isEmpty();
        assertThat(blocks("Approved: Jane Doe, 4 March 2026")).extracting(SignatureBlock::signer).containsExactly("Jane Doe");
    }

    @Test
    void oneWordAcceptanceLabelAloneOnItsLineIsNoBlock() {
        assertThat(blocks("""
                Change request status
                Approved
                Date: 4 March 2026
                """)).isEmpty();
    }

    @Test
    void blockOnTheFirstLineIsRead() {
        assertThat(blocks("""
                Approved by: Jane Doe
                Date: 2026-03-04
                """)).singleElement().satisfies(b -> {
            assertThat(b.role()).isEqualTo(PartyRole.CUSTOMER);
            assertThat(b.signed()).isTrue();
            assertThat(b.evidence().start()).isZero();
        });
    }

    @Test
    void wordByInASentenceIsNotASignature() {
        assertThat(blocks("The migration was completed by the partner in March.")).isEmpty();
    }

    @Test
    void approvedByBlockWithSignatureBelowIsOneSignedBlock() {
        assertThat(blocks("""
                Authorised for and on behalf of Tailspin Toys Ltd (Customer)
                Approved by: Grace Liu
                Title: Procurement Director
                Signature: /s/ Grace Liu
                Date: 2026-04-07
                Supplier acknowledgement: Fabrikam Consulting Ltd
                Accepted by: Oliver Grant, Account Director
                Date: 2026-04-09
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, true, LocalDate.of(2026, 4, 7)),
                        tuple(PartyRole.PARTNER, true, LocalDate.of(2026, 4, 9)));
    }

    // Tables: a column per party

    @Test
    void captionRowOfRolesGivesEachColumnItsRole() {
        assertThat(blocks("""
                Customer\tPartner
                Signature: ____________\tSignature: /s/ Sam Lee
                Name: Jane Doe\tName: Sam Lee
                Date: ____________\tDate: 6 October 2026
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, false, "Jane Doe", null),
                        tuple(PartyRole.PARTNER, true, "Sam Lee", LocalDate.of(2026, 10, 6)));
    }

    @Test
    void captionRowOfCompanyNamesGivesEachColumnItsParty() {
        MappedFacts facts = facts("""
                CONTOSO LTD\tFABRIKAM LTD
                By: ____________\tBy: /s/ Sam Lee
                Name: Jane Doe\tName: Sam Lee
                """);

        assertThat(facts.ofType(SignatureBlock.class)).extracting(SignatureBlock::party, SignatureBlock::signed)
                .containsExactly(tuple("CONTOSO LTD", false), tuple("FABRIKAM LTD", true));
        assertThat(facts.ofType(PartyMention.class)).extracting(PartyMention::name)
                .containsExactly("CONTOSO LTD", "FABRIKAM LTD");
    }

    @Test
    void companyNamesWrappedAboveATableWithoutCaptionRowCaptionItsColumns() {
        assertThat(blocks("""
                COBALT RIDGE CONSULTING GROUP,
                LLC
                LAKESHORE PRECISION CASTINGS,
                INC.
                By: /s/ Dana Whitfield\tBy: /s/ Marcus Bell
                Name: Dana Whitfield\tName: Marcus Bell
                Date: 01/14/2026\tDate: 01/16/2026
                """)).extracting(SignatureBlock::party, SignatureBlock::signer, SignatureBlock::date).containsExactly(
                tuple("COBALT RIDGE CONSULTING GROUP, LLC", "Dana Whitfield", LocalDate.of(2026, 1, 14)),
                tuple("LAKESHORE PRECISION CASTINGS, INC.", "Marcus Bell", LocalDate.of(2026, 1, 16)));
    }

    @Test
    void tableOfLabelledCellsIsReadOneColumnPerParty() {
        assertThat(blocks("For Contoso Ltd (Customer)\tFor Fabrikam Ltd (Partner)\n"
                + "Signature: /s/ Jane Doe\tSignature: /s/ Sam Lee\n"
                + "Date: 2026-03-04\tDate: 2026-03-02\n"))
                .extracting(SignatureBlock::role, SignatureBlock::party, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, "Contoso Ltd", "Jane Doe", LocalDate.of(2026, 3, 4)),
                        tuple(PartyRole.PARTNER, "Fabrikam Ltd", "Sam Lee", LocalDate.of(2026, 3, 2)));
    }

    @Test
    void columnsOfATableAreEvidencedByTheWholeTable() {
        String text = "Intro line.\nCustomer\tPartner\nSignature: /s/ Jane Doe\tSignature: /s/ Sam Lee\n";

        assertThat(blocks(text)).extracting(b -> b.evidence().text(), b -> b.evidence().start(), b -> b.evidence().end())
                .containsExactly(tuple("Customer Signature: /s/ Jane Doe", 12, text.length() - 1),
                        tuple("Partner Signature: /s/ Sam Lee", 12, text.length() - 1));
    }

    @Test
    void labelColumnOnTheLeftWithAValuePerParty() {
        assertThat(blocks("\t\tContoso Ltd (Customer)\tFabrikam Ltd (Partner)\n"
                + "\tSignature\t\t/s/ Sam Lee\n"
                + "\tName\tJane Doe\tSam Lee\n"
                + "\tDate\t\t6 October 2026\n"))
                .extracting(SignatureBlock::role, SignatureBlock::party, SignatureBlock::signed, SignatureBlock::signer,
                        SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, "Contoso Ltd", false, "Jane Doe", null),
                        tuple(PartyRole.PARTNER, "Fabrikam Ltd", true, "Sam Lee", LocalDate.of(2026, 10, 6)));
    }

    @Test
    void labelRowsAboveTheSignatureRowBelongToTheTable() {
        assertThat(blocks("\tName\tJane Doe\tSam Lee\n"
                + "\tTitle\tCIO\tDirector\n"
                + "\tSignature\t\t/s/ Sam Lee\n"
                + "\tDate\t\t6 October 2026\n"))
                .extracting(SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(false, "Jane Doe", null), tuple(true, "Sam Lee", LocalDate.of(2026, 10, 6)));
    }

    @Test
    void headerRowOfLabelsIsReadOneRowPerParty() {
        assertThat(blocks("Party\tName\tSignature\tDate\n"
                + "Client: Contoso Ltd\tJane Doe\t/s/ Jane Doe\t6 January 2026\n"
                + "Supplier: Fabrikam Ltd\tSam Lee\t\t\n"))
                .extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, true, "Jane Doe", LocalDate.of(2026, 1, 6)),
                        tuple(PartyRole.PARTNER, false, "Sam Lee", null));
    }

    @Test
    void wrappedCellContinuesItsFieldAndTheRowsBelowStayInTheTable() {
        assertThat(blocks("""
                Contoso Ltd\tFabrikam Ltd
                Signature: ____________\tSignature: /s/ Sam Lee
                Title: Chief Information\tTitle: Director
                Officer
                Date: ____________\tDate: 6 October 2026
                """)).extracting(b -> b.evidence().text(), SignatureBlock::date).containsExactly(
                tuple("Contoso Ltd Signature: ____________ Title: Chief Information Officer Date: ____________", null),
                tuple("Fabrikam Ltd Signature: /s/ Sam Lee Title: Director Date: 6 October 2026", LocalDate.of(2026, 10, 6)));
    }

    @Test
    void paragraphsOfACellAreLinesOfItsColumn() {
        char br = DocumentPart.CELL_LINE_BREAK;
        assertThat(blocks("Signature: /s/ Jane Doe" + br + "Name: Jane Doe\tSignature: ____________" + br + "Name: Sam Lee\n"
                + "Date: 4 March 2026\tDate: ____________\n"))
                .extracting(SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(true, "Jane Doe", LocalDate.of(2026, 3, 4)), tuple(false, "Sam Lee", null));
    }

    @Test
    void fieldsOnLinesOfTheirOwnGoToTheColumnWhoseTurnItIs() {
        assertThat(blocks("""
                Contoso Ltd\tFabrikam Ltd
                Signature: /s/ Jane Doe
                Signature: /s/ Sam Lee
                Date: 4 March 2026\tDate: 5 March 2026
                """)).extracting(SignatureBlock::party, SignatureBlock::signer, SignatureBlock::date).containsExactly(
                tuple("Contoso Ltd", "Jane Doe", LocalDate.of(2026, 3, 4)),
                tuple("Fabrikam Ltd", "Sam Lee", LocalDate.of(2026, 3, 5)));
    }

    @Test
    void rtfTableFlattenedRowByRowIsReadOneColumnPerParty() {
        assertThat(blocks("""
                By: /s/ Dana Whitfield
                By: ____________
                Name: Dana Whitfield
                Name: Marcus Bell
                Date: January 14, 2026
                Date: ____________
                """)).extracting(SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date).containsExactly(
                tuple(true, "Dana Whitfield", LocalDate.of(2026, 1, 14)),
                tuple(false, "Marcus Bell", null));
    }

    @Test
    void powerPointTableFlattenedCellByCellIsReadOneColumnPerPartyUnderItsCaption() {
        assertThat(blocks("""
                Contoso Ltd
                Fabrikam Ltd
                Name
                Jane Doe
                Sam Lee
                Signature
                ____________
                /s/ Sam Lee
                Date
                ____________
                6 October 2026
                """)).extracting(SignatureBlock::party, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple("Contoso Ltd", false, "Jane Doe", null),
                        tuple("Fabrikam Ltd", true, "Sam Lee", LocalDate.of(2026, 10, 6)));
    }

    // Labels in two words and in other languages

    @Test
    void compoundLabelsAreReadByTheirFirstLabel() {
        assertThat(blocks("""
                Customer
                Signature: ____________
                Name / Title: Jane Doe
                Datum / Date: 4 March 2026
                """)).extracting(SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(true, "Jane Doe", LocalDate.of(2026, 3, 4)));
    }

    @Test
    void germanBlockWithUnterschriftAndOrtDatum() {
        assertThat(blocks("""
                Für den Auftraggeber
                Unterschrift: /s/ Jana Weber
                Ort, Datum: Berlin, 4. März 2026
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, true, "Jana Weber", LocalDate.of(2026, 3, 4)));
    }

    @Test
    void spanishBlockWithFirmaNombreAndFecha() {
        assertThat(blocks("""
                Por el Cliente
                Firma: ____________________
                Nombre: Lucía Gómez
                Fecha: 4 de marzo de 2026
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, true, "Lucía Gómez", LocalDate.of(2026, 3, 4)));
    }

    @Test
    void portugueseBlankAssinaturaWithAPrePrintedNomeIsNotSigned() {
        assertThat(blocks("""
                Assinatura: ____________________
                Nome: João Silva
                Data: ____/____/______
                """)).extracting(SignatureBlock::signed, SignatureBlock::signer).containsExactly(tuple(false, "João Silva"));
    }

    @Test
    void italianPerAccettazioneIsTheCustomersAcceptance() {
        assertThat(blocks("""
                Per accettazione
                Firma: Marco Rossi
                Data: 14/03/2026
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, true, "Marco Rossi", LocalDate.of(2026, 3, 14)));
    }

    @Test
    void dutchAkkoordOpdrachtgeverIsTheCustomersAcceptance() {
        assertThat(blocks("""
                Akkoord opdrachtgever: Pieter de Vries
                Datum: 4 mei 2026
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, true, "Pieter de Vries", LocalDate.of(2026, 5, 4)));
    }

    @Test
    void frenchBonPourAccordIsTheCustomersAcceptance() {
        assertThat(blocks("""
                Bon pour accord
                Nom: Claire Martin
                Date: 24 April 2026
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, true, "Claire Martin", LocalDate.of(2026, 4, 24)));
    }

    // Scans

    @Test
    void ocrNoiseOfAHandWrittenSignatureDoesNotEndTheBlock() {
        assertThat(blocks("""
                For and on behalf of Fourth Coffee Ltd (Customer)

                Signature: COON

                —

                Name: Jun Wang
                Title: IT Manager
                Date: 14 April 2026

                For and on behalf of Fabrikam Consulting Ltd (Partner)

                Signature: YY YY)

                a

                Name: Elena Petrova
                Date: 10 April 2026
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(
                        tuple(PartyRole.CUSTOMER, true, "Jun Wang", LocalDate.of(2026, 4, 14)),
                        tuple(PartyRole.PARTNER, true, "Elena Petrova", LocalDate.of(2026, 4, 10)));
    }

    @Test
    void onAScanAHandWrittenSignatureReadAsWordsUnderTheLabelSignsTheBlock() {
        String text = """
                Customer
                Signature:
                JDoe
                Name: Jane Doe
                Date: 4 March 2026
                """;

        assertThat(blocksOnAScan(text)).extracting(SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(true, "Jane Doe", LocalDate.of(2026, 3, 4)));
        assertThat(blocks(text)).extracting(SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(false, null, null));
    }

    @Test
    void evidenceOfABlockOnAScanIsMarkedAsOcr() {
        assertThat(blocksOnAScan("Signature: /s/ Jane Doe\nDate: 4 March 2026"))
                .extracting(b -> b.evidence().ocr()).containsExactly(true);
    }

    // Dates

    @Test
    void numericDatesAreReadInTheDocumentsDayAndMonthOrder() {
        String block = "Signature: /s/ Jane Doe\nDate: 03/04/2026\n";

        assertThat(blocks(block + "Contoso Inc.")).extracting(SignatureBlock::date).containsExactly(LocalDate.of(2026, 3, 4));
        assertThat(blocks(block + "Contoso Ltd")).extracting(SignatureBlock::date).containsExactly(LocalDate.of(2026, 4, 3));
        assertThat(blocks(block + "Invoice of 25/03/2026, Contoso Inc.")).extracting(SignatureBlock::date)
                .containsExactly(LocalDate.of(2026, 4, 3));
    }

    // E-signature certificates

    @Test
    void linesOfAnESignatureCertificateAreNoSignatureBlocks() {
        assertThat(blocks("""
                Signature: /s/ Jane Doe
                Date: 4 March 2026

                Certificate Of Completion
                Signer Events
                Signature: Drawn on device
                Signed: 5/14/2026
                """)).extracting(SignatureBlock::signer).containsExactly("Jane Doe");
    }

    @Test
    void certificateNamedInASentenceDoesNotHideTheBlocksBelowIt() {
        assertThat(blocks("""
                The Certificate Of Completion is attached.
                Signature: /s/ Jane Doe
                Date: 4 March 2026
                """)).extracting(SignatureBlock::signer).containsExactly("Jane Doe");
    }

    // Bugs

    @Test

    void germanCompanyFieldFirmaIsNoSignature() {
        SignatureDetector withBothFirmas = TestTexts.signatureDetector(TestTexts.lexicon("""
                {
                  "acknowledgement": {
                    "signatureLabels": {"de": ["Unterschrift"], "es": ["Firma"], "it": ["Firma"]},
                    "nameLabels": ["Name"],
                    "dateLabels": {"de": ["Ort, Datum", "Datum"]},
                    "companyLabels": {"de": ["Firma", "Unternehmen"]}
                  },
                  "parties": {
                    "customerLabels": {"de": ["Auftraggeber"]},
                    "legalForms": ["GmbH"],
                    "onBehalfPhrases": {"de": ["für den"]}
                  }
                }
                """));

        List<SignatureBlock> blocks = TestTexts.detect(withBothFirmas, new Sections(Map.of()), """
                Für den Auftraggeber
                Firma: Contoso GmbH
                Name: Jana Weber
                Unterschrift: ____________________
                Ort, Datum: ____________________
                """).ofType(SignatureBlock.class);

        assertThat(blocks).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::party)
                .containsExactly(tuple(PartyRole.CUSTOMER, false, "Jana Weber", "Contoso GmbH"));
    }

    @Test

    void acceptorIsNotThePartyOfTheBlock() {
        MappedFacts facts = facts("""
                For and on behalf of Contoso Ltd
                Accepted by: Jane Doe
                Date: 4 March 2026
                """);

        assertThat(facts.ofType(SignatureBlock.class)).extracting(SignatureBlock::signer, SignatureBlock::party)
                .containsExactly(tuple("Jane Doe", "Contoso Ltd"));
        assertThat(facts.ofType(PartyMention.class)).extracting(PartyMention::name).containsExactly("Contoso Ltd");
    }

    @Test

    void acceptanceForACompanyByAPersonIsSignedByThePerson() {
        assertThat(blocks("""
                Accepted for Contoso Ltd by: Jane Doe
                Date: 4 March 2026
                """)).extracting(SignatureBlock::party, SignatureBlock::signer)
                .containsExactly(tuple("Contoso Ltd", "Jane Doe"));
    }

    @Test
    void docuSignIdUnderTheStampIsNoSigner() {
        assertThat(blocks("""
                Client: Contoso Ltd
                DocuSigned by:
                7F3A9C21B04E4D1...
                """)).extracting(SignatureBlock::signed, SignatureBlock::signer).containsExactly(tuple(true, null));
    }

    @Test

    void stampAboveTheNextBlockDoesNotSignTheBlockAboveIt() {
        assertThat(blocks("""
                Signature: ____________
                Name: Jane Doe
                Date: ____________

                Sam Lee (Mar 5, 2026 09:01 GMT)
                Signature:
                Name: Sam Lee
                """)).extracting(SignatureBlock::signer, SignatureBlock::signed, SignatureBlock::date).containsExactly(
                tuple("Jane Doe", false, null),
                tuple("Sam Lee", true, LocalDate.of(2026, 3, 5)));
    }

    @Test
    void captionRowOfSignatureLabelsIsReadOneColumnPerParty() {
        assertThat(blocks("""
                Customer Signature\tPartner Signature
                ____________\t/s/ Sam Lee
                Name: Jane Doe\tName: Sam Lee
                Date: ____________\tDate: 6 October 2026
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, false, "Jane Doe", null),
                        tuple(PartyRole.PARTNER, true, "Sam Lee", LocalDate.of(2026, 10, 6)));
    }

    @Test
    void deliverableNamedLikeACertificateDoesNotHideTheSignatures() {
        SignatureDetector withAuditReport = TestTexts.signatureDetector(TestTexts.lexicon("""
                {"acknowledgement": {"signatureLabels": ["Customer Signature"], "dateLabels": ["Date"],
                  "electronicSignatureMarkers": ["/s/"], "certificateTitles": ["Final Audit Report"]},
                 "dates": {"months": {"MARCH": ["March"]}}}
                """));

        assertThat(TestTexts.detect(withAuditReport, new Sections(Map.of()), """
                Deliverables
                Final Audit Report\tPDF\tWeek 4
                Signatures
                Customer Signature: /s/ Jane Doe
                Date: 4 March 2026
                """).ofType(SignatureBlock.class)).extracting(SignatureBlock::signed, SignatureBlock::signer)
                .containsExactly(tuple(true, "Jane Doe"));
    }

    @Test

    void onAScanANamePrePrintedUnderABlankSignatureLineIsNotSigned() {
        assertThat(blocksOnAScan("""
                For and on behalf of Contoso Ltd (Customer)
                Signature: ____________________
                Jane Doe
                Date: ____________________
                """)).extracting(SignatureBlock::signed, SignatureBlock::date).containsExactly(tuple(false, null));
    }

    @Test
    void stampNameInThePartnersColumnDoesNotSignTheCustomersBlankLine() {
        assertThat(blocks("""
                UMHLANGA LOGISTICS LTD\tCAPE CLOUD WORKS LTD
                By: ____________\tDocuSigned by:
                Sam Lee
                Name: Thandiwe Nkosi\tName: Sam Lee
                Title: Chief Operating Officer\tTitle: Director
                Date: ____________\tDate: 2026-07-07
                """)).extracting(SignatureBlock::party, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple("UMHLANGA LOGISTICS LTD", false, "Thandiwe Nkosi", null),
                        tuple("CAPE CLOUD WORKS LTD", true, "Sam Lee", LocalDate.of(2026, 7, 7)));
    }

    @Test
    void aConformedSignatureMarkerSignsTheBlockForTheNameAfterItDatedByThePlaceAndDateBelow() {
        assertThat(blocks("""
                Für den Auftraggeber
                Brauerei Lindner GmbH
                gez. Dr. Anna Lindner
                Hamburg, 12. März 2026
                """)).singleElement().satisfies(b -> {
            assertThat(b.signed()).isTrue();
            assertThat(b.signer()).isEqualTo("Anna Lindner");
            assertThat(b.date()).isEqualTo(LocalDate.of(2026, 3, 12));
            assertThat(b.role()).isEqualTo(PartyRole.CUSTOMER);
        });
    }

    @Test
    void aSignatureMarkerBeforeABlankLineSignsNothing() {
        assertThat(blocks("""
                Für den Auftraggeber
                Brauerei Lindner GmbH
                gez. ______________________
                """)).singleElement().satisfies(b -> assertThat(b.signed()).isFalse());
    }

    @Test
    void aTableOfLabelsAndValuesWithARowOfOtherWordsAndCompoundLabelsIsOneBlockThatEndsBeforeTheNextTable() {
        assertThat(blocks("""
                Authorisation
                Requested by\tCamila Orellana · IT Lead · 20 March 2026
                Approved by\tRodrigo Fuentes · Director
                Signature and stamp\t/s/ R. Fuentes
                Date approved\t21 March 2026
                Schedule
                Week\tActivity\tStart\tEnd
                W1\tPolicy design\t4 May 2026\t8 May 2026
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, true, LocalDate.of(2026, 3, 21)));
    }

    @Test
    void aSignedNameWithoutALabelOverTheNameFieldOfTheSamePersonSignsItsColumnsBlock() {
        assertThat(blocks("""
                Thus agreed and signed in duplicate:
                Customer / Client\tSupplier / Partner
                Harbour Ferries Ltd\tNorth Sea Data Services Ltd
                I. Postma\tP. Zwart
                Name: Ilse Postma, CIO\tName: Pieter Zwart, Director
                Date: 10 March 2026\tDate: 10 March 2026
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::party)
                .containsExactly(tuple(PartyRole.CUSTOMER, true, "Ilse Postma", "Harbour Ferries Ltd"),
                        tuple(PartyRole.PARTNER, true, "Pieter Zwart", "North Sea Data Services Ltd"));
    }

    @Test
    void aNameOverTheNameFieldOfAnotherPersonIsNoSignature() {
        assertThat(blocks("""
                Customer / Client\tSupplier / Partner
                Harbour Ferries Ltd\tNorth Sea Data Services Ltd
                K. Visser\tR. Bakker
                Name: Ilse Postma, CIO\tName: Pieter Zwart, Director
                """)).noneMatch(SignatureBlock::signed);
    }

    @Test
    void roleWordsOverTheColumnsOfATableGiveEachColumnsBlockItsRoleHoweverFarAboveTheSignature() {
        assertThat(blocks("""
                Authorisation
                Customer\tSupplier
                Serangoon Eye Clinic Ltd\tKallang Arc Solutions Ltd
                Dr. Priscilla Goh\tMarcus Teo
                Head of Imaging\tHead of Delivery
                Signature: P. Goh\tSignature: M. Teo
                14 March 2026\t13 March 2026
                """)).extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, true, "P. Goh", LocalDate.of(2026, 3, 14)),
                        tuple(PartyRole.PARTNER, true, "M. Teo", LocalDate.of(2026, 3, 13)));
    }

    @Test
    void aVersionHistorysByColumnSignsNothing() {
        assertThat(blocks("""
                Version history
                Version\tDate\tChange\tBy
                0.3\t8 May 2026\tInitial skeleton after discovery\tP. Raman
                0.5\t20 May 2026\tAdded messaging patterns\tP. Raman / J. Okafor
                """)).noneMatch(SignatureBlock::signed);
    }
}
