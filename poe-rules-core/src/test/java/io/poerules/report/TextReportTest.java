package io.poerules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.Claim;
import io.poerules.api.DocumentReport;
import io.poerules.api.EngagementReport;
import io.poerules.api.DocumentType;
import io.poerules.api.ErrorCode;
import io.poerules.api.Finding;
import io.poerules.api.Outcome;
import io.poerules.api.Program;
import io.poerules.api.ReportError;
import io.poerules.api.Requirement;
import io.poerules.api.RuleSetInfo;
import io.poerules.api.ValidationReport;
import io.poerules.api.Verdict;
import io.poerules.fact.Evidence;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextReportTest {

    private static ValidationReport report(DocumentReport... documents) {
        return new ValidationReport(ValidationReport.SCHEMA_VERSION, new ValidationReport.Tool("poe-rules", "9.9"),
                new RuleSetInfo("default", "1.0", List.of("classpath:x"), 12), List.of(documents));
    }

    private static DocumentReport document(String source, Verdict verdict, List<Finding> findings,
                                           List<ReportError> errors) {
        return new DocumentReport(source, "application/pdf", DocumentType.STATEMENT_OF_WORK, Program.AZURE, verdict,
                findings, Map.of(), errors);
    }

    @Test
    void tablePerDocumentWithFindingsEvidenceErrorsAndSummary() {
        Finding parties = new Finding(Requirement.PARTIES, "PARTIES-1", Outcome.PASS, "Partner and customer are named",
                List.of(new Evidence("Customer:\n  Contoso Ltd", 10, 30, 2, null)));
        Finding ack = new Finding(Requirement.CUSTOMER_ACKNOWLEDGEMENT, "ACK-9", Outcome.FAIL,
                "No customer signature", List.of());
        String text = TextReport.toText(report(
                document("sow.pdf", Verdict.FAIL, List.of(parties, ack), List.of()),
                document("mail.eml", Verdict.REVIEW, List.of(),
                        List.of(new ReportError(ErrorCode.EMBEDDED_ERROR, "Cannot read it", "att.pdf")))));

        assertThat(text).isEqualTo("""
                poe-rules 9.9, rule set default 1.0 (12 rules)

                sow.pdf  [type: STATEMENT_OF_WORK, program: AZURE]  verdict: FAIL
                  REQUIREMENT               OUTCOME  RULE       REASON
                  PARTIES                   PASS     PARTIES-1  Partner and customer are named
                                                                "Customer: Contoso Ltd" (page 2)
                  CUSTOMER_ACKNOWLEDGEMENT  FAIL     ACK-9      No customer signature

                mail.eml  [type: STATEMENT_OF_WORK, program: AZURE]  verdict: REVIEW
                  no findings
                  errors:
                    EMBEDDED_ERROR: Cannot read it (in att.pdf)

                2 documents: 0 PASS, 1 FAIL, 1 REVIEW, 0 ERROR
                """);
    }

    @Test
    void longEvidenceIsCutForTheTerminal() {
        String snippet = TextReport.evidence(new Evidence("x".repeat(200), 0, 200, null, "att.pdf"));

        assertThat(snippet).isEqualTo("\"" + "x".repeat(TextReport.MAX_SNIPPET - 1) + "…\" (in att.pdf)");
    }

    @Test
    void terminalControlsInUntrustedTextAreEscaped() {
        assertThat(TextReport.escapeControls("a\u001b[2Jb\u0007c\u009bd\u007fe\rf"))
                .isEqualTo("a\\x1B[2Jb\\x07c\\x9Bd\\x7Fe\\x0Df");
        assertThat(TextReport.escapeControls("safe\u202Etxt.exe")).isEqualTo("safe\\u202Etxt.exe");
        assertThat(TextReport.escapeControls("tab\tand\nnewline, é, 日本")).isEqualTo("tab\tand\nnewline, é, 日本");
        assertThat(TextReport.escapeControls(null)).isEmpty();
    }

    @Test
    void controlsInFindingsAndSourcesNeverReachTheOutput() {
        Finding f = new Finding(Requirement.PARTIES, "P\u001b1", Outcome.PASS, "Named \u001b]0;title\u0007",
                List.of(new Evidence("Evil\u001b[31m Corp", 0, 10, null, null)));

        String text = TextReport.toText(report(document("a\u001b[2J.pdf", Verdict.PASS, List.of(f), List.of())));

        assertThat(text).doesNotContain("\u001b", "\u0007")
                .contains("a\\x1B[2J.pdf", "P\\x1B1", "Named \\x1B]0;title\\x07", "\"Evil\\x1B[31m Corp\"");
    }

    @Test
    void engagementComesFirstAndItsEvidenceNamesItsDocument() {
        Claim claim = Claim.builder().partner("Fabrikam Consulting").customer("Contoso Ltd").program(Program.AZURE)
                .claimDate(LocalDate.of(2026, 11, 30)).build();
        Finding ack = new Finding(Requirement.CUSTOMER_ACKNOWLEDGEMENT, "ACK-PRESENT", Outcome.PASS,
                "Acknowledged by the customer", List.of(new Evidence("We approve.", 4, 15, null, null,
                        "bundle/approval.eml")));
        Finding text = new Finding(Requirement.EXTRACTABLE_TEXT, "TEXT-ABSENT", Outcome.WARN, "No text",
                List.of(new Evidence("", 0, 0, 1, null, "bundle/scan.pdf")));
        DocumentReport sow = document("bundle/sow.pdf", Verdict.FAIL, List.of(), List.of());
        EngagementReport engagement = new EngagementReport(claim, Verdict.REVIEW, List.of(text, ack),
                List.of("bundle/sow.pdf", "bundle/approval.eml", "bundle/scan.pdf", "bundle/gone.pdf"),
                List.of(new ReportError(ErrorCode.IO_ERROR, "Cannot read it").withSource("bundle/gone.pdf")),
                List.of(sow));
        ValidationReport report = new ValidationReport(ValidationReport.SCHEMA_VERSION,
                new ValidationReport.Tool("poe-rules", "9.9"), new RuleSetInfo("default", "1.0", List.of(), 12),
                List.of(engagement), List.of(sow));

        assertThat(TextReport.toText(report)).isEqualTo("""
                poe-rules 9.9, rule set default 1.0 (12 rules)

                engagement: Contoso Ltd, claimed by Fabrikam Consulting  [program: AZURE, claim date: 2026-11-30]  verdict: REVIEW
                  documents: sow.pdf, approval.eml, scan.pdf, gone.pdf
                  REQUIREMENT               OUTCOME  RULE         REASON
                  EXTRACTABLE_TEXT          WARN     TEXT-ABSENT  No text
                                                                  [scan.pdf]
                  CUSTOMER_ACKNOWLEDGEMENT  PASS     ACK-PRESENT  Acknowledged by the customer
                                                                  [approval.eml] "We approve."
                  errors:
                    IO_ERROR: Cannot read it (in gone.pdf)

                bundle/sow.pdf  [type: STATEMENT_OF_WORK, program: AZURE]  verdict: FAIL
                  no findings

                1 engagement: 0 PASS, 0 FAIL, 1 REVIEW, 0 ERROR
                1 document: 0 PASS, 1 FAIL, 0 REVIEW, 0 ERROR
                """);
    }

    @Test
    void summaryCountsEveryVerdict() {
        assertThat(TextReport.summary(List.of())).isEqualTo("0 documents: 0 PASS, 0 FAIL, 0 REVIEW, 0 ERROR");
        assertThat(TextReport.summary(List.of(document("a", Verdict.ERROR, List.of(), List.of()))))
                .isEqualTo("1 document: 0 PASS, 0 FAIL, 0 REVIEW, 1 ERROR");
    }
}
