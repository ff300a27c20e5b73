package io.poerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.poerules.report.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded {@code target/poe.jar} as a subprocess, with the default rules it carries: checks
 * that the jar holds Tika's parsers (text is extracted) and the Drools engine and rules (findings are
 * made), which a badly merged jar silently lacks.
 */
class PoeJarIT {

    static final List<String> SOW = List.of(
            "Statement of Work",
            "Customer: Contoso Ltd",
            "Partner: Fabrikam Inc",
            "Fabrikam will deploy Microsoft Intune and Microsoft 365 for Contoso.",
            "Deliverables: deployment plan, configured tenant, training for administrators.",
            "Accepted by: Jane Doe, Contoso Ltd    Date: 2025-05-12");

    static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("poe.jar", "target/poe.jar"));
        assertThat(jar).as("the shaded jar; run 'mvn verify'").isRegularFile();
    }

    record Run(int exitCode, String out, String err) {
    }

    static Run poe(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("poe-out", ".txt");
        Path err = Files.createTempFile("poe-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("poe did not finish within 2 minutes: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static JsonNode onlyDocument(Run run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        JsonNode report = ReportJson.mapper().readTree(run.out());
        assertThat(report.path("documents")).hasSize(1);
        return report.path("documents").get(0);
    }

    @Test
    void rulesLintAndCatalogRunFromTheJarWithTheDecisionTable() throws Exception {
        Run lint = poe("rules", "lint");
        Run catalog = poe("rules", "catalog");

        assertThat(lint.exitCode()).as(lint.out() + lint.err()).isZero();
        assertThat(lint.err()).contains("0 problems");
        assertThat(catalog.exitCode()).as(catalog.err()).isZero();
        assertThat(catalog.out()).contains("`SERVICE-DETAILED`", "`POLICY-ACK-WINDOW`");
    }

    @Test
    void versionRunsFromTheJar() throws Exception {
        Run run = poe("--version");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("poe-rules 0.");
    }

    @Test
    void textDocumentIsExtractedAndTheRulesFire() throws Exception {
        Path sow = Files.write(dir.resolve("sow.txt"), SOW);

        JsonNode doc = onlyDocument(poe("validate", "--format", "json", sow.toString()));

        assertThat(doc.path("contentType").asText()).startsWith("text/plain");
        assertThat(doc.path("facts").path("extraction").get(0).path("characters").asInt()).isPositive();
        assertThat(doc.path("facts").size()).as("fact types mapped").isGreaterThan(1);
        assertThat(doc.path("findings")).as("findings made by the default rules").isNotEmpty();
        assertThat(doc.path("verdict").asText()).isNotEqualTo("ERROR");
    }

    @Test
    void pdfIsExtractedWithPagesAndTheRulesFire() throws Exception {
        Path pdf = dir.resolve("sow.pdf");
        writePdf(pdf, SOW);

        JsonNode doc = onlyDocument(poe("validate", "--format", "json", pdf.toString()));

        assertThat(doc.path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(doc.path("errors")).isEmpty();
        assertThat(doc.path("facts").path("extraction").get(0).path("characters").asInt()).isPositive();
        assertThat(doc.path("facts").findValues("page")).as("evidence located on page 1")
                .isNotEmpty().allSatisfy(page -> assertThat(page.asInt()).isEqualTo(1));
        assertThat(doc.path("findings")).isNotEmpty();
    }

    @Test
    void textReportFromTheJar() throws Exception {
        Path sow = Files.write(dir.resolve("sow.txt"), SOW);

        Run run = poe("validate", sow.toString());

        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        assertThat(run.out()).contains(sow + "  [type: ", "verdict: ", "REQUIREMENT", "1 document: ");
    }

    static void writePdf(Path file, List<String> lines) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(16);
                content.newLineAtOffset(72, 720);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            pdf.save(file.toFile());
        }
    }
}
