package io.poerules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poerules.api.Claim;
import io.poerules.api.DocumentReport;
import io.poerules.api.DocumentType;
import io.poerules.api.EngagementReport;
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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

    private static final ValidationReport.Tool TOOL = new ValidationReport.Tool("poe-rules", "9.9");
    private static final RuleSetInfo RULES = new RuleSetInfo("default", "1.0", List.of("classpath:x"), 3);

    private static DocumentReport document(String name, Verdict verdict) {
        String text = "Signed by Zoë \u001B[2J for " + name;
        Finding finding = new Finding(Requirement.PARTIES, "PARTIES-1", Outcome.PASS, "Customer named",
                List.of(new Evidence(text, 0, text.length(), 2, name)));
        return new DocumentReport(name, "application/pdf", DocumentType.STATEMENT_OF_WORK, Program.AZURE, verdict,
                List.of(finding), Map.of("party", List.of(Map.of("name", "Contoso"))),
                verdict == Verdict.ERROR ? List.of(new ReportError(ErrorCode.CORRUPT, "broken")) : List.of());
    }

    private static EngagementReport engagement(DocumentReport... documents) {
        Claim claim = Claim.builder().partner("Fabrikam Consulting").customer("Contoso Ltd").program(Program.AZURE)
                .claimDate(LocalDate.of(2026, 6, 30)).build();
        return new EngagementReport(claim, Verdict.PASS, List.of(), List.of(documents).stream()
                .map(DocumentReport::source).toList(), List.of(), List.of(documents));
    }

    private static String streamed(List<EngagementReport> engagements, List<DocumentReport> documents) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ValidationReport root = new ValidationReport(ValidationReport.SCHEMA_VERSION, TOOL, RULES, List.of());
        try (JsonReportWriter writer = JsonReportWriter.start(out, root, engagements)) {
            for (DocumentReport d : documents) {
                writer.document(d);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void streamedReportIsTheSameAsTheWholeReportWritten() throws Exception {
        DocumentReport sow = document("bundle/sow.pdf", Verdict.PASS);
        DocumentReport alone = document("alone.pdf", Verdict.ERROR);
        List<EngagementReport> engagements = List.of(engagement(sow));
        List<DocumentReport> documents = List.of(sow, alone);

        String whole = ReportJson.toJson(new ValidationReport(ValidationReport.SCHEMA_VERSION, TOOL, RULES,
                engagements, documents)) + "\n";

        assertThat(streamed(engagements, documents)).isEqualTo(whole).contains("\\u001B[2J");
    }

    @Test
    void emptyReportIsTheSameAsTheWholeReportWritten() throws Exception {
        String whole = ReportJson.toJson(new ValidationReport(ValidationReport.SCHEMA_VERSION, TOOL, RULES,
                List.of(), List.of())) + "\n";

        assertThat(streamed(List.of(), List.of())).isEqualTo(whole);
    }

    @Test
    void eachEntryReachesTheStreamWhenWritten() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ValidationReport root = new ValidationReport(ValidationReport.SCHEMA_VERSION, TOOL, RULES, List.of());
        JsonReportWriter writer = JsonReportWriter.start(out, root, List.of());
        writer.document(document("first.pdf", Verdict.FAIL));

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"source\" : \"first.pdf\"");
        writer.close();
        assertThatThrownBy(() -> writer.document(document("late.pdf", Verdict.PASS)))
                .isInstanceOf(IllegalStateException.class);
    }
}
