package io.poerules.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.poerules.api.DocumentReport;
import io.poerules.api.ErrorCode;
import io.poerules.api.Limits;
import io.poerules.api.Ocr;
import io.poerules.api.PoeValidator;
import io.poerules.api.ReportError;
import io.poerules.api.ValidationReport;
import io.poerules.api.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The 83 real-world files of {@code ../shared/corpus/wild} under the suite's small heap: each is one
 * entry within the time bound, none passes, and each has exactly the errors listed here: the
 * password- and DRM-protected ones are {@code ENCRYPTED}, the mislabelled ones {@code MISLABELLED}, the
 * truncated one {@code CORRUPT}; every other file is read without an error.
 */
class WildCorpusHostileTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Duration BOUND = TIMEOUT.multipliedBy(2).plusSeconds(15);

    /** The errors of each file that has any; every other file has none. */
    static final Map<String, List<ErrorCode>> ERRORS = Map.ofEntries(
            Map.entry("password.xls", List.of(ErrorCode.ENCRYPTED)),
            Map.entry("testEXCEL_protected_passtika.xlsx", List.of(ErrorCode.ENCRYPTED)),
            Map.entry("testODTEncrypted.odt", List.of(ErrorCode.ENCRYPTED)),
            Map.entry("testPDF_no_extract_no_accessibility_owner_user.pdf", List.of(ErrorCode.ENCRYPTED)),
            Map.entry("testPPT_protected_passtika.pptx", List.of(ErrorCode.ENCRYPTED)),
            Map.entry("testPassword4Spaces.pdf", List.of(ErrorCode.ENCRYPTED)),
            Map.entry("testUnicodePassword.pdf", List.of(ErrorCode.ENCRYPTED)),
            Map.entry("testWORD_protected_drm.doc", List.of(ErrorCode.ENCRYPTED)),
            Map.entry("testWORD_protected_passtika.doc", List.of(ErrorCode.ENCRYPTED)),
            Map.entry("testWORD_protected_passtika.docx", List.of(ErrorCode.ENCRYPTED)),
            // An AppleSingle wrapper named .pdf, and plain text named .odt.
            Map.entry("testAppleSingleFile.pdf", List.of(ErrorCode.MISLABELLED)),
            Map.entry("testODTnotaZipFile.odt", List.of(ErrorCode.MISLABELLED)),
            Map.entry("testWORD_truncated.docx", List.of(ErrorCode.CORRUPT)),
            // A protected PDF attached to a PDF, an empty message attached to a message.
            Map.entry("testMicrosoftIRMServices.pdf", List.of(ErrorCode.EMBEDDED_ERROR)),
            Map.entry("testMSG_att_msg.msg", List.of(ErrorCode.EMBEDDED_ERROR)),
            Map.entry("test_recursive_embedded.docx", List.of(ErrorCode.EMBEDDED_LIMIT)),
            Map.entry("test_recursive_embedded_npe.docx", List.of(ErrorCode.EMBEDDED_LIMIT)));

    private static List<Path> files;
    private static PoeValidator validator;

    @BeforeAll
    static void list() throws IOException {
        Heap.watch();
        Path corpus = Corpus.wild();
        assumeTrue(corpus != null || !"true".equals(System.getenv("CI")), "../shared/corpus/wild is missing, and CI must have it");
        assumeTrue(corpus != null, "../shared/corpus/wild is not beside this clone; skipped outside CI");
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
        // OCR off: this suite pins each file's parser errors; how long Tesseract takes over the image-only
        // pages of a broken PDF depends on the machine, and would make a 20 s timeout come and go.
        validator = PoeValidator.builder().referenceDate(Corpus.REFERENCE_DATE)
                .limits(Limits.DEFAULTS.withTimeout(TIMEOUT)).ocr(Ocr.off()).threads(2).build();
    }

    @AfterAll
    static void close() {
        if (validator != null) {
            validator.close();
            Heap.report(WildCorpusHostileTest.class.getSimpleName());
        }
    }

    @TestFactory
    Stream<DynamicTest> eachFileIsOneBoundedEntryWithItsErrorsAndNoPass() {
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            long started = System.nanoTime();
            DocumentReport report = validator.validate(file);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND);
            check(file, report);
        }));
    }

    static void check(Path file, DocumentReport report) {
        String name = file.getFileName().toString();
        Expect.wellFormed(report);
        assertThat(report.verdict()).as(name).isNotEqualTo(Verdict.PASS);
        List<ErrorCode> expected = ERRORS.getOrDefault(name, List.of());
        assertThat(report.errors()).as(name).extracting(ReportError::code).containsExactlyElementsOf(expected);
        if (!expected.isEmpty() && new ReportError(expected.get(0), "").isFatal()) {
            assertThat(report.verdict()).as(name).isEqualTo(Verdict.ERROR);
        }
    }

    @Test
    void theCorpusAsOneBatchHasOneEntryPerFile() {
        assertThat(files).hasSize(83);
        ValidationReport batch = validator.validateAll(files);
        assertThat(batch.documents()).hasSize(files.size());
        for (int i = 0; i < files.size(); i++) {
            assertThat(batch.documents().get(i).source()).isEqualTo(files.get(i).toString());
            check(files.get(i), batch.documents().get(i));
        }
    }

    @Test
    void theMessagesSayWhatIsWrong() {
        assertThat(validator.validate(file("testWORD_protected_drm.doc")).errors().get(0).message())
                .contains("Rights Management");
        assertThat(validator.validate(file("testPassword4Spaces.pdf")).errors().get(0).message())
                .isEqualTo("The PDF document is password-protected; submit a copy without a password");
        assertThat(validator.validate(file("testAppleSingleFile.pdf")).errors().get(0).message())
                .startsWith("The file is named .pdf but holds an AppleSingle file");
        assertThat(validator.validate(file("testWORD_truncated.docx")).errors().get(0).message())
                .startsWith("The Word document is incomplete");
    }

    private static Path file(String name) {
        return files.get(0).resolveSibling(name);
    }
}
