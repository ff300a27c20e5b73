package io.poerules.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.Limits;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout of a PDF page ({@link PageLayout}, read by {@link PdfColumns}): cells drawn one after the other put
 * side by side again, narrow gaps at a column's start, space glyphs, justified lines. Each PDF is drawn in the
 * test with Helvetica at 10 points, so one em is 10 points and a column gap is wider than 12.
 */
class PageLayoutTest {

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float SIZE = 10;

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

    /** What a test draws on the page. */
    private interface Drawing {
        void draw(PDPageContentStream content) throws IOException;
    }

    /** The text the extractor reads from a one-page PDF with the drawing on it. */
    private static String textOf(String name, Drawing drawing) throws IOException {
        Path file = dir.resolve(name + ".pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawing.draw(content);
            }
            document.save(file.toFile());
        }
        return extractor.extract(file).main().text();
    }

    /** Draws a text in a text object of its own, at a place on the page. */
    private static void show(PDPageContentStream content, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(HELVETICA, SIZE);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** Draws lines down the page in one text object, 14 points apart, as a block of text. */
    private static void block(PDPageContentStream content, float x, float y, String... lines) throws IOException {
        content.beginText();
        content.setFont(HELVETICA, SIZE);
        content.setLeading(14);
        content.newLineAtOffset(x, y);
        for (String line : lines) {
            content.showText(line);
            content.newLine();
        }
        content.endText();
    }

    /** How wide a text is drawn, in points. */
    private static float width(String text) throws IOException {
        return HELVETICA.getStringWidth(text) / 1000 * SIZE;
    }

    // Cells drawn one after the other

    @Test
    void tableDrawnColumnByColumnReadsRowByRowWithATabBetweenLabelAndValue() throws IOException {
        String text = textOf("table-by-column", content -> {
            show(content, 72, 700, "Client");
            show(content, 72, 686, "Project");
            show(content, 72, 672, "Start date");
            show(content, 220, 700, "Contoso Ltd");
            show(content, 220, 686, "File server migration");
            show(content, 220, 672, "4 March 2026");
        });

        assertThat(text).contains("Client\tContoso Ltd\nProject\tFile server migration\nStart date\t4 March 2026");
    }

    @Test
    void tableDrawnColumnByColumnWithRowsAParagraphApartReadsRowByRow() throws IOException {
        String text = textOf("spaced-table-by-column", content -> {
            show(content, 72, 700, "Client");
            show(content, 72, 680, "Project");
            show(content, 72, 660, "Start date");
            show(content, 220, 700, "Contoso Ltd");
            show(content, 220, 680, "File server migration");
            show(content, 220, 660, "4 March 2026");
        });

        assertThat(text).contains("Client\tContoso Ltd").contains("Project\tFile server migration")
                .contains("Start date\t4 March 2026");
    }

    @Test
    void signatureBlocksDrawnOneAfterTheOtherComeOutLineByLineSideBySide() throws IOException {
        String text = textOf("signature-blocks", content -> {
            block(content, 72, 700, "For Contoso Ltd", "Signature: /s/ Jane Doe", "Date: 4 March 2026");
            block(content, 320, 700, "For Fabrikam Inc.", "Signature: /s/ Sam Lee", "Date: 6 March 2026");
        });

        assertThat(text).contains("For Contoso Ltd\tFor Fabrikam Inc.\n"
                + "Signature: /s/ Jane Doe\tSignature: /s/ Sam Lee\n"
                + "Date: 4 March 2026\tDate: 6 March 2026");
    }

    @Test
    void signatureBlocksWithRoomToSignUnderTheirCaptionsComeOutSideBySide() throws IOException {
        String text = textOf("signature-blocks-with-room", content -> {
            show(content, 72, 700, "For Contoso Ltd");
            show(content, 72, 660, "Signature: /s/ Jane Doe");
            show(content, 72, 646, "Date: 4 March 2026");
            show(content, 320, 700, "For Fabrikam Inc.");
            show(content, 320, 660, "Signature: /s/ Sam Lee");
            show(content, 320, 646, "Date: 6 March 2026");
        });

        assertThat(text).contains("For Contoso Ltd\tFor Fabrikam Inc.")
                .contains("Signature: /s/ Jane Doe\tSignature: /s/ Sam Lee\nDate: 4 March 2026\tDate: 6 March 2026");
    }

    @Test
    void longColumnsOfAnArticleStayOneAfterTheOther() throws IOException {
        String[] left = new String[14];
        String[] right = new String[14];
        for (int i = 0; i < left.length; i++) {
            left[i] = "Left column line " + (i + 1);
            right[i] = "Right column line " + (i + 1);
        }
        String text = textOf("article", content -> {
            block(content, 72, 700, left);
            block(content, 320, 700, right);
        });

        assertThat(text).doesNotContain("\t").contains("Left column line 13\nLeft column line 14\n")
                .contains("Right column line 1\nRight column line 2\n");
        assertThat(text.indexOf("Left column line 14")).isLessThan(text.indexOf("Right column line 1"));
    }

    // Gaps within a line

    @Test
    void narrowGapWhereAColumnOfThePageStartsIsATab() throws IOException {
        String label = "Customer reference number";
        float narrow = 220 - 8 - width(label);
        String text = textOf("narrow-gap", content -> {
            show(content, 72, 700, "Client");
            show(content, 220, 700, "Contoso Ltd");
            show(content, 72, 680, "Project");
            show(content, 220, 680, "File server migration");
            show(content, narrow, 660, label);
            show(content, 220, 660, "CX-20417");
        });

        assertThat(text).contains(label + "\tCX-20417");
    }

    @Test
    void narrowGapWhereNoColumnStartsIsASpace() throws IOException {
        String label = "Customer reference number";
        float narrow = 220 - 8 - width(label);
        String text = textOf("narrow-gap-alone", content -> {
            show(content, narrow, 660, label);
            show(content, 220, 660, "CX-20417");
        });

        assertThat(text).contains(label + " CX-20417");
    }

    @Test
    void gapAfterATrailingSpaceGlyphIsMeasuredFromTheLastLetter() throws IOException {
        // 13 points from the "t" of "Client", a column gap; 10.2 points from the end of the space drawn after it.
        float value = 72 + width("Client") + 13;
        String text = textOf("trailing-space", content -> {
            show(content, 72, 700, "Client ");
            show(content, value, 700, "Contoso Ltd");
        });

        assertThat(text).contains("Client\tContoso Ltd");
    }

    @Test
    void spaceGlyphsDrawnInOneStringPartWordsAndRunsOfThemPartColumns() throws IOException {
        String text = textOf("space-glyphs", content -> {
            show(content, 72, 700, "Client          Contoso Ltd");
            show(content, 72, 680, "Prepared by Fabrikam Inc. for the migration");
        });

        assertThat(text).contains("Client\tContoso Ltd\n").contains("Prepared by Fabrikam Inc. for the migration");
    }

    @Test
    void spaceGlyphAtTheEndOfOneStringPartsItFromTheNextWithASpace() throws IOException {
        String text = textOf("strings-with-trailing-spaces", content -> {
            content.beginText();
            content.setFont(HELVETICA, SIZE);
            content.newLineAtOffset(72, 700);
            content.showText("Prepared ");
            content.showText("for ");
            content.showText("Contoso ");
            content.showText("Ltd");
            content.endText();
        });

        assertThat(text).contains("Prepared for Contoso Ltd").doesNotContain("\t");
    }

    @Test
    void justifiedLineWithWideWordGapsIsNotSplitIntoCells() throws IOException {
        String text = textOf("justified", content -> {
            content.beginText();
            content.setFont(HELVETICA, SIZE);
            content.setWordSpacing(11);
            content.newLineAtOffset(72, 700);
            content.showText("The partner will migrate every file server of the customer");
            content.endText();
        });

        assertThat(text).contains("The partner will migrate every file server of the customer").doesNotContain("\t");
    }

    @Test
    void gapMuchWiderThanTheOtherGapsOfItsLineIsATab() throws IOException {
        String text = textOf("justified-with-column", content -> {
            content.beginText();
            content.setFont(HELVETICA, SIZE);
            content.setWordSpacing(11);
            content.newLineAtOffset(72, 700);
            content.showText("The partner will migrate every file server");
            content.endText();
            show(content, 500, 700, "Page 2");
        });

        assertThat(text).contains("The partner will migrate every file server\tPage 2");
    }
}
