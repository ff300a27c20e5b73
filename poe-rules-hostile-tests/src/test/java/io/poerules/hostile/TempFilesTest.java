package io.poerules.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.Isolation;
import io.poerules.api.PoeValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parsers write temporary files (a stream saved for a PDF parser, an attachment saved for the parser of
 * its format, a broken package repaired); all of them go to {@code java.io.tmpdir}, which this suite
 * sets to {@code target/tmp}, and none is left there once the documents are validated, in this JVM or in
 * child JVMs.
 */
class TempFilesTest {

    private static Path dir;
    private static final List<Path> DOCUMENTS = new ArrayList<>();

    @BeforeAll
    static void write() throws IOException {
        dir = Corpus.work(TempFilesTest.class);
        Path docx = Corpus.samples().resolve("sow-m365-modern-workplace-signed.docx");
        DOCUMENTS.addAll(Corpus.sampleDocuments());
        DOCUMENTS.add(HostileFiles.zipBombDocx(docx, dir.resolve("zip-bomb.docx"), 20_000_000));
        DOCUMENTS.add(HostileFiles.nestedZip(Corpus.samples().resolve("sow-azure-datacentre-exit-signed.pdf"),
                dir.resolve("nested.zip"), 4));
        DOCUMENTS.add(HostileFiles.nestedEmail(Corpus.samples().resolve("email-countersigned-sow-attached.eml"),
                dir.resolve("nested.eml"), 2));
        byte[] whole = Files.readAllBytes(docx);
        DOCUMENTS.add(Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(whole, whole.length * 9 / 10)));
        Path wild = Corpus.wild();
        if (wild != null) {
            for (String name : List.of("testPDF_deeplyEmbeddedAttachments.pdf", "EmbeddedOutlook.docx",
                    "testMSG_att_doc.msg", "testEXCEL_embeddedPDF_windows.xlsx", "testWORD_truncated.docx",
                    "testRFC822_multipart_attachments.eml", "testPDFPackage.pdf")) {
                DOCUMENTS.add(wild.resolve(name));
            }
        }
    }

    @AfterAll
    static void delete() throws IOException {
        Corpus.deleteTree(dir);
    }

    private static Set<Path> temporaryFiles() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> walk = Files.walk(tmp)) {
            return walk.collect(Collectors.toSet());
        }
    }

    @Test
    void theSuiteHasATemporaryDirectoryOfItsOwn() {
        assertThat(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize())
                .isEqualTo(Corpus.module().resolve("target/tmp").toAbsolutePath().normalize());
    }

    @Test
    void nothingIsLeftInTheTemporaryDirectoryInProcess() throws IOException {
        Set<Path> before = temporaryFiles();
        try (PoeValidator validator = PoeValidator.builder().referenceDate(Corpus.REFERENCE_DATE).build()) {
            validator.validateAll(DOCUMENTS);
            for (Path document : DOCUMENTS) {
                try (InputStream in = Files.newInputStream(document)) {
                    validator.validate(in, document.getFileName().toString());
                }
            }
        }
        assertThat(temporaryFiles()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void nothingIsLeftInTheTemporaryDirectoryByChildren() throws IOException {
        Set<Path> before = temporaryFiles();
        try (PoeValidator validator = PoeValidator.builder().referenceDate(Corpus.REFERENCE_DATE)
                .isolation(Isolation.forked().withWorkers(1).withMaxHeapMegabytes(128)).build()) {
            validator.validateAll(DOCUMENTS);
            for (Path document : DOCUMENTS.subList(0, 6)) {
                try (InputStream in = Files.newInputStream(document)) {
                    validator.validate(in, document.getFileName().toString());
                }
            }
        }
        assertThat(temporaryFiles()).containsExactlyInAnyOrderElementsOf(before);
    }
}
