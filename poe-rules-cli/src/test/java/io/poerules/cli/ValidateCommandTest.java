package io.poerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.poerules.report.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code poe validate}, with the tiny rule set of the test resources (text extracted, customer named). */
class ValidateCommandTest {

    static final String WITH_CUSTOMER = """
            Statement of Work
            Customer: Contoso Ltd
            Partner: Fabrikam Inc
            Fabrikam deploys Microsoft Intune for Contoso.
            """;

    static final String WITHOUT_CUSTOMER = """
            Meeting notes
            We talked about the weather.
            """;

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static JsonNode json(String text) throws IOException {
        return ReportJson.mapper().readTree(text);
    }

    /** The {@code source} of each entry of a JSON array. */
    private static List<String> sources(JsonNode entries) {
        List<String> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.path("source").asText()));
        return out;
    }

    @Test
    void jsonReportGoesToStdoutAndNamesSchemaToolAndVerdict() throws IOException {
        Path sow = file("sow.txt", WITH_CUSTOMER);

        Poe.Result r = Poe.run("validate", "--format", "json", sow.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode report = json(r.out());
        assertThat(report.path("schemaVersion").asText()).isEqualTo("1.1");
        assertThat(report.path("tool").path("name").asText()).isEqualTo("poe-rules");
        assertThat(report.path("ruleSet").path("name").asText()).isEqualTo("cli-test");
        JsonNode doc = report.path("documents").get(0);
        assertThat(doc.path("source").asText()).isEqualTo(sow.toString());
        assertThat(doc.path("verdict").asText()).isEqualTo("PASS");
        assertThat(doc.path("findings").findValuesAsText("ruleId")).containsExactlyInAnyOrder("T-TEXT", "T-CUSTOMER");
    }

    @Test
    void formatNameIsCaseInsensitive() throws IOException {
        Path sow = file("sow.txt", WITH_CUSTOMER);

        Poe.Result r = Poe.run("validate", "--format=JSON", sow.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(json(r.out()).path("documents")).hasSize(1);
    }

    @Test
    void documentThatFailsGivesExitCode1() throws IOException {
        Path notes = file("notes.txt", WITHOUT_CUSTOMER);

        Poe.Result r = Poe.run("validate", "--format", "json", notes.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(json(r.out()).path("documents").get(0).path("verdict").asText()).isEqualTo("FAIL");
    }

    @Test
    void textReportShowsVerdictFindingsEvidenceAndSummary() throws IOException {
        Path sow = file("sow.txt", WITH_CUSTOMER);
        Path notes = file("notes.txt", WITHOUT_CUSTOMER);

        Poe.Result r = Poe.run("validate", sow.toString(), notes.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out())
                .contains(sow + "  [type: ", "verdict: PASS")
                .contains(notes + "  [type: ", "verdict: FAIL")
                .containsPattern("PARTIES +PASS +T-CUSTOMER +The customer is named: Contoso Ltd")
                .contains("\"Customer: Contoso Ltd\"")
                .containsPattern("PARTIES +FAIL +T-NO-CUSTOMER +The customer is not named")
                .endsWith("2 documents: 1 PASS, 1 FAIL, 0 REVIEW, 0 ERROR\nResult: 1 passed, 1 failed, 0 review, 0 error\n");
    }

    @Test
    void outputOptionWritesTheReportToAFile() throws IOException {
        Path sow = file("sow.txt", WITH_CUSTOMER);
        Path out = dir.resolve("report.json");

        Poe.Result r = Poe.run("validate", "--format", "json", "--output", out.toString(), sow.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("wrote " + out, "1 document: 1 PASS");
        assertThat(json(Files.readString(out)).path("documents").get(0).path("verdict").asText()).isEqualTo("PASS");
    }

    @Test
    void unwritableOutputExits2() throws IOException {
        Path sow = file("sow.txt", WITH_CUSTOMER);

        Poe.Result r = Poe.run("validate", "-o", dir.resolve("no/such/dir/report.txt").toString(), sow.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("poe: cannot write", "no such file or directory");
    }

    @Test
    void emptyFileIsAnErrorEntryAndTheBatchGoesOn() throws IOException {
        Path empty = file("empty.pdf", "");
        Path sow = file("sow.txt", WITH_CUSTOMER);

        Poe.Result r = Poe.run("validate", "--format", "json", empty.toString(), sow.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode docs = json(r.out()).path("documents");
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).path("verdict").asText()).isEqualTo("ERROR");
        assertThat(docs.get(0).path("errors").get(0).path("code").asText()).isEqualTo("EMPTY");
        assertThat(docs.get(1).path("verdict").asText()).isEqualTo("PASS");
    }

    @Test
    void emptyFileErrorIsShownInTheTextReport() throws IOException {
        Path empty = file("empty.pdf", "");

        Poe.Result r = Poe.run("validate", empty.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("verdict: ERROR", "  errors:\n    EMPTY: ", "0 PASS, 0 FAIL, 0 REVIEW, 1 ERROR");
    }

    @Test
    void directoryIsSearchedInOrderSkippingHiddenAndExpectedFiles() throws IOException {
        file("suite/b.txt", WITH_CUSTOMER);
        file("suite/a.txt", WITH_CUSTOMER);
        file("suite/sub/c.txt", WITH_CUSTOMER);
        file("suite/.hidden.txt", WITH_CUSTOMER);
        file("suite/.git/d.txt", WITH_CUSTOMER);
        file("suite/expected.json", "{}");

        Poe.Result r = Poe.run("validate", "--format", "json", dir.resolve("suite").toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(sources(json(r.out()).path("documents"))).containsExactly(
                dir.resolve("suite/a.txt").toString(), dir.resolve("suite/b.txt").toString(),
                dir.resolve("suite/sub/c.txt").toString());
    }

    @Test
    void missingPathIsAUsageError() {
        Path missing = dir.resolve("foo.pdf");

        Poe.Result r = Poe.run("validate", missing.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("poe: no such file or directory: " + missing + "\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingPathArgumentIsAUsageError() {
        Poe.Result r = Poe.run("validate");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("poe: Missing required parameter: 'PATH'");
    }

    @Test
    void directoryWithoutDocumentsIsAUsageError() throws IOException {
        Files.createDirectories(dir.resolve("nothing"));

        Poe.Result r = Poe.run("validate", dir.resolve("nothing").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("poe: no documents found in: ");
    }

    @Test
    void badDateIsAUsageError() throws IOException {
        Path sow = file("sow.txt", WITH_CUSTOMER);

        Poe.Result r = Poe.run("validate", "--as-of", "31/12/2025", sow.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--as-of", "expected a date as YYYY-MM-DD, not '31/12/2025'");
    }

    @Test
    void asOfDateIsAccepted() throws IOException {
        Path sow = file("sow.txt", WITH_CUSTOMER);

        Poe.Result r = Poe.run("validate", "--as-of", "2025-06-30", sow.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void nonPositiveLimitsAreUsageErrors() throws IOException {
        Path sow = file("sow.txt", WITH_CUSTOMER);

        assertThat(Poe.run("validate", "--threads", "0", sow.toString()).exitCode()).isEqualTo(2);
        assertThat(Poe.run("validate", "--max-bytes", "0", sow.toString()).err()).contains("--max-bytes");
        assertThat(Poe.run("validate", "--timeout", "-1", sow.toString()).err()).contains("--timeout");
        assertThat(Poe.run("validate", "--timeout", "9999999999999", sow.toString()).err()).contains("--timeout");
    }

    @Test
    void maxBytesMakesALargerDocumentAnError() throws IOException {
        Path sow = file("sow.txt", WITH_CUSTOMER);

        Poe.Result r = Poe.run("validate", "--format", "json", "--max-bytes", "10", sow.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(json(r.out()).path("documents").get(0).path("errors").get(0).path("code").asText())
                .isEqualTo("TOO_LARGE");
    }

    @Test
    void rulesDirectoryAddsRules() throws IOException {
        file("rules/extra.drl", """
                package io.poerules.cli.extra;
                import io.poerules.fact.Extraction;
                global io.poerules.rules.Findings findings;
                rule "Always a warning"
                    @id("X-WARN") @requirement("DOCUMENT_TYPE")
                when
                    Extraction()
                then
                    findings.warn(kcontext, "An extra rule fired");
                end
                """);
        Path sow = file("sow.txt", WITH_CUSTOMER);

        Poe.Result r = Poe.run("validate", "--rules", dir.resolve("rules").toString(), sow.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).containsPattern("DOCUMENT_TYPE +WARN +X-WARN +An extra rule fired")
                .contains("verdict: REVIEW");
    }

    @Test
    void brokenRulesArePrintedAsFileLineColumnAndExit2() throws IOException {
        file("rules/broken.drl", """
                package io.poerules.cli.broken;
                rule "Broken"
                    @id("B-1")
                when
                    NoSuchFact()
                then
                end
                """);
        Path sow = file("sow.txt", WITH_CUSTOMER);

        Poe.Result r = Poe.run("validate", "--rules", dir.resolve("rules").toString(), sow.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("poe: the rules do not build")
                .containsPattern("(?m)^(.*/)?broken\\.drl:5:\\d+: .*NoSuchFact");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingRulesDirectoryIsAUsageError() throws IOException {
        Path sow = file("sow.txt", WITH_CUSTOMER);

        Poe.Result r = Poe.run("validate", "--rules", dir.resolve("nope").toString(), sow.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--rules: no such directory: ");
    }

    @Test
    void controlCharactersAreNotPrintedRaw() throws IOException {
        Path evil = file("evil\u001b[2J.txt", "Customer: Evil\u001b]0;pwned\u0007 Corp\u009b31m\n");

        Poe.Result r = Poe.run("validate", evil.toString());

        assertThat(r.out()).doesNotContain("\u001b", "\u0007", "\u009b").contains("evil\\x1B[2J.txt");
    }
}
