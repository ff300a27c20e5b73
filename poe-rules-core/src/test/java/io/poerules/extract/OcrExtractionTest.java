package io.poerules.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poerules.api.Isolation;
import io.poerules.api.Limits;
import io.poerules.api.Ocr;
import io.poerules.api.OcrUnavailableException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OCR of scanned pages through Tesseract: needs {@code tesseract} (skipped without it, except in CI). */
class OcrExtractionTest {

    private static final List<String> PAGE_ONE = List.of("STATEMENT OF WORK", "Fabrikam Consulting Ltd and Contoso Ltd");
    private static final List<String> PAGE_TWO = List.of("Customer Acceptance", "Name: Maria Garcia", "Date: 14 April 2026");

    @TempDir
    static Path dir;
    static Path scan;

    @BeforeAll
    static void scans() throws Exception {
        scan = Scans.pdf(dir.resolve("scan.pdf"), List.of(PAGE_ONE, PAGE_TWO));
    }

    @Test
    void pagesWithoutATextLayerAreReadByOcrAndMarked() {
        Scans.requireTesseract();
        try (TikaExtractor extractor = new TikaExtractor(Limits.DEFAULTS, OcrSettings.resolve(Ocr.auto()))) {
            ExtractedDocument document = extractor.extract(scan);

            assertThat(document.problems()).isEmpty();
            DocumentPart main = document.main();
            assertThat(main.text()).contains("STATEMENT OF WORK").contains("Maria Garcia").contains("\f");
            assertThat(main.ocrPages()).containsExactly(1, 2);
            assertThat(main.isOcr(2)).isTrue();
        }
    }

    @Test
    void automaticOcrReadsOnlyThePagesWithoutATextLayer() throws Exception {
        Scans.requireTesseract();
        Path mixed = Scans.textThenScanPdf(dir.resolve("mixed.pdf"), PAGE_ONE, PAGE_TWO);
        try (TikaExtractor extractor = new TikaExtractor(Limits.DEFAULTS, OcrSettings.resolve(Ocr.auto()))) {
            DocumentPart main = extractor.extract(mixed).main();

            assertThat(main.ocrPages()).as("pages read by OCR").containsExactly(2);
            assertThat(main.isOcr(1)).isFalse();
            assertThat(main.isOcr(2)).isTrue();
            String[] pages = main.text().split("\f", -1);
            assertThat(pages).hasSize(2);
            assertThat(pages[0]).contains("STATEMENT OF WORK").doesNotContain("Maria Garcia");
            assertThat(pages[1]).contains("Maria Garcia").doesNotContain("STATEMENT OF WORK");
        }
    }

    @Test
    void withoutOcrAScanHasNoText() {
        try (TikaExtractor extractor = new TikaExtractor(Limits.DEFAULTS, OcrSettings.resolve(Ocr.off()))) {
            DocumentPart main = extractor.extract(scan).main();

            assertThat(main.text()).isBlank();
            assertThat(main.ocrPages()).isEmpty();
        }
    }

    @Test
    void anImageFileIsReadByOcrAsOnePart() throws Exception {
        Scans.requireTesseract();
        Path png = Scans.png(dir.resolve("page.png"), PAGE_TWO);
        try (TikaExtractor extractor = new TikaExtractor(Limits.DEFAULTS, OcrSettings.resolve(Ocr.auto()))) {
            ExtractedDocument document = extractor.extract(png);

            assertThat(document.problems()).isEmpty();
            assertThat(document.main().text()).contains("Maria Garcia");
            assertThat(document.main().paged()).isFalse();
            assertThat(document.main().isOcr(null)).isTrue();
        }
    }

    @Test
    void extractionChildrenReadScansByOcrToo() {
        Scans.requireTesseract();
        try (ForkedExtractor extractor = new ForkedExtractor(Limits.DEFAULTS, Isolation.forked().withMaxHeapMegabytes(256),
                1, OcrSettings.resolve(Ocr.on()))) {
            DocumentPart main = extractor.extract(scan).main();

            assertThat(main.text()).contains("Maria Garcia");
            assertThat(main.ocrPages()).containsExactly(1, 2);
        }
    }

    @Test
    void tesseractInAGivenFolderReadsScans() {
        OcrSettings settings = inTesseractsFolder();
        try (TikaExtractor extractor = new TikaExtractor(Limits.DEFAULTS, settings)) {
            ExtractedDocument document = extractor.extract(scan);

            assertThat(document.problems()).isEmpty();
            assertThat(document.main().text()).contains("Maria Garcia");
            assertThat(document.main().ocrPages()).containsExactly(1, 2);
        }
    }

    @Test
    void extractionChildrenUseTesseractInAGivenFolderToo() {
        OcrSettings settings = inTesseractsFolder();
        try (ForkedExtractor extractor = new ForkedExtractor(Limits.DEFAULTS, Isolation.forked().withMaxHeapMegabytes(256),
                1, settings)) {
            ExtractedDocument document = extractor.extract(scan);

            assertThat(document.problems()).isEmpty();
            assertThat(document.main().text()).contains("Maria Garcia");
        }
    }

    /**
     * OCR with {@code tesseract} named by its folder, the one on the PATH: a packaged tesseract keeps its
     * language data elsewhere ({@code /usr/share/tesseract-ocr/5/tessdata}), not in {@code FOLDER/tessdata}.
     */
    private static OcrSettings inTesseractsFolder() {
        Scans.requireTesseract();
        Path folder = Arrays.stream(System.getenv("PATH").split(File.pathSeparator)).map(Path::of)
                .filter(p -> Files.isExecutable(p.resolve("tesseract"))).findFirst().orElseThrow();
        OcrSettings settings = OcrSettings.resolve(Ocr.on().withTesseractPath(folder));
        assertThat(settings.tesseractPath()).isEqualTo(folder.toString());
        return settings;
    }

    @Test
    void ocrRequiredWithoutTesseractIsAClearError(@TempDir Path empty) {
        assertThatThrownBy(() -> OcrSettings.resolve(Ocr.on().withTesseractPath(empty.resolve("nowhere"))))
                .isInstanceOf(OcrUnavailableException.class)
                .hasMessageContaining("OCR was requested")
                .hasMessageContaining("install tesseract-ocr");
    }

    @Test
    void automaticOcrWithoutTesseractIsOff(@TempDir Path empty) {
        assertThat(OcrSettings.resolve(Ocr.auto().withTesseractPath(empty)).enabled()).isFalse();
    }

    @Test
    void ocrRequiredWithAMissingLanguageIsAClearError() {
        Scans.requireTesseract();
        assertThatThrownBy(() -> OcrSettings.resolve(Ocr.on().withLanguage("qqq")))
                .isInstanceOf(OcrUnavailableException.class)
                .hasMessageContaining("no data for the language qqq");
    }
}
