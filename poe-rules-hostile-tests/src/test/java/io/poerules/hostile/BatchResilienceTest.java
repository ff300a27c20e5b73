package io.poerules.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.poerules.api.DocumentReport;
import io.poerules.api.ErrorCode;
import io.poerules.api.Limits;
import io.poerules.api.PoeValidator;
import io.poerules.api.ReportError;
import io.poerules.api.ValidationReport;
import io.poerules.api.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A batch goes on after any failure: an I/O error on one file is that file's entry, not the batch's end. */
class BatchResilienceTest {

    private static final String SIGNED_SOW = "sow-azure-datacentre-exit-signed.pdf";

    private static Path dir;
    private static PoeValidator validator;

    @BeforeAll
    static void build() {
        dir = Corpus.work(BatchResilienceTest.class);
        validator = PoeValidator.builder().referenceDate(Corpus.REFERENCE_DATE).threads(1).build();
    }

    @AfterAll
    static void close() throws IOException {
        validator.close();
        Corpus.deleteTree(dir);
    }

    private static Path sample(String name) {
        return Corpus.samples().resolve(name);
    }

    @Test
    void missingFilesAndDirectoriesAreTheirOwnErrors() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder.pdf"));
        Path missing = dir.resolve("gone.pdf");

        ValidationReport batch = validator.validateAll(List.of(sample(SIGNED_SOW), missing, folder,
                sample("email-customer-approves-migration.eml")));

        assertThat(batch.documents()).extracting(DocumentReport::verdict)
                .containsExactly(Verdict.PASS, Verdict.ERROR, Verdict.ERROR, Verdict.PASS);
        assertThat(batch.documents().get(1).errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.IO_ERROR);
            assertThat(e.message()).isEqualTo("Cannot read " + missing + ": it does not exist");
        });
        assertThat(batch.documents().get(2).errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.IO_ERROR);
            assertThat(e.message()).endsWith("it is not a regular file");
        });
    }

    @Test
    void aFileDeletedWhileTheBatchRunsIsAnIoError() throws Exception {
        Path slow = HostileFiles.slowToMap(dir.resolve("slow.txt"));
        Path victim = Files.copy(sample(SIGNED_SOW), dir.resolve("victim.pdf"));
        List<DocumentReport> entries;
        // One thread: the victim is read only once the slow document, which takes until its deadline, is over.
        try (PoeValidator oneThread = PoeValidator.builder().referenceDate(Corpus.REFERENCE_DATE).threads(1)
                .limits(Limits.DEFAULTS.withTimeout(Duration.ofSeconds(1))).build()) {
            CompletableFuture<ValidationReport> batch = CompletableFuture.supplyAsync(() ->
                    oneThread.validateAll(List.of(slow, victim, sample(SIGNED_SOW))));
            Thread.sleep(300);
            Files.delete(victim);
            entries = batch.get().documents();
        }

        assertThat(entries).hasSize(3);
        // the slow document only holds the victim back: it ends at its deadline, or sooner when it runs this small
        // heap out (mapping thirty thousand customers within the second), an ERROR either way
        assertThat(entries.get(0).errors()).extracting(ReportError::code).singleElement()
                .isIn(ErrorCode.TIMEOUT, ErrorCode.TOO_LARGE);
        assertThat(entries.get(1).errors()).extracting(ReportError::code).containsExactly(ErrorCode.IO_ERROR);
        assertThat(entries.get(2).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void anUnreadableFileIsAnIoError() throws IOException {
        Path locked = Files.copy(sample(SIGNED_SOW), dir.resolve("locked.pdf"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "this user reads files whatever their permissions (root)");

            ValidationReport batch = validator.validateAll(List.of(locked, sample(SIGNED_SOW)));

            assertThat(batch.documents().get(0).errors()).singleElement().satisfies(e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.IO_ERROR);
                assertThat(e.message()).endsWith("permission denied");
            });
            assertThat(batch.documents().get(1).verdict()).isEqualTo(Verdict.PASS);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aStreamThatFailsHalfwayIsAnIoError() throws IOException {
        byte[] pdf = Files.readAllBytes(sample(SIGNED_SOW));
        InputStream failing = new InputStream() {
            private int at;

            @Override
            public int read() throws IOException {
                if (at >= pdf.length / 2) {
                    throw new IOException("Connection reset");
                }
                return pdf[at++] & 0xFF;
            }
        };

        DocumentReport report = validator.validate(failing, "upload.pdf");

        assertThat(report.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.IO_ERROR);
            assertThat(e.message()).isEqualTo("Cannot read upload.pdf: Connection reset");
        });
    }
}
