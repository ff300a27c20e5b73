package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.fact.PartyRole;
import io.poerules.fact.SignatureBlock;
import io.poerules.map.lexicon.Lexicon;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalRecordDetectorTest {

    private static final Lexicon LEXICON = TestTexts.lexicon("""
            {
              "acknowledgement": {
                "approvalActions": {"en": ["Approved", "Released"], "de": ["Genehmigt", "Freigegeben"]}
              },
              "parties": {
                "customerLabels": {"en": ["Customer"], "de": ["Auftraggeber"]},
                "partnerLabels": {"en": ["Supplier"], "de": ["Auftragnehmer"]},
                "legalForms": ["Ltd", "Pte Ltd", "LLC"],
                "personTitles": ["Director", "Officer"]
              },
              "sectionHeadings": {"ACCEPTANCE": {"en": ["Approval History", "Release"], "de": ["Freigabe"]}, "SCOPE": ["Scope"]},
              "dates": {"months": {"MARCH": ["March"]}, "dayFirstCues": ["Ltd"], "monthFirstCues": ["LLC"]}
            }
            """);

    private final Sections sections = new Sections(LEXICON.sectionHeadings());
    private final ApprovalRecordDetector detector = new ApprovalRecordDetector(LEXICON.approvalActions(),
            new RoleWords(LEXICON.customerLabels(), LEXICON.partnerLabels()),
            new OrganisationShape(LEXICON.legalForms(), LEXICON.organisationWords(), LEXICON.personTitles()),
            new DateParser(LEXICON.months(), LEXICON.dateConnectors(), LEXICON.dayFirstCues(), LEXICON.monthFirstCues()));

    private List<SignatureBlock> approvals(String text) {
        return TestTexts.detect(detector, sections, text).ofType(SignatureBlock.class);
    }

    // Workflow rows

    @Test
    void workflowRowWithAnActionAPersonAndADateIsASignedApprovalOfThatPerson() {
        assertThat(approvals("""
                Purchase requisition PR-2026-0412
                Step\tApprover\tRole\tAction\tDate
                1\tAssoc Prof Tan Wei Ming\tDirector\tApproved\t16/10/2026 17:45
                """)).singleElement().satisfies(b -> {
            assertThat(b.signed()).isTrue();
            assertThat(b.signer()).isEqualTo("Assoc Prof Tan Wei Ming");
            assertThat(b.date()).isEqualTo(LocalDate.of(2026, 10, 16));
            assertThat(b.role()).isEqualTo(PartyRole.UNKNOWN);
            assertThat(b.party()).isNull();
            assertThat(b.evidence().text()).isEqualTo("1 Assoc Prof Tan Wei Ming Director Approved 16/10/2026 17:45");
        });
    }

    @Test
    void anActionWithTheWorkflowsWordsAfterADashIsAnAction() {
        assertThat(approvals("""
                Level\tRole\tApprover\tDate\tStatus
                3\tFinance\tR. OKAFOR\t14/05/2026 11:37\tApproved - order released
                4\tFinance\tT. MENSAH\t15/05/2026 09:02\tApproved pending budget
                """)).extracting(SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple("R. OKAFOR", LocalDate.of(2026, 5, 14)));
    }

    @Test
    void theCellWithAnInitialIsThePersonOfARowThatHasTwoCellsOfCapitalisedWords() {
        assertThat(approvals("""
                2\tBudget Holder\tM. RIVA\t13/05/2026 16:02\tApproved
                """)).extracting(SignatureBlock::signer).containsExactly("M. RIVA");
    }

    @Test
    void roleOfARowIsWhatItsOtherCellsSay() {
        assertThat(approvals("""
                1\tGrace Liu\tSupplier (Merlion Tech Pte Ltd)\tApproved\t17/10/2026 09:10
                2\tSam Lee\tCustomer\tApproved\t18/10/2026 11:00
                """)).extracting(SignatureBlock::signer, SignatureBlock::role).containsExactly(
                tuple("Grace Liu", PartyRole.PARTNER), tuple("Sam Lee", PartyRole.CUSTOMER));
    }

    @Test
    void actionInAnotherLanguage() {
        assertThat(approvals("Genehmigt\tJana Weber\t04.03.2026\n")).extracting(SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple("Jana Weber", LocalDate.of(2026, 3, 4)));
    }

    @Test
    void actionInCapitalsOrWithAFullStopIsStillAnAction() {
        assertThat(approvals("""
                Jane Doe\tAPPROVED\t4 March 2026
                Sam Lee\tApproved.\t5 March 2026
                """)).extracting(SignatureBlock::signer).containsExactly("Jane Doe", "Sam Lee");
    }

    @Test
    void rowWithAnActionOutsideTheLexiconIsNoApproval() {
        assertThat(approvals("""
                Jane Doe\tSubmitted\t15/10/2026
                Jane Doe\tRejected\t16/10/2026
                """)).isEmpty();
    }

    @Test
    void actionMustBeAWholeCell() {
        assertThat(approvals("""
                Project approved in principle\tJana Weber\t04.03.2026
                Approved budget: 12,000 EUR\tJana Weber\t04.03.2026
                """)).isEmpty();
    }

    @Test
    void rowWithoutADateIsNoApproval() {
        assertThat(approvals("3\tSam Lee\tCustomer\tApproved\t\n")).isEmpty();
    }

    @Test
    void rowWithoutAPersonIsNoApproval() {
        assertThat(approvals("""
                Approved\tContoso Ltd\t04.03.2026
                Approved\tJana\t04.03.2026
                """)).isEmpty();
    }

    @Test
    void numericDatesOfRowsAreReadInTheDocumentsOrder() {
        assertThat(approvals("""
                1\tSam Lee\tApproved\t03/04/2026
                2\tJane Doe\tApproved\t25/04/2026
                """)).extracting(SignatureBlock::date).containsExactly(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 25));
        assertThat(approvals("""
                1\tSam Lee\tApproved\t03/04/2026
                Fabrikam LLC
                """)).extracting(SignatureBlock::date).containsExactly(LocalDate.of(2026, 3, 4));
    }

    // Release sections

    @Test
    void releaseSectionThatRecordsAnApprovalGivesAnApprovalPerLineWithAPersonAndADate() {
        assertThat(approvals("""
                Release
                Status: RELEASED
                Level 1: Dr. Anna Schmidt, Head of Procurement 2026/02/15 09:12
                Level 2: Prof. N. Mahlangu, Chief Information Officer 2026/02/16 10:42
                """)).extracting(SignatureBlock::signed, SignatureBlock::signer, SignatureBlock::date, b -> b.evidence().text())
                .containsExactly(
                        tuple(true, "Dr. Anna Schmidt", LocalDate.of(2026, 2, 15),
                                "Level 1: Dr. Anna Schmidt, Head of Procurement 2026/02/15 09:12"),
                        tuple(true, "Prof. N. Mahlangu", LocalDate.of(2026, 2, 16),
                                "Level 2: Prof. N. Mahlangu, Chief Information Officer 2026/02/16 10:42"));
    }

    @Test
    void roleOfAReleaseLineIsWhatTheWordsAfterThePersonSay() {
        assertThat(approvals("""
                Release
                Status: RELEASED
                Level 1: Jane Doe, Customer 2026/02/15
                Level 2: Sam Lee (Supplier) 2026/02/16
                """)).extracting(SignatureBlock::signer, SignatureBlock::role).containsExactly(
                tuple("Jane Doe", PartyRole.CUSTOMER), tuple("Sam Lee", PartyRole.PARTNER));
    }

    @Test
    void statusWithAColonRecordsAnApprovalInAnotherLanguage() {
        assertThat(approvals("""
                Freigabe
                Freigabestatus: Freigegeben
                Stufe 1: Jana Weber 04.03.2026
                """)).extracting(SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple("Jana Weber", LocalDate.of(2026, 3, 4)));
    }

    @Test
    void releaseSectionWhoseStatusIsNoApprovalRecordsNone() {
        assertThat(approvals("""
                Release
                Status: Draft
                Level 1: Anna Schmidt, Head of Procurement 2026/02/15 09:12
                """)).isEmpty();
    }

    @Test
    void actionWordInASentenceRecordsNoApproval() {
        assertThat(approvals("""
                Release
                The order will be Released once the budget is approved.
                Level 1: Anna Schmidt 2026/02/15
                """)).isEmpty();
    }

    @Test
    void linesWithAPersonAndADateOutsideAnApprovalSectionAreNoApproval() {
        assertThat(approvals("""
                Status: RELEASED
                Level 1: Anna Schmidt 2026/02/15
                Scope
                Status: RELEASED
                Kick-off: Sam Lee 2026/02/20
                """)).isEmpty();
    }

    @Test
    void releaseLineOfTwoCellsIsReadAsALine() {
        assertThat(approvals("""
                Release
                Status: RELEASED
                Anna Schmidt, Head of Procurement\t2026/02/15 09:12
                """)).extracting(SignatureBlock::signer, SignatureBlock::date)
                .containsExactly(tuple("Anna Schmidt", LocalDate.of(2026, 2, 15)));
    }

    @Test
    void releaseSectionEndsAtTheNextHeading() {
        assertThat(approvals("""
                Release
                Status: RELEASED
                Level 1: Anna Schmidt 2026/02/15
                DELIVERY NOTES
                Contact: Sam Lee 2026/02/20
                """)).extracting(SignatureBlock::signer).containsExactly("Anna Schmidt");
    }

    // Bugs

    @Test
    void roleInTheApproversCellIsRead() {
        assertThat(approvals("Jane Doe (Customer)\tApproved\t4 March 2026\n"))
                .extracting(SignatureBlock::signer, SignatureBlock::role).containsExactly(tuple("Jane Doe", PartyRole.CUSTOMER));
    }
}
