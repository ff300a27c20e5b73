package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.fact.ESignature;
import io.poerules.map.lexicon.Lexicon;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ESignatureDetectorTest {

    private static final Lexicon LEXICON = TestTexts.lexicon("""
            {
              "acknowledgement": {
                "certificateTitles": {"en": ["Certificate Of Completion", "Final Audit Report"], "de": ["Abschlusszertifikat"]},
                "certificateSignedWords": {"en": ["e-signed", "Signed:", "Signature Date", "Signature Adoption"], "de": ["unterschrieben"]}
              },
              "dates": {
                "months": {"MARCH": ["March"]},
                "dayFirstCues": ["Ltd"],
                "monthFirstCues": ["Inc."]
              }
            }
            """);

    private final ESignatureDetector detector = new ESignatureDetector(LEXICON.certificateTitles(),
            LEXICON.certificateSignedWords(), new DateParser(LEXICON.months(), LEXICON.dateConnectors(),
                    LEXICON.dayFirstCues(), LEXICON.monthFirstCues()));

    private List<ESignature> events(String text) {
        return TestTexts.detect(detector, new Sections(Map.of()), text).ofType(ESignature.class);
    }

    @Test
    void docuSignCertificateGivesEachSignerWithNameEmailDomainAndSignedDate() {
        assertThat(events("""
                Statement of Work
                Certificate Of Completion
                Envelope Id: 4B1C2D3E5F6A7B8C9D0E1F2A3B4C5D6E
                Status: Completed
                Signer Events
                Jane Doe
                jane.doe@Contoso.example
                Chief Information Officer
                Signed: 8/11/2026 9:07:18 AM
                Sam Lee
                sam.lee@fabrikam.example
                Signed: 8/10/2026 4:12:01 PM
                """)).extracting(ESignature::signer, ESignature::email, ESignature::domain, ESignature::signed, ESignature::date)
                .containsExactly(
                        tuple("Jane Doe", "jane.doe@contoso.example", "contoso.example", true, LocalDate.of(2026, 8, 11)),
                        tuple("Sam Lee", "sam.lee@fabrikam.example", "fabrikam.example", true, LocalDate.of(2026, 8, 10)));
    }

    @Test
    void evidenceOfAnEventRunsFromItsAddressToItsEvents() {
        assertThat(events("""
                Certificate Of Completion
                Sam Lee
                sam.lee@fabrikam.example
                Signed: 8/10/2026 4:12:01 PM
                """)).extracting(e -> e.evidence().text())
                .containsExactly("sam.lee@fabrikam.example Signed: 8/10/2026 4:12:01 PM");
    }

    @Test
    void signerSentButNotSignedIsUnsignedWithoutDate() {
        assertThat(events("""
                Certificate Of Completion
                Status: Sent
                Signer Events
                Sam Lee
                sam.lee@fabrikam.example
                Sent: 7/6/2026 Viewed: 7/6/2026 Signed: 7/7/2026 10:02:11 AM
                Thandiwe Nkosi
                thandiwe.nkosi@umhlanga.example
                Sent: 7/7/2026 10:03:00 AM
                Viewed: 7/8/2026 8:15:44 AM
                """)).extracting(ESignature::signer, ESignature::signed, ESignature::date).containsExactly(
                tuple("Sam Lee", true, LocalDate.of(2026, 7, 7)),
                tuple("Thandiwe Nkosi", false, null));
    }

    @Test
    void signedDateIsTheDateRightAfterAWordOfSigningRatherThanTheFirstDateAfterOne() {
        assertThat(events("""
                Certificate Of Completion
                Sam Lee
                sam.lee@fabrikam.example\tSignature Adoption: Pre-selected Style\tViewed: 7/6/2026 9:12:40 AM
                Using IP Address: 10.1.2.3\tSigned: 7/7/2026 10:02:11 AM
                """)).extracting(ESignature::date).containsExactly(LocalDate.of(2026, 7, 7));
    }

    @Test
    void adobeAuditTrailNamesTheSignerInTheEventAndItsSignatureDate() {
        assertThat(events("""
                Final Audit Report 2025-09-22
                Created: 2025-09-18 - 10:11:02 AM GMT
                Document emailed to Ravi Menon (ravi.menon@konkanagro.example) for signature
                2025-09-18 - 10:11:40 AM GMT
                Email viewed by Ravi Menon (ravi.menon@konkanagro.example)
                2025-09-19 - 7:02:13 AM GMT
                Document e-signed by Ravi Menon (ravi.menon@konkanagro.example)
                Signature Date: 2025-09-22 - 6:45:10 AM GMT - Time Source: server
                Agreement completed.
                """)).extracting(ESignature::signer, ESignature::email, ESignature::signed, ESignature::date)
                .containsExactly(tuple("Ravi Menon", "ravi.menon@konkanagro.example", true, LocalDate.of(2025, 9, 22)));
    }

    @Test
    void adobeAuditTrailWithoutAnESignedEventIsUnsigned() {
        assertThat(events("""
                Final Audit Report 2025-09-22
                Document emailed to Ravi Menon (ravi.menon@konkanagro.example) for signature
                2025-09-18 - 10:11:40 AM GMT
                Email viewed by Ravi Menon (ravi.menon@konkanagro.example)
                2025-09-19 - 7:02:13 AM GMT
                """)).extracting(ESignature::signer, ESignature::signed, ESignature::date)
                .containsExactly(tuple("Ravi Menon", false, null));
    }

    @Test
    void eventsOfOneAddressInAnyCaseAreOneSignatureThatALaterCopyDoesNotUndo() {
        assertThat(events("""
                Certificate Of Completion
                Signer Events
                Jane Doe
                jane.doe@contoso.example
                Signed: 8/11/2026 9:07:18 AM
                Carbon Copy Events
                Jane Doe
                Jane.Doe@Contoso.example
                Sent: 8/12/2026
                """)).extracting(ESignature::email, ESignature::signed, ESignature::date)
                .containsExactly(tuple("jane.doe@contoso.example", true, LocalDate.of(2026, 8, 11)));
    }

    @Test
    void envelopeSenderWithoutEventsOfSigningIsUnsigned() {
        assertThat(events("""
                Certificate Of Completion
                Envelope Originator:
                Sam Lee
                sam.lee@fabrikam.example
                Signer Events
                Jane Doe
                jane.doe@contoso.example
                Signed: 8/11/2026 9:07:18 AM
                """)).extracting(ESignature::signer, ESignature::signed).containsExactly(
                tuple("Sam Lee", false), tuple("Jane Doe", true));
    }

    @Test
    void certificateTitleInAnotherLanguageAndItsWordOfSigning() {
        assertThat(events("""
                Abschlusszertifikat
                Unterzeichner
                Jana Weber
                jana.weber@contoso.example
                unterschrieben am 04.03.2026
                """)).extracting(ESignature::signer, ESignature::signed, ESignature::date)
                .containsExactly(tuple("Jana Weber", true, LocalDate.of(2026, 3, 4)));
    }

    @Test
    void certificateTableRowGivesTheSignerInTheCellBeforeTheAddress() {
        assertThat(events("""
                Certificate Of Completion
                Signer Events\tSignature\tTimestamp
                Jane Doe\tjane.doe@contoso.example\tSigned: 8/11/2026
                """)).extracting(ESignature::signer, ESignature::signed).containsExactly(tuple("Jane Doe", true));
    }

    @Test
    void numericDatesOfTheCertificateAreReadInTheDocumentsOrder() {
        String certificate = """
                Certificate Of Completion
                Jane Doe
                jane.doe@contoso.example
                Signed: 03/04/2026
                """;

        assertThat(events(certificate + "Contoso Ltd")).extracting(ESignature::date).containsExactly(LocalDate.of(2026, 4, 3));
        assertThat(events(certificate + "Contoso Inc.")).extracting(ESignature::date).containsExactly(LocalDate.of(2026, 3, 4));
    }

    @Test
    void certificateIsReadOnlyFromItsTitleAtTheStartOfALine() {
        assertThat(events("""
                This SOW is signed through DocuSign; the Certificate Of Completion will be attached.
                jane.doe@contoso.example
                Signed: 8/11/2026
                """)).isEmpty();
    }

    @Test
    void addressesAboveTheCertificateAreNoEvents() {
        assertThat(events("""
                Customer contact: Priya Shah, priya.shah@contoso.example, signed: 8/1/2026
                Certificate Of Completion
                Jane Doe
                jane.doe@contoso.example
                Signed: 8/11/2026
                """)).extracting(ESignature::email).containsExactly("jane.doe@contoso.example");
    }

    @Test
    void documentWithoutCertificateHasNoEvents() {
        assertThat(events("""
                Signature: /s/ Jane Doe
                jane.doe@contoso.example
                Signed: 8/11/2026
                """)).isEmpty();
    }

    @Test
    void signerOfADocuSignTableIsTheNameAboveTheAddressNotTheHeaderRow() {
        assertThat(events("""
                Certificate Of Completion
                Signer Events\tSignature\tTimestamp
                Jane Doe\tDocuSigned by:\tSent: 8/10/2026 3:01:12 PM
                jane.doe@contoso.example\tJane Doe\tViewed: 8/11/2026 9:05:02 AM
                Chief Information Officer\t7F3A9C21B04E4D1...\tSigned: 8/11/2026 9:07:18 AM
                """)).extracting(ESignature::signer, ESignature::signed, ESignature::date)
                .containsExactly(tuple("Jane Doe", true, LocalDate.of(2026, 8, 11)));
    }
}
