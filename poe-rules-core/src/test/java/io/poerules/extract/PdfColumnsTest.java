package io.poerules.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.Limits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Columns of a PDF line kept apart by a tab, as a Word table's cells are. */
class PdfColumnsTest {

    private static TikaExtractor extractor;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        extractor = new TikaExtractor(Limits.DEFAULTS);
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    /** A run of text at a place on the page. */
    record Run(float x, float y, String text) {
    }

    /** A one-page PDF with each run drawn on its own, in the order given (as a form or a table is drawn). */
    static Path pdf(Path file, List<Run> runs) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (Run run : runs) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                    content.newLineAtOffset(run.x(), run.y());
                    content.showText(run.text());
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    @Test
    void signatureBlocksSideBySideAreSeparatedByATab() throws IOException {
        Path file = pdf(dir.resolve("side-by-side.pdf"), List.of(
                new Run(72, 700, "By: /s/ Derek Faulkner"), new Run(320, 700, "By: /s/ Renee Kowalski"),
                new Run(72, 680, "Title: Vice President"), new Run(320, 680, "Title: Chief Financial Officer")));

        String text = extractor.extract(file).main().text();

        assertThat(text).contains("By: /s/ Derek Faulkner\tBy: /s/ Renee Kowalski")
                .contains("Title: Vice President\tTitle: Chief Financial Officer");
    }

    @Test
    void aLabelAndItsValueInColumnsOfAFormAreTwoCells() throws IOException {
        Path file = pdf(dir.resolve("form.pdf"), List.of(
                new Run(72, 700, "Client"), new Run(200, 700, "Harrow Dental Group"),
                new Run(72, 680, "Effective Date"), new Run(200, 680, "03/04/2026")));

        String text = extractor.extract(file).main().text();

        assertThat(text).contains("Client\tHarrow Dental Group").contains("Effective Date\t03/04/2026");
    }

    @Test
    void wordsOfASentenceAndABulletBeforeItAreSeparatedBySpaces() throws IOException {
        Path file = pdf(dir.resolve("prose.pdf"), List.of(
                new Run(72, 700, "Migrate"), new Run(112, 700, "the"), new Run(132, 700, "file"),
                new Run(152, 700, "servers"),
                new Run(72, 680, "\u2022"), new Run(100, 680, "Configure"), new Run(150, 680, "backups")));

        String text = extractor.extract(file).main().text();

        assertThat(text).contains("Migrate the file servers").contains("\u2022 Configure backups").doesNotContain("\t");
    }

    @Test
    void tikaTextBesideThePageBodyIsKept() throws IOException {
        Path file = dir.resolve("annotated.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(72, 700);
                content.showText("Customer");
                content.newLineAtOffset(150, 0);
                content.showText("Coho Winery");
                content.endText();
            }
            PDAnnotationText note = new PDAnnotationText();
            note.setContents("Approved for signature by legal");
            page.getAnnotations().add(note);
            document.save(file.toFile());
        }

        String text = extractor.extract(file).main().text();

        assertThat(text).contains("Customer\tCoho Winery").contains("Approved for signature by legal");
        assertThat(text.indexOf("Coho Winery")).isEqualTo(text.lastIndexOf("Coho Winery"));
    }

    @Test
    void eachPageGetsItsOwnColumns() throws IOException {
        Path file = TikaExtractorTest.pdf(dir.resolve("pages.pdf"), "Statement of Work for Contoso",
                "Signed by the customer");

        String text = extractor.extract(file).main().text();

        assertThat(text.split("\f")).extracting(String::strip)
                .containsExactly("Statement of Work for Contoso", "Signed by the customer");
    }
}
