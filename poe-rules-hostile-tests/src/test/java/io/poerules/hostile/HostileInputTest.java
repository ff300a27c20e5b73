package io.poerules.hostile;

import static io.poerules.hostile.Expect.anything;
import static io.poerules.hostile.Expect.error;
import static io.poerules.hostile.Expect.notPass;
import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.DocumentReport;
import io.poerules.api.ErrorCode;
import io.poerules.api.Limits;
import io.poerules.api.PoeValidator;
import io.poerules.api.ReportError;
import io.poerules.api.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input suite: files the test writes itself (zip bombs, nested and wide containers, huge
 * files and streams, a PDF of twenty thousand pages, billion laughs, encrypted documents and emails,
 * mislabelled, empty and random files, and every sample cut short at five places), each validated on its
 * own within the time bound, with the error the issue asks for; then all of them as one batch, one entry
 * each. The module runs under {@code -Xmx256m}.
 */
class HostileInputTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** Extraction and evaluation each get the timeout; the rest is slack for a slow machine. */
    private static final Duration BOUND = TIMEOUT.multipliedBy(2).plusSeconds(15);
    private static final Limits LIMITS = Limits.DEFAULTS.withTimeout(TIMEOUT);

    /** One hostile input and what its entry must be. */
    private record Case(String name, Path file, Supplier<InputStream> stream, Expect expect) {
    }

    private static final List<Case> CASES = new ArrayList<>();
    private static Path dir;
    private static PoeValidator validator;

    @BeforeAll
    static void generate() throws IOException {
        Heap.watch();
        dir = Corpus.work(HostileInputTest.class);
        validator = PoeValidator.builder().referenceDate(Corpus.REFERENCE_DATE).limits(LIMITS).threads(2).build();
        Path samples = Corpus.samples();
        Path docx = samples.resolve("sow-m365-modern-workplace-signed.docx");
        Path xlsx = samples.resolve("po-m365-managed-service-approved.xlsx");
        Path pdf = samples.resolve("sow-azure-datacentre-exit-signed.pdf");
        Path eml = samples.resolve("email-customer-approves-migration.eml");

        file("zip bomb in a Word document", HostileFiles.zipBombDocx(docx, dir.resolve("zip-bomb.docx"), 200_000_000),
                error(ErrorCode.TOO_LARGE));
        file("zip bomb in a workbook's shared strings", HostileFiles.zipBombXlsx(xlsx, dir.resolve("zip-bomb.xlsx"),
                200_000_000), error(ErrorCode.TOO_LARGE));
        file("a Word part of 20 MB of random letters", HostileFiles.hugePartDocx(docx, dir.resolve("huge-part.docx"),
                20_000_000), error(ErrorCode.TOO_LARGE));
        file("zip bomb in an OpenDocument text: read up to the character limit",
                HostileFiles.zipBombOdt(dir.resolve("zip-bomb.odt"), 200_000_000), notPass(ErrorCode.TRUNCATED));
        file("a ZIP of 300 MB of text: read up to the character limit",
                HostileFiles.zipBombZip(dir.resolve("zip-bomb.zip"), 300_000_000L), notPass(ErrorCode.TRUNCATED));
        file("an email forwarded in an email, twelve deep", HostileFiles.nestedEmail(eml, dir.resolve("nested.eml"), 12),
                notPass(ErrorCode.EMBEDDED_LIMIT));
        file("a ZIP in a ZIP, twelve deep", HostileFiles.nestedZip(eml, dir.resolve("nested.zip"), 12),
                notPass(ErrorCode.EMBEDDED_LIMIT));
        file("a ZIP of a thousand files", HostileFiles.wideZip(dir.resolve("wide.zip"), 1_000),
                notPass(ErrorCode.EMBEDDED_LIMIT));
        file("a text file of 300 MB", HostileFiles.sparse(dir.resolve("huge.txt"), 300_000_000L),
                error(ErrorCode.TOO_LARGE));
        CASES.add(new Case("a stream of 300 MB of text", null, () -> HostileFiles.endlessText(300_000_000L),
                error(ErrorCode.TOO_LARGE)));
        file("a text file of 45 MB, under the byte limit: cut at the character limit",
                HostileFiles.bigText(dir.resolve("big.txt"), 45_000_000), notPass(ErrorCode.TRUNCATED));
        file("a PDF of 20,000 pages", HostileFiles.manyPagesPdf(dir.resolve("pages.pdf"), 20_000),
                notPass(ErrorCode.TRUNCATED));
        file("billion laughs in a Word document", HostileFiles.laughsDocx(docx, dir.resolve("laughs.docx")),
                error(ErrorCode.CORRUPT));
        file("billion laughs in a workbook", HostileFiles.laughsXlsx(xlsx, dir.resolve("laughs.xlsx")),
                error(ErrorCode.CORRUPT));
        file("billion laughs in XML", Files.writeString(dir.resolve("laughs.xml"),
                HostileFiles.laughs("lolz") + "<lolz>&lol9;</lolz>"), error(ErrorCode.CORRUPT));
        file("billion laughs in SVG", Files.writeString(dir.resolve("laughs.svg"), HostileFiles.laughs("svg")
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&lol9;</text></svg>"), error(ErrorCode.CORRUPT));
        file("HTML nested 200,000 elements deep", nestedHtml(dir.resolve("nested.html"), 200_000), notPass(null));
        file("a Word document with a password", HostileFiles.encryptedOffice(docx, dir.resolve("password.docx"),
                "secret"), error(ErrorCode.ENCRYPTED));
        file("a workbook with a password", HostileFiles.encryptedOffice(xlsx, dir.resolve("password.xlsx"), "secret"),
                error(ErrorCode.ENCRYPTED));
        file("a PDF with a password", samples.resolve("sow-password-protected.pdf"), error(ErrorCode.ENCRYPTED));
        file("an S/MIME-encrypted email", HostileFiles.smimeEncryptedEmail(dir.resolve("smime.eml")),
                error(ErrorCode.ENCRYPTED));
        file("a rights-protected email", HostileFiles.rightsProtectedEmail(dir.resolve("rpmsg.eml")),
                error(ErrorCode.ENCRYPTED));
        file("an S/MIME-encrypted Outlook message", HostileFiles.smimeEncryptedMsg(dir.resolve("smime.msg")),
                error(ErrorCode.ENCRYPTED));
        file("a Word document named .pdf", copy(docx, "word-document.pdf"), error(ErrorCode.MISLABELLED));
        file("a ZIP named .pdf", zipOf(pdf, dir.resolve("zip-archive.pdf")), error(ErrorCode.MISLABELLED));
        file("a PDF named .docx", copy(pdf, "pdf-document.docx"), error(ErrorCode.MISLABELLED));
        file("an email named .pdf", copy(eml, "email.pdf"), error(ErrorCode.MISLABELLED));
        file("a PDF named .txt", copy(pdf, "pdf-document.txt"), error(ErrorCode.MISLABELLED));
        file("a workbook named .docx", copy(xlsx, "workbook.docx"), error(ErrorCode.MISLABELLED));
        for (String ext : List.of("pdf", "docx", "txt", "eml")) {
            file("an empty ." + ext, Files.createFile(dir.resolve("empty." + ext)), error(ErrorCode.EMPTY));
        }
        int seed = 0;
        for (String ext : List.of("pdf", "docx", "xlsx", "pptx", "doc", "xls", "ppt", "odt", "msg", "rtf", "eml", "mbox",
                "txt", "html", "csv", "xml", "zip")) {
            file("random bytes named ." + ext, Files.write(dir.resolve("random." + ext),
                    HostileFiles.randomBytes(++seed, 8_192)), error(ErrorCode.CORRUPT));
        }
        file("random bytes named .bin", Files.write(dir.resolve("random.bin"), HostileFiles.randomBytes(99, 8_192)),
                error(ErrorCode.UNSUPPORTED_TYPE));
        file("random bytes without a name", Files.write(dir.resolve("random"), HostileFiles.randomBytes(98, 8_192)),
                error(ErrorCode.UNSUPPORTED_TYPE));
        for (Path sample : Corpus.sampleDocuments()) {
            byte[] whole = Files.readAllBytes(sample);
            String name = sample.getFileName().toString();
            boolean binary = name.endsWith(".pdf") || name.endsWith(".docx") || name.endsWith(".xlsx");
            for (int cut : HostileFiles.cuts(whole.length)) {
                Path file = Files.write(dir.resolve("cut-" + cut + "-" + name), Arrays.copyOf(whole, cut));
                // A text cut short is still text: only a cut before the middle must lose the document its PASS.
                file(name + " cut at byte " + cut, file, binary ? error(ErrorCode.CORRUPT)
                        : cut <= whole.length / 2 ? notPass(null) : anything());
            }
        }
    }

    private static void file(String name, Path file, Expect expect) {
        CASES.add(new Case(name, file, null, expect));
    }

    private static Path copy(Path from, String name) throws IOException {
        return Files.copy(from, dir.resolve(name));
    }

    private static Path zipOf(Path file, Path out) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            z.putNextEntry(new ZipEntry(file.getFileName().toString()));
            Files.copy(file, z);
            z.closeEntry();
        }
        return out;
    }

    private static Path nestedHtml(Path out, int depth) throws IOException {
        try (Writer w = Files.newBufferedWriter(out)) {
            w.write("<html><body>");
            for (int i = 0; i < depth; i++) {
                w.write("<div>");
            }
            w.write("Statement of Work");
            for (int i = 0; i < depth; i++) {
                w.write("</div>");
            }
            w.write("</body></html>");
        }
        return out;
    }

    @AfterAll
    static void close() throws IOException {
        if (validator != null) {
            validator.close();
        }
        Heap.report(HostileInputTest.class.getSimpleName());
        Corpus.deleteTree(dir);
    }

    @TestFactory
    Stream<DynamicTest> eachInputIsOneBoundedEntryWithTheExpectedError() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            long started = System.nanoTime();
            DocumentReport report;
            if (c.stream() != null) {
                try (InputStream in = c.stream().get()) {
                    report = validator.validate(in, "stream.txt");
                }
            } else {
                report = validator.validate(c.file());
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(took).as("time for %s", c.name()).isLessThan(BOUND);
            c.expect().check(report);
        }));
    }

    @Test
    void aBatchOfThemAllHasOneEntryPerFileInOrder() {
        List<Case> files = CASES.stream().filter(c -> c.file() != null).toList();

        ValidationReport batch = validator.validateAll(files.stream().map(Case::file).toList());

        assertThat(batch.documents()).hasSize(files.size());
        Map<String, List<ErrorCode>> codes = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            DocumentReport entry = batch.documents().get(i);
            assertThat(entry.source()).isEqualTo(files.get(i).file().toString());
            files.get(i).expect().check(entry);
            codes.put(files.get(i).name(), entry.errors().stream().map(ReportError::code).toList());
        }
        assertThat(codes).hasSize(files.size());
    }
}
