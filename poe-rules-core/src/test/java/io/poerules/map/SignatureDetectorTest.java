package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.fact.Evidence;
import io.poerules.fact.Party;
import io.poerules.fact.PartyRole;
import io.poerules.fact.SignatureBlock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignatureDetectorTest {

    private final SignatureDetector detector = new SignatureDetector(
            List.of("Signature", "Signed", "Customer Signature", "Partner Signature", "By"),
            List.of("Name", "Printed Name"),
            List.of("Accepted by", "Approved by", "Accepted"),
            List.of("DocuSigned by", "/s/"),
            List.of("Customer", "Client"),
            List.of("Partner", "Supplier"));

    private List<SignatureBlock> blocks(String text) {
        return blocks(text, new MappedFacts());
    }

    private List<SignatureBlock> blocks(String text, MappedFacts facts) {
        return TestTexts.detect(detector, new Sections(Map.of()), text, facts).ofType(SignatureBlock.class);
    }

    @Test
    void slashSSignatureIsSigned() {
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
            assertThat(b.evidence().text()).startsWith("For and on behalf of Contoso Ltd (Customer) Signature: /s/ Jane Doe")
                    .endsWith("Date: 2026-03-04");
        });
    }

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
    void aBlankLineAfterTheDateStillEndsTheBlock() {
        assertThat(blocks("""
                Customer Signature: /s/ Jane Doe
                Date: 2026-03-04

                Name: Someone Else
                """)).singleElement().satisfies(b -> assertThat(b.signer()).isEqualTo("Jane Doe"));
    }

    @Test
    void docuSignStampIsSigned() {
        assertThat(blocks("""
                Client: Contoso Ltd
                DocuSigned by:
                7F3A9C21B04E4D1
                """)).singleElement().satisfies(b -> {
            assertThat(b.signed()).isTrue();
            assertThat(b.role()).isEqualTo(PartyRole.CUSTOMER);
        });
    }

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
    void acceptanceWithNameAndDateOnOneLineIsSigned() {
        assertThat(blocks("""
                Accepted: Priya Shah, 14th March 2026
                For and on behalf of Contoso Ltd
                """)).singleElement().satisfies(b -> {
            assertThat(b.signed()).isTrue();
            assertThat(b.role()).isEqualTo(PartyRole.CUSTOMER);
            assertThat(b.signer()).isEqualTo("Priya Shah");
            assertThat(b.date()).isEqualTo(LocalDate.of(2026, 3, 14));
        });
    }

    @Test
    void oneWordAcceptanceLabelCountsOnlyWithAColon() {
        assertThat(blocks("Accepted deliverables are invoiced at the end of each month")).isEmpty();
    }

    @Test
    void filledNameAndDateCountAsSigned() {
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

    @Test
    void nameWithoutDateIsNotSigned() {
        assertThat(blocks("""
                Customer
                Signature: ____________________
                Name: Jane Doe
                Date: ____________
                """)).singleElement().satisfies(b -> assertThat(b.signed()).isFalse());
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
        assertThat(blocks("Customer\nBy: [Signature]\nName: [Name]")).singleElement()
                .satisfies(b -> assertThat(b.signed()).isFalse());
    }

    @Test
    void partnerAndCustomerBlocksAreToldApart() {
        List<SignatureBlock> blocks = blocks("""
                Fabrikam Consulting (Supplier)
                Signature: /s/ John Smith
                Date: 2026-03-01

                Contoso Ltd (Customer)
                Signature: ____________________
                Date: ____________________
                """);

        assertThat(blocks).extracting(SignatureBlock::role, SignatureBlock::signed).containsExactly(
                tuple(PartyRole.PARTNER, true),
                tuple(PartyRole.CUSTOMER, false));
    }

    @Test
    void roleComesFromANamedPartyAboveTheBlock() {
        MappedFacts facts = new MappedFacts();
        facts.add(new Party(PartyRole.CUSTOMER, "Contoso Ltd", null, new Evidence("Customer: Contoso Ltd", 0, 21, null, null)));

        assertThat(blocks("""
                For and on behalf of Contoso Ltd
                Signed: Jane Doe
                Date: 2026-03-04
                """, facts)).singleElement().satisfies(b -> {
            assertThat(b.role()).isEqualTo(PartyRole.CUSTOMER);
            assertThat(b.signed()).isTrue();
            assertThat(b.signer()).isEqualTo("Jane Doe");
        });
    }

    @Test
    void blockWithoutAnyPartyHasUnknownRole() {
        assertThat(blocks("""
                Project closed.

                Signature: /s/ Jane Doe
                Date: 2026-03-04
                """)).singleElement().satisfies(b -> {
            assertThat(b.role()).isEqualTo(PartyRole.UNKNOWN);
            assertThat(b.signed()).isTrue();
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
    void blankLinesBetweenFieldsStayInOneBlock() {
        assertThat(blocks("""
                For and on behalf of Contoso Ltd (Customer)

                Signature: /s/ Jane Doe

                Name: Jane Doe

                Title: Chief Information Officer

                Date: 24 February 2026

                For and on behalf of Fabrikam Ltd (Partner)

                Signature: /s/ Sam Lee

                Date: 23 February 2026
                """)).extracting(SignatureBlock::role, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, "Jane Doe", LocalDate.of(2026, 2, 24)),
                        tuple(PartyRole.PARTNER, "Sam Lee", LocalDate.of(2026, 2, 23)));
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

    @Test
    void aBlockDoesNotTakeItsPartyFromTheBlockAboveIt() {
        assertThat(blocks("""
                Customer: Contoso Ltd
                Signature: /s/ Jane Doe
                Date: 2026-03-04
                Signature: /s/ Someone Else
                Date: 2026-03-05
                """)).extracting(SignatureBlock::role)
                .containsExactly(PartyRole.CUSTOMER, PartyRole.UNKNOWN);
    }

    @Test
    void aTableWithALabelColumnIsReadOneColumnPerParty() {
        assertThat(blocks("\t\tContoso Ltd (Customer)\tFabrikam Ltd (Partner)\n"
                + "\tSignature\t\t/s/ Sam Lee\n"
                + "\tName\t\tSam Lee\n"
                + "\tDate\t\t6 October 2026\n"))
                .extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::signer)
                .containsExactly(tuple(PartyRole.CUSTOMER, false, null), tuple(PartyRole.PARTNER, true, "Sam Lee"));
    }

    @Test
    void aTableOfLabelledCellsIsReadOneColumnPerParty() {
        assertThat(blocks("For Contoso Ltd (Customer)\tFor Fabrikam Ltd (Partner)\n"
                + "Signature: /s/ Jane Doe\tSignature: /s/ Sam Lee\n"
                + "Date: 2026-03-04\tDate: 2026-03-02\n"))
                .extracting(SignatureBlock::role, SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, "Jane Doe", LocalDate.of(2026, 3, 4)),
                        tuple(PartyRole.PARTNER, "Sam Lee", LocalDate.of(2026, 3, 2)));
    }

    @Test
    void aTableWithAHeaderOfLabelsIsReadOneRowPerParty() {
        assertThat(blocks("Party\tName\tSignature\tDate\n"
                + "Client: Contoso Ltd\tJane Doe\t/s/ Jane Doe\t6 February 2026\n"
                + "Supplier: Fabrikam Ltd\tSam Lee\t\t\n"))
                .extracting(SignatureBlock::role, SignatureBlock::signed, SignatureBlock::date)
                .containsExactly(tuple(PartyRole.CUSTOMER, true, LocalDate.of(2026, 2, 6)),
                        tuple(PartyRole.PARTNER, false, null));
    }
}
