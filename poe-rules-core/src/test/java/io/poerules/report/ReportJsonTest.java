package io.poerules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.DocumentReport;
import io.poerules.api.DocumentType;
import io.poerules.api.Finding;
import io.poerules.api.Outcome;
import io.poerules.api.Program;
import io.poerules.api.Requirement;
import io.poerules.api.RuleSetInfo;
import io.poerules.api.ValidationReport;
import io.poerules.api.Verdict;
import io.poerules.fact.Evidence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

    /** Clears the screen, CSI as one C1 character, right-to-left override, line separator, DEL, bell. */
    private static final String HOSTILE = "Contoso\u001B[2J\u009B31m\u202Eevil\u2028line\u007F\u0007 Ltd";

    private static ValidationReport report(String text) {
        Finding finding = new Finding(Requirement.PARTIES, "PARTIES-1", Outcome.PASS, "Customer " + text,
                List.of(new Evidence(text, 0, text.length(), null, text)));
        DocumentReport document = new DocumentReport(text + ".pdf", "application/pdf", DocumentType.STATEMENT_OF_WORK,
                Program.AZURE, Verdict.PASS, List.of(finding), Map.of(), List.of());
        return new ValidationReport(ValidationReport.SCHEMA_VERSION, new ValidationReport.Tool("poe-rules", "9.9"),
                new RuleSetInfo("default", "1.0", List.of("classpath:x"), 1), List.of(document));
    }

    @Test
    void controlAndBidirectionalCharactersFromDocumentsAreEscaped() {
        String json = ReportJson.toJson(report(HOSTILE));

        assertThat(json).doesNotContain("\u001B", "\u009B", "\u202E", "\u2028", "\u007F", "\u0007")
                .contains("\\u001B[2J", "\\u009B31m", "\\u202Eevil", "\\u2028line", "\\u007F");
    }

    @Test
    void escapedTextReadsBackAsWritten() throws Exception {
        String json = ReportJson.toJson(report(HOSTILE));

        ValidationReport back = ReportJson.mapper().readValue(json, ValidationReport.class);
        assertThat(back.documents().get(0).source()).isEqualTo(HOSTILE + ".pdf");
        assertThat(back.documents().get(0).findings().get(0).evidence().get(0).text()).isEqualTo(HOSTILE);
    }

    @Test
    void otherTextIsNotEscaped() {
        assertThat(ReportJson.toJson(report("Zoë Müller, 東京, naïve"))).contains("Zoë Müller, 東京, naïve");
    }
}
