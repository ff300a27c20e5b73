package io.poerules.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.DocumentReport;
import io.poerules.api.Finding;
import io.poerules.api.Ocr;
import io.poerules.api.Outcome;
import io.poerules.api.PoeValidator;
import io.poerules.api.Requirement;
import io.poerules.api.Verdict;
import io.poerules.extract.OcrSettings;
import io.poerules.fact.Evidence;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The scanned signed SOW: with OCR it passes on text marked as read by OCR; without, it is REVIEW because
 * nothing could be checked. The samples need {@code tesseract}: without it, this test says what to install
 * (and the scan's case in the regression tests fails).
 */
class ScannedSowOcrTest {

    private static final Path SCAN = SamplePaths.documents().resolve("scan-signed-sow-image-only.pdf");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    static final String NEEDS_TESSERACT = "documents/expected.json expects scan-signed-sow-image-only.pdf to PASS, "
            + "which needs OCR, and tesseract is not installed here: install tesseract-ocr and tesseract-ocr-eng (see "
            + "the README, OCR)";

    /** Says why the scan's regression case fails on a machine without tesseract. */
    @Test
    void theSamplesNeedTesseract() {
        assertThat(OcrSettings.tesseractAvailable()).as(NEEDS_TESSERACT).isTrue();
    }

    @Test
    void withOcrTheScannedSignedSowPassesOnOcrEvidence() {
        Assumptions.assumeTrue(OcrSettings.tesseractAvailable(), NEEDS_TESSERACT);
        try (PoeValidator validator = PoeValidator.builder().referenceDate(AS_OF).ocr(Ocr.on()).build()) {
            DocumentReport report = validator.validate(SCAN);

            assertThat(report.verdict()).as(report.findings().toString()).isEqualTo(Verdict.PASS);
            assertThat(report.findings(Requirement.CUSTOMER_ACKNOWLEDGEMENT)).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("ACK-PRESENT");
                assertThat(f.reason()).contains("Jun Wang");
                assertThat(f.evidence()).allMatch(Evidence::ocr);
            });
            assertThat(report.findings(Requirement.EXTRACTABLE_TEXT)).extracting(Finding::reason)
                    .singleElement().asString().contains("read by OCR");
        }
    }

    @Test
    void withoutOcrTheScanIsForAPersonToReview() {
        try (PoeValidator validator = PoeValidator.builder().referenceDate(AS_OF).ocr(Ocr.off()).build()) {
            DocumentReport report = validator.validate(SCAN);

            assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
            assertThat(report.findings(Requirement.EXTRACTABLE_TEXT)).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("TEXT-ABSENT");
                assertThat(f.outcome()).isEqualTo(Outcome.WARN);
                assertThat(f.reason()).contains("needs OCR");
            });
        }
    }
}
