package io.poerules.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.poerules.api.DocumentReport;
import io.poerules.api.ErrorCode;
import io.poerules.api.PoeValidator;
import io.poerules.api.ReportError;
import io.poerules.api.ValidationReport;
import io.poerules.api.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the 83 real-world files of Apache Tika's test suite in {@code ../shared/corpus/wild}: every file
 * gets exactly one entry, none of them (none is a POE) passes, and every file that needs a password is
 * an ERROR that says so.
 */
class WildCorpusTest {

    private static final Set<String> NEED_A_PASSWORD = Set.of(
            "password.xls", "testEXCEL_protected_passtika.xlsx", "testODTEncrypted.odt",
            "testPDF_no_extract_no_accessibility_owner_user.pdf", "testPPT_protected_passtika.pptx",
            "testPassword4Spaces.pdf", "testUnicodePassword.pdf", "testWORD_protected_drm.doc",
            "testWORD_protected_passtika.doc", "testWORD_protected_passtika.docx");

    private static List<Path> files;
    private static Map<String, DocumentReport> reports;
    private static PoeValidator validator;

    @BeforeAll
    static void validateCorpus() throws IOException {
        Path corpus = SamplePaths.wildCorpus();
        assumeTrue(corpus != null || !"true".equals(System.getenv("CI")),
                "../shared/corpus/wild is missing, and CI must have it");
        assumeTrue(corpus != null, "../shared/corpus/wild is not beside this clone; skipped outside CI");
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
        validator = PoeValidator.builder().referenceDate(LocalDate.of(2026, 11, 30)).build();
        ValidationReport report = validator.validateAll(files);
        reports = report.documents().stream()
                .collect(Collectors.toMap(d -> Path.of(d.source()).getFileName().toString(), Function.identity()));
    }

    @AfterAll
    static void close() {
        if (validator != null) {
            validator.close();
        }
    }

    @Test
    void everyFileGetsExactlyOneEntry() {
        assertThat(files).hasSize(83);
        assertThat(reports).hasSize(files.size());
        assertThat(reports.keySet()).containsExactlyInAnyOrderElementsOf(
                files.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void noneOfThemPasses() {
        assertThat(reports.values()).allSatisfy(d ->
                assertThat(d.verdict()).as(d.source()).isNotEqualTo(Verdict.PASS));
    }

    @Test
    void filesThatNeedAPasswordAreErrorsThatSaySo() {
        for (String name : NEED_A_PASSWORD) {
            DocumentReport d = reports.get(name);
            assertThat(d.verdict()).as(name).isEqualTo(Verdict.ERROR);
            assertThat(d.errors()).as(name).extracting(ReportError::code).containsExactly(ErrorCode.ENCRYPTED);
            assertThat(d.errors().get(0).message()).as(name).containsIgnoringCase("protected");
        }
    }

    @Test
    void everyErrorHasAReadableMessageAndNoStackTrace() {
        assertThat(reports.values()).flatExtracting(DocumentReport::errors).allSatisfy(e -> {
            assertThat(e.message()).isNotBlank().doesNotContain("\tat ").doesNotContain("Exception:\n");
            assertThat(e.message().length()).isLessThan(500);
        });
    }

    @Test
    void readableFilesAreEvaluatedNotErrors() {
        for (String name : List.of("testPDF.pdf", "testWORD.docx", "testMSG.msg", "testRTF.rtf", "testHTML.html",
                "testEXCEL.xlsx", "testPPT_various.pptx", "simple.mbox", "testRFC822_multipart_attachments.eml")) {
            DocumentReport d = reports.get(name);
            assertThat(d.verdict()).as(name).isIn(Verdict.FAIL, Verdict.REVIEW);
            assertThat(d.findings()).as(name).isNotEmpty();
        }
    }

    @Test
    void aTruncatedWordFileIsCorrupt() {
        DocumentReport d = reports.get("testWORD_truncated.docx");
        assertThat(d.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(d.errors()).extracting(ReportError::code).containsExactly(ErrorCode.CORRUPT);
    }

    @Test
    void emailsAreRecognisedAsEmails() {
        for (String name : List.of("testMSG.msg", "test-outlook.msg", "testThunderbirdEml.eml", "simple.mbox")) {
            assertThat(reports.get(name).documentType()).as(name).isEqualTo(io.poerules.api.DocumentType.EMAIL);
        }
    }
}
