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

/**
 * {@code poe validate} on engagements: a folder that holds a claim.json, or the documents given with
 * {@code --claim}. With the tiny test rule set, the customer named in one document meets the
 * requirement for the engagement.
 */
class ValidateEngagementTest {

    static final String CLAIM = """
            {"partnerName": "Fabrikam Inc", "customerName": "Contoso Ltd", "program": "ONLINE_SERVICES",
             "claimDate": "2026-11-30"}""";

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

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(field == null ? e.asText() : e.path(field).asText()));
        return out;
    }

    @Test
    void folderWithAClaimIsOneEngagementWhoseClaimAndExpectationAreNoDocuments() throws IOException {
        Path sow = file("bundle/sow.txt", ValidateCommandTest.WITH_CUSTOMER);
        Path notes = file("bundle/notes.txt", ValidateCommandTest.WITHOUT_CUSTOMER);
        file("bundle/claim.json", CLAIM);
        file("bundle/expected.json", "{\"verdict\": \"PASS\"}");

        Poe.Result r = Poe.run("validate", "--format", "json", dir.resolve("bundle").toString());

        assertThat(r.exitCode()).as("the engagement passes; its notes alone fail, but count only through it: %s",
                r.err()).isZero();
        JsonNode report = json(r.out());
        assertThat(report.path("schemaVersion").asText()).isEqualTo("1.1");
        JsonNode engagement = report.path("engagements").get(0);
        assertThat(report.path("engagements")).hasSize(1);
        assertThat(engagement.path("claim").path("customerName").asText()).isEqualTo("Contoso Ltd");
        assertThat(engagement.path("claim").path("claimDate").asText()).isEqualTo("2026-11-30");
        assertThat(engagement.path("verdict").asText()).isEqualTo("PASS");
        assertThat(texts(engagement.path("documents"), null)).containsExactly(notes.toString(), sow.toString());
        assertThat(texts(engagement.path("findings"), "ruleId")).containsExactlyInAnyOrder("T-TEXT", "T-TEXT",
                "T-CUSTOMER");
        JsonNode customer = null;
        for (JsonNode f : engagement.path("findings")) {
            customer = f.path("ruleId").asText().equals("T-CUSTOMER") ? f : customer;
        }
        assertThat(texts(customer.path("evidence"), "source")).as("evidence names its document")
                .containsExactly(sow.toString());
        assertThat(texts(report.path("documents"), "source")).containsExactly(notes.toString(), sow.toString());
        assertThat(texts(report.path("documents"), "verdict")).containsExactly("FAIL", "PASS");
    }

    @Test
    void engagementThatFailsGivesExitCode1AndItsDocumentsAreJudgedWithTheClaim() throws IOException {
        file("bundle/notes.txt", ValidateCommandTest.WITHOUT_CUSTOMER);
        file("bundle/claim.json", CLAIM);

        Poe.Result r = Poe.run("validate", "--format", "json", dir.resolve("bundle").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(json(r.out()).path("engagements").get(0).path("verdict").asText()).isEqualTo("FAIL");
    }

    @Test
    void textReportShowsTheEngagementFirstWithTheDocumentOfEachEvidence() throws IOException {
        file("bundle/sow.txt", ValidateCommandTest.WITH_CUSTOMER);
        file("bundle/notes.txt", ValidateCommandTest.WITHOUT_CUSTOMER);
        file("bundle/claim.json", CLAIM);

        Poe.Result r = Poe.run("validate", dir.resolve("bundle").toString());

        assertThat(r.out()).startsWith("poe-rules ");
        assertThat(r.out().indexOf("engagement: Contoso Ltd, claimed by Fabrikam Inc  [program: ONLINE_SERVICES, "
                + "claim date: 2026-11-30]  verdict: PASS")).isPositive()
                .isLessThan(r.out().indexOf(dir.resolve("bundle/notes.txt").toString()));
        assertThat(r.out()).contains("  documents: notes.txt, sow.txt\n", "[sow.txt] \"Customer: Contoso Ltd\"",
                "1 engagement: 1 PASS, 0 FAIL, 0 REVIEW, 0 ERROR\n2 documents: 1 PASS, 1 FAIL, 0 REVIEW, 0 ERROR\n");
    }

    @Test
    void aFolderOfBundlesIsOneEngagementPerBundleBesideLooseDocuments() throws IOException {
        file("claims/a/sow.txt", ValidateCommandTest.WITH_CUSTOMER);
        file("claims/a/claim.json", CLAIM);
        file("claims/b/notes.txt", ValidateCommandTest.WITHOUT_CUSTOMER);
        file("claims/b/claim.json", CLAIM);
        Path loose = file("claims/loose.txt", ValidateCommandTest.WITH_CUSTOMER);

        Poe.Result r = Poe.run("validate", "--format", "json", dir.resolve("claims").toString());

        JsonNode report = json(r.out());
        assertThat(texts(report.path("engagements"), "verdict")).containsExactly("PASS", "FAIL");
        assertThat(texts(report.path("documents"), "source")).containsExactly(
                dir.resolve("claims/a/sow.txt").toString(), dir.resolve("claims/b/notes.txt").toString(),
                loose.toString());
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void claimOptionMakesOneEngagementOfThePathsGiven() throws IOException {
        Path sow = file("sow.txt", ValidateCommandTest.WITH_CUSTOMER);
        Path notes = file("mail/notes.txt", ValidateCommandTest.WITHOUT_CUSTOMER);
        Path claim = file("elsewhere/my-claim.json", CLAIM);

        Poe.Result r = Poe.run("validate", "--format", "json", "--claim", claim.toString(), sow.toString(),
                dir.resolve("mail").toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode engagement = json(r.out()).path("engagements").get(0);
        assertThat(texts(engagement.path("documents"), null)).containsExactly(sow.toString(), notes.toString());
        assertThat(engagement.path("verdict").asText()).isEqualTo("PASS");
    }

    @Test
    void claimOptionOverridesTheClaimOfAFolderAndSaysSo() throws IOException {
        file("bundle/sow.txt", ValidateCommandTest.WITH_CUSTOMER);
        Path own = file("bundle/claim.json", CLAIM);
        Path other = file("other.json", CLAIM.replace("Contoso Ltd", "Northwind Traders"));

        Poe.Result r = Poe.run("validate", "--format", "json", "--claim", other.toString(),
                dir.resolve("bundle").toString());

        assertThat(r.err()).contains("poe: --claim given: ignoring " + own);
        assertThat(json(r.out()).path("engagements")).singleElement()
                .satisfies(e -> assertThat(e.path("claim").path("customerName").asText()).isEqualTo("Northwind Traders"));
    }

    @Test
    void badClaimIsAUsageErrorThatNamesTheFileAndTheKey() throws IOException {
        file("bundle/sow.txt", ValidateCommandTest.WITH_CUSTOMER);
        file("bundle/claim.json", CLAIM.replace("\"customerName\"", "\"customer\""));

        Poe.Result r = Poe.run("validate", dir.resolve("bundle").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(dir.resolve("bundle/claim.json") + ": unknown key 'customer' (line 1, column");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingClaimFileIsAUsageError() throws IOException {
        Path sow = file("sow.txt", ValidateCommandTest.WITH_CUSTOMER);

        Poe.Result r = Poe.run("validate", "--claim", dir.resolve("nope.json").toString(), sow.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--claim: cannot read " + dir.resolve("nope.json") + ": no such file or directory");
    }

    @Test
    void aClaimGivenAsADocumentIsAUsageError() throws IOException {
        Path claim = file("bundle/claim.json", CLAIM);

        Poe.Result r = Poe.run("validate", claim.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(claim + " is a claim, not a document");
    }

    @Test
    void engagementWithoutDocumentsFails() throws IOException {
        file("bundle/claim.json", CLAIM);

        Poe.Result r = Poe.run("validate", "--format", "json", dir.resolve("bundle").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode engagement = json(r.out()).path("engagements").get(0);
        assertThat(engagement.path("documents")).isEmpty();
        assertThat(engagement.path("verdict").asText()).isIn("FAIL", "REVIEW");
    }

    @Test
    void benchSkipsClaims() throws IOException {
        file("bundle/sow.txt", ValidateCommandTest.WITH_CUSTOMER);
        file("bundle/claim.json", CLAIM);

        Poe.Result r = Poe.run("bench", "--rounds", "1", "--warmup", "0", dir.resolve("bundle").toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 document");
    }
}
