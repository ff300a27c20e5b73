package io.poerules.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.ErrorCode;
import io.poerules.api.Limits;
import io.poerules.api.ReportError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaExtractorTest {

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

    @Test
    void onAWatchedThreadTheDocumentIsReadOnThatThreadAndElsewhereOnAWorker() throws Exception {
        Path file = Files.writeString(dir.resolve("watched.txt"), "Statement of Work between Contoso Ltd and Fabrikam Inc.");
        try (TikaExtractor fresh = new TikaExtractor(Limits.DEFAULTS)) {
            assertThat(threadsWhileExtracting(fresh, file, true)).as("threads in the group of a watched caller").isEqualTo(2);
            assertThat(threadsWhileExtracting(fresh, file, false)).as("threads in the group of a plain caller").isEqualTo(3);
        }
    }

    /**
     * How many threads are alive in a new thread group right after a caller started in it extracted the file:
     * the thread that started the caller and waits for it, the caller, and any worker the caller started.
     */
    private static int threadsWhileExtracting(TikaExtractor extractor, Path file, boolean watched) throws InterruptedException {
        ThreadGroup group = new ThreadGroup("extract-" + watched);
        int[] alive = new int[1];
        String[] text = new String[1];
        Runnable task = () -> {
            text[0] = extractor.extract(file).parts().get(0).text();
            alive[0] = group.activeCount();
        };
        Thread starter = new Thread(group, () -> {
            Thread caller = watched ? new WatchedThread(task, "watched") : new Thread(task, "plain");
            caller.start();
            try {
                caller.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "starter");
        starter.start();
        starter.join();
        assertThat(text[0]).contains("Contoso Ltd");
        return alive[0];
    }

    /** A PDF with one line of text per page. */
    static Path pdf(Path file, String... pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (String text : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    @Test
    void pdfPagesAreSeparatedByFormFeeds() throws IOException {
        Path file = pdf(dir.resolve("two-pages.pdf"), "Statement of Work for Contoso", "Signed by the customer");

        ExtractedDocument document = extractor.extract(file);

        assertThat(document.problems()).isEmpty();
        assertThat(document.isFatal()).isFalse();
        assertThat(document.contentType()).isEqualTo("application/pdf");
        DocumentPart main = document.main();
        assertThat(main.paged()).isTrue();
        assertThat(main.text()).contains("Statement of Work for Contoso").contains("\f")
                .contains("Signed by the customer");
        assertThat(main.pageAt(main.text().indexOf("Statement"))).isEqualTo(1);
        assertThat(main.pageAt(main.text().indexOf("Signed by"))).isEqualTo(2);
    }

    @Test
    void plainTextStreamIsOnePartWithoutPages() {
        ExtractedDocument document = extractor.extract(
                new ByteArrayInputStream("Customer: Contoso Ltd\nPartner: Fabrikam\n".getBytes(StandardCharsets.UTF_8)),
                "sow.txt");

        assertThat(document.isFatal()).isFalse();
        assertThat(document.contentType()).isEqualTo("text/plain");
        assertThat(document.parts()).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("Customer: Contoso Ltd\nPartner: Fabrikam");
            assertThat(p.paged()).isFalse();
            assertThat(p.pageAt(5)).isNull();
        });
    }

    @Test
    void emptyFileIsEmpty() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.pdf"));

        ExtractedDocument document = extractor.extract(file);

        assertThat(document.isFatal()).isTrue();
        assertThat(document.problems()).extracting(ReportError::code).containsExactly(ErrorCode.EMPTY);
    }

    @Test
    void emptyStreamIsEmpty() {
        assertThat(extractor.extract(new ByteArrayInputStream(new byte[0]), "empty.txt").problems())
                .extracting(ReportError::code).containsExactly(ErrorCode.EMPTY);
    }

    @Test
    void fileOverTheByteLimitIsTooLarge() throws IOException {
        Path file = Files.writeString(dir.resolve("big.txt"), "x".repeat(2_000));

        try (TikaExtractor small = new TikaExtractor(Limits.DEFAULTS.withMaxInputBytes(1_000))) {
            ExtractedDocument document = small.extract(file);

            assertThat(document.isFatal()).isTrue();
            assertThat(document.problems()).extracting(ReportError::code).containsExactly(ErrorCode.TOO_LARGE);
        }
    }

    @Test
    void streamOverTheByteLimitIsTooLarge() {
        try (TikaExtractor small = new TikaExtractor(Limits.DEFAULTS.withMaxInputBytes(1_000))) {
            ExtractedDocument document = small.extract(new ByteArrayInputStream(
                    "Scope of work\n".repeat(200).getBytes(StandardCharsets.UTF_8)), "big.txt");

            assertThat(document.isFatal()).isTrue();
            assertThat(document.problems()).extracting(ReportError::code).containsExactly(ErrorCode.TOO_LARGE);
        }
    }

    @Test
    void streamThatPassesTheLimitWhileParsedIsTooLarge() {
        byte[] text = "- Migrate the file servers to Azure Files\n".repeat(1_000).getBytes(StandardCharsets.UTF_8);

        try (TikaExtractor small = new TikaExtractor(Limits.DEFAULTS.withMaxInputBytes(text.length - 100))) {
            ExtractedDocument document = small.extract(new ByteArrayInputStream(text), "scope.txt");

            assertThat(document.problems()).extracting(ReportError::code).containsExactly(ErrorCode.TOO_LARGE);
        }
    }

    @Test
    void textOverTheCharacterLimitIsTruncatedButNotFatal() throws IOException {
        Path file = pdf(dir.resolve("long.pdf"), "Statement of Work for Contoso Ltd, Azure migration",
                "Second page that does not fit");

        try (TikaExtractor small = new TikaExtractor(Limits.DEFAULTS.withMaxCharacters(20))) {
            ExtractedDocument document = small.extract(file);

            assertThat(document.isFatal()).isFalse();
            assertThat(document.isTruncated()).isTrue();
            assertThat(document.problems()).extracting(ReportError::code).containsExactly(ErrorCode.TRUNCATED);
            assertThat(document.main().text()).hasSizeLessThanOrEqualTo(20).doesNotContain("Second page");
        }
    }

    @Test
    void randomBytesNamedPdfAreReportedNotThrown() throws IOException {
        byte[] noise = new byte[4_096];
        new Random(42).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.pdf"), noise);

        ExtractedDocument document = extractor.extract(file);

        assertThat(document.isFatal()).isTrue();
        assertThat(document.problems()).singleElement().extracting(ReportError::code)
                .isIn(ErrorCode.CORRUPT, ErrorCode.UNSUPPORTED_TYPE);
    }

    @Test
    void truncatedPdfIsCorrupt() throws IOException {
        byte[] whole = Files.readAllBytes(pdf(dir.resolve("whole.pdf"), "Statement of Work"));
        Path file = Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(whole, 40));

        ExtractedDocument document = extractor.extract(file);

        assertThat(document.isFatal()).isTrue();
        assertThat(document.problems()).singleElement().extracting(ReportError::code).isEqualTo(ErrorCode.CORRUPT);
    }

    @Test
    void missingFileIsAnIoError() {
        assertThat(extractor.extract(dir.resolve("nope.pdf")).problems()).extracting(ReportError::code)
                .containsExactly(ErrorCode.IO_ERROR);
    }

    /** A Word document with one table: its rows, each row's cells, each cell's paragraphs. */
    static Path docxWithTable(Path file, String[][][] rows) throws IOException {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Signatures");
            org.apache.poi.xwpf.usermodel.XWPFTable table = doc.createTable(rows.length, rows[0].length);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    org.apache.poi.xwpf.usermodel.XWPFTableCell cell = table.getRow(r).getCell(c);
                    for (int p = 0; p < rows[r][c].length; p++) {
                        (p == 0 ? cell.getParagraphs().get(0) : cell.addParagraph()).createRun().setText(rows[r][c][p]);
                    }
                }
            }
            doc.write(out);
        }
        return file;
    }

    @Test
    void aTableRowOfTwoFilledCellsIsOneLineWithItsCellsTabSeparated() throws IOException {
        Path file = docxWithTable(dir.resolve("two-columns.docx"), new String[][][] {
                {{"Customer", "Signature: /s/ Jane Doe"}, {"Partner", "Signature: /s/ Sam Lee"}}});

        String text = extractor.extract(file).main().text();

        assertThat(text).contains("Customer" + DocumentPart.CELL_LINE_BREAK + "Signature: /s/ Jane Doe");
        assertThat(text.lines().filter(l -> l.contains("Jane Doe")).findFirst().orElseThrow())
                .contains("\t").contains("Sam Lee");
    }

    @Test
    void aTableRowOfOneFilledCellKeepsItsParagraphsOnTheirOwnLines() throws IOException {
        Path file = docxWithTable(dir.resolve("box.docx"), new String[][][] {
                {{"For Contoso (Customer)", "Signature: /s/ Jane Doe", "Date: 2026-03-04"}}});

        assertThat(extractor.extract(file).main().text().lines().map(String::strip))
                .contains("For Contoso (Customer)", "Signature: /s/ Jane Doe", "Date: 2026-03-04");
    }
}
