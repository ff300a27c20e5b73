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
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The scanned signed SOW: with OCR it passes on text marked as read by OCR; without, it is REVIEW because
 * nothing could be checked. The OCR test needs {@code tesseract}: it fails in CI without it, and is skipped
 * elsewhere.
 */
class ScannedSowOcrTest {

    private static final Path SCAN = SamplePaths.documents().resolve("scan-signed-sow-image-only.pdf");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    @Test
    void withOcrTheScannedSignedSowPassesOnOcrEvidence() {
        if (!OcrSettings.tesseractAvailable()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(OcrHint.MESSAGE);
            }
            Assumptions.abort(OcrHint.MESSAGE);
        }
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
