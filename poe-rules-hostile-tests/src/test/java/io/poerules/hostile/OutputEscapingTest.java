package io.poerules.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.DocumentReport;
import io.poerules.api.PoeValidator;
import io.poerules.api.ValidationReport;
import io.poerules.report.ReportJson;
import io.poerules.report.TextReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Documents full of terminal escape sequences, C1 controls and bidirectional overrides, in their text and
 * in their names, cannot put any of them into the text or JSON report: a report printed on a terminal
 * cannot clear it, move its cursor, recolour it, or reorder what it shows.
 */
class OutputEscapingTest {

    /** Erase the screen, move home, red, CSI as one C1 character, right-to-left override, bell, backspace. */
    private static final String HOSTILE = "\u001B[2J\u001B[H\u001B[31m\u009B1;1H\u202E\u0007\b";
    private static final String[] RAW = {"\u001B", "\u009B", "\u202E", "\u0007", "\b", "\u2028"};

    private static Path dir;
    private static ValidationReport report;

    @BeforeAll
    static void validate() throws IOException {
        dir = Corpus.work(OutputEscapingTest.class);
        String sow = """
                STATEMENT OF WORK %1$s
                Customer: Contoso%1$s Pharmaceuticals Ltd
                Partner: Fabrikam Consulting Ltd%1$s
                Scope: the partner will migrate the customer's file servers to Azure Files.%1$s
                For and on behalf of Contoso Pharmaceuticals Ltd (Customer)
                Signature: /s/ Maria%1$s Garcia
                Date: 2026-03-04
                The partner will assess the current file servers, design the Azure Files shares, migrate the
                data in three waves, validate each cutover with the customer's operations team, and hand over
                the runbooks, the architecture document and the support procedures at the end of the project.
                """.formatted(HOSTILE);
        // ASCII controls only in the name: a file name in another encoding than the JVM's cannot be written.
        Path text = Files.writeString(dir.resolve("sow\u001B[2J\u001B[31m\u0007.txt"), sow);
        Path html = Files.writeString(dir.resolve("sow.html"), "<html><body><h1>Statement of Work &#27;[2J&#x9b;1;1H"
                + "</h1><p>Customer: Contoso&#x202E; Ltd&#7;</p><p>Partner: Fabrikam\u2028Ltd &#27;]0;pwned&#7;</p></body></html>");
        Path email = Files.writeString(dir.resolve("approval.eml"), "From: Raj <raj@contoso.example>\r\n"
                + "To: Sam <sam@fabrikam.example>\r\nSubject: =?utf-8?q?Approved=1B=5B2J=E2=80=AE?=\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nWe approve the completed "
                + "migration\u001B[31m of the file servers to Azure Files.\u009B2J\r\n");
        try (PoeValidator validator = PoeValidator.builder().referenceDate(Corpus.REFERENCE_DATE).build()) {
            report = validator.validateAll(List.of(text, html, email));
        }
    }

    @AfterAll
    static void delete() throws IOException {
        Corpus.deleteTree(dir);
    }

    @Test
    void theDocumentsDoCarryControlCharactersIntoTheReport() {
        String evidence = report.documents().stream().flatMap(d -> d.findings().stream())
                .flatMap(f -> f.evidence().stream()).map(e -> e.text()).reduce("", String::concat);
        String sources = report.documents().stream().map(DocumentReport::source).reduce("", String::concat);
        assertThat(evidence + sources).contains("\u001B", "\u202E");
    }

    @Test
    void theTextReportHasNoControlCharactersButLineBreaksAndTabs() {
        String text = TextReport.toText(report);

        assertThat(text).doesNotContain(RAW).contains("\\x1B[2J");
        assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F)).isEmpty();
    }

    @Test
    void theJsonReportHasNoControlCharacters() {
        String json = ReportJson.toJson(report);

        assertThat(json).doesNotContain(RAW).contains("\\u001B");
        assertThat(json.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F)).isEmpty();
    }
}
