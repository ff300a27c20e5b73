package io.poerules.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.DocumentReport;
import io.poerules.api.ErrorCode;
import io.poerules.api.PoeValidator;
import io.poerules.api.ReportError;
import io.poerules.api.Verdict;
import io.poerules.report.JsonReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scale, in the suite's small heap (-Xmx256m): one large document fits, and a long batch written as it
 * goes keeps the heap flat. Memory is asserted, not time: time is measured by {@code poe bench}.
 */
class ScaleTest {

    private static final int PAGES = 500;
    private static final int BATCH = 10_000;
    private static final int CHECKPOINT = 2_000;
    /** How much more the heap may hold after a collection at the end of the batch than at the checkpoint. */
    private static final long GROWTH_BOUND = 16L * 1024 * 1024;

    private static Path dir;

    @BeforeAll
    static void prepare() {
        dir = Corpus.work(ScaleTest.class);
        Heap.watch();
    }

    @AfterAll
    static void clean() throws IOException {
        Heap.report("ScaleTest");
        Corpus.deleteTree(dir);
    }

    @Test
    void fiveHundredPagePdfIsValidatedInTheSmallHeap() throws IOException {
        Path pdf = largeStatementOfWork(dir.resolve("sow-500-pages.pdf"));

        DocumentReport report;
        try (PoeValidator validator = PoeValidator.builder().referenceDate(Corpus.REFERENCE_DATE).threads(1).build()) {
            report = validator.validate(pdf);
        }

        assertThat(report.errors()).extracting(ReportError::code).doesNotContain(ErrorCode.TOO_LARGE, ErrorCode.TIMEOUT,
                ErrorCode.INTERNAL, ErrorCode.TRUNCATED);
        assertThat(report.verdict()).isNotEqualTo(Verdict.ERROR);
        assertThat(report.findings()).isNotEmpty();
    }

    @Test
    void heapStaysFlatOverTenThousandDocumentsWrittenAsTheyComplete() throws IOException {
        List<Path> files = new ArrayList<>(BATCH);
        Path docs = Files.createDirectories(dir.resolve("batch"));
        for (int i = 0; i < BATCH; i++) {
            files.add(Files.writeString(docs.resolve(String.format(Locale.ROOT, "sow-%05d.txt", i)), smallSow(i)));
        }
        long[] liveAt = new long[2];
        AtomicInteger done = new AtomicInteger();
        try (PoeValidator validator = PoeValidator.builder().referenceDate(Corpus.REFERENCE_DATE).threads(2).build();
             JsonReportWriter json = JsonReportWriter.start(OutputStream.nullOutputStream(),
                     validator.report(List.of()), List.of())) {
            validator.validateEach(files, entry -> {
                try {
                    json.document(entry);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                int n = done.incrementAndGet();
                if (n == CHECKPOINT) {
                    liveAt[0] = liveHeap();
                } else if (n == BATCH) {
                    liveAt[1] = liveHeap();
                }
            });
        }

        assertThat(done).hasValue(BATCH);
        System.out.printf(Locale.ROOT, "ScaleTest: live heap %.1f MiB after %d documents, %.1f MiB after %d%n",
                liveAt[0] / 1048576.0, CHECKPOINT, liveAt[1] / 1048576.0, BATCH);
        assertThat(liveAt[1] - liveAt[0]).as("heap growth from %d to %d documents", CHECKPOINT, BATCH)
                .isLessThan(GROWTH_BOUND);
    }

    /** The heap in use after full collections: what is still referenced. */
    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String smallSow(int i) {
        return "STATEMENT OF WORK " + i + "\n"
                + "Partner: Fabrikam Consulting Ltd\nCustomer: Contoso " + i + " Ltd\n"
                + "Fabrikam will assess the landing zone, migrate " + (i % 40 + 2) + " virtual machines to Azure"
                + " Virtual Machines, configure Azure Backup and train the operations team.\n"
                + "Deliverables: migration plan, runbook " + i + ".\n"
                + "Signed for Contoso " + i + " Ltd (Customer): Maria Garcia, 2026-0" + (i % 9 + 1) + "-15\n";
    }

    /** A statement of work of {@value #PAGES} pages of text, about 1.2 million characters in all, under the default limit of 2 million. */
    private static Path largeStatementOfWork(Path file) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument()) {
            for (int p = 1; p <= PAGES; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                    text.beginText();
                    text.setFont(font, 9);
                    text.setLeading(14);
                    text.newLineAtOffset(40, 760);
                    text.showText(p == 1 ? "STATEMENT OF WORK between Fabrikam Consulting Ltd (Partner) and Contoso"
                            + " Pharmaceuticals Ltd (Customer)" : "Section " + p + " - Migration wave " + p);
                    for (int line = 0; line < 40; line++) {
                        text.newLine();
                        text.showText("Wave " + p + "." + line + ": Fabrikam migrates a workload to Azure App Service.");
                    }
                    text.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
