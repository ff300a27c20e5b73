package io.poerules.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.poerules.api.DocumentReport;
import io.poerules.api.ErrorCode;
import io.poerules.api.Isolation;
import io.poerules.api.Limits;
import io.poerules.api.PoeValidator;
import io.poerules.api.ReportError;
import io.poerules.api.ValidationReport;
import io.poerules.api.Verdict;
import io.poerules.extract.ExtractionChild;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Isolation mode for real: child JVMs that hang, crash and run out of memory (made to, by the test hooks
 * of {@link ExtractionChild}) cost their document's entry only; the next document is validated by a new
 * child; and a validator with children reads the real-world corpus as one without.
 */
class IsolationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final String SIGNED_SOW = "sow-azure-datacentre-exit-signed.pdf";

    private static Path dir;
    private static PoeValidator isolated;

    @BeforeAll
    static void start() throws IOException {
        Heap.watch();
        dir = Corpus.work(IsolationTest.class);
        isolated = PoeValidator.builder().referenceDate(Corpus.REFERENCE_DATE)
                .limits(Limits.DEFAULTS.withTimeout(TIMEOUT))
                .isolation(Isolation.forked().withWorkers(1).withMaxHeapMegabytes(128).withJvmOptions(List.of(
                        "-D" + ExtractionChild.HANG_ON + "=HANG", "-D" + ExtractionChild.CRASH_ON + "=CRASH",
                        "-D" + ExtractionChild.EXHAUST_MEMORY_ON + "=EXHAUST")))
                .build();
    }

    @AfterAll
    static void stop() throws IOException {
        if (isolated != null) {
            isolated.close();
        }
        Corpus.deleteTree(dir);
        Heap.report(IsolationTest.class.getSimpleName());
    }

    private static Path sample(String name, String as) throws IOException {
        return Files.copy(Corpus.samples().resolve(name), dir.resolve(as));
    }

    /** The pids of this JVM's child processes. */
    private static Set<Long> children() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }

    @Test
    void aChildThatHangsIsKilledAtTheTimeoutAndTheNextDocumentIsValidated() throws IOException {
        assertThat(isolated.validate(Corpus.samples().resolve(SIGNED_SOW)).verdict()).isEqualTo(Verdict.PASS);
        Set<Long> before = children();

        long started = System.nanoTime();
        DocumentReport hung = isolated.validate(sample(SIGNED_SOW, "HANG-sow.pdf"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(hung.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(hung.errors()).extracting(ReportError::code).containsExactly(ErrorCode.TIMEOUT);
        assertThat(took).isLessThan(TIMEOUT.plusSeconds(20));
        assertThat(before).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .as("the hung child %d is alive", pid).isFalse());
        assertThat(isolated.validate(Corpus.samples().resolve(SIGNED_SOW)).verdict()).isEqualTo(Verdict.PASS);
        assertThat(children()).doesNotContainAnyElementsOf(before).isNotEmpty();
    }

    @Test
    void aChildThatExitsCostsOnlyItsDocument() throws IOException {
        DocumentReport crashed = isolated.validate(sample(SIGNED_SOW, "CRASH-sow.pdf"));

        assertThat(crashed.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(crashed.errors()).extracting(ReportError::code).containsExactly(ErrorCode.INTERNAL);
        assertThat(crashed.errors().get(0).message()).contains("exit status 13").contains("restarted");
        assertThat(isolated.validate(Corpus.samples().resolve(SIGNED_SOW)).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aChildThatRunsOutOfMemoryIsTooLargeAndIsReplaced() throws IOException {
        DocumentReport exhausted = isolated.validate(sample(SIGNED_SOW, "EXHAUST-sow.pdf"));

        assertThat(exhausted.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(exhausted.errors()).extracting(ReportError::code).containsExactly(ErrorCode.TOO_LARGE);
        assertThat(exhausted.errors().get(0).message()).contains("128 MiB");
        assertThat(isolated.validate(Corpus.samples().resolve(SIGNED_SOW)).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aBatchGoesOnPastEveryKindOfFailure() throws IOException {
        List<Path> files = List.of(sample(SIGNED_SOW, "batch-HANG.pdf"), Corpus.samples().resolve(SIGNED_SOW),
                sample(SIGNED_SOW, "batch-CRASH.pdf"), sample(SIGNED_SOW, "batch-EXHAUST.pdf"),
                Corpus.samples().resolve("email-customer-approves-migration.eml"));

        ValidationReport batch = isolated.validateAll(files);

        assertThat(batch.documents()).extracting(DocumentReport::verdict)
                .containsExactly(Verdict.ERROR, Verdict.PASS, Verdict.ERROR, Verdict.ERROR, Verdict.PASS);
        assertThat(batch.documents()).extracting(d -> d.errors().isEmpty() ? null : d.errors().get(0).code())
                .containsExactly(ErrorCode.TIMEOUT, null, ErrorCode.INTERNAL, ErrorCode.TOO_LARGE, null);
    }

    @Test
    void streamsAreExtractedInTheChildToo() throws IOException {
        try (InputStream in = Files.newInputStream(Corpus.samples().resolve("po-m365-managed-service-approved.xlsx"))) {
            assertThat(isolated.validate(in, "po.xlsx").verdict()).isEqualTo(Verdict.PASS);
        }
        try (InputStream in = HostileFiles.endlessText(300_000_000L)) {
            assertThat(isolated.validate(in, "endless.txt").errors()).extracting(ReportError::code)
                    .containsExactly(ErrorCode.TOO_LARGE);
        }
    }

    @Test
    void theRealWorldCorpusReadsAsItDoesInProcess() throws IOException {
        Path corpus = Corpus.wild();
        assumeTrue(corpus != null || !"true".equals(System.getenv("CI")), "../shared/corpus/wild is missing, and CI must have it");
        assumeTrue(corpus != null, "../shared/corpus/wild is not beside this clone; skipped outside CI");
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
        // OCR off: a PDF of twenty near-empty pages takes seconds of OCR each, too close to the 20 s timeout on a
        // busy machine; WildCorpusHostileTest reads the corpus with OCR in-process.
        try (PoeValidator two = PoeValidator.builder().referenceDate(Corpus.REFERENCE_DATE)
                .limits(Limits.DEFAULTS.withTimeout(Duration.ofSeconds(20))).threads(2).ocr(io.poerules.api.Ocr.off())
                .isolation(Isolation.forked().withMaxHeapMegabytes(192)).build()) {
            ValidationReport batch = two.validateAll(files);
            assertThat(batch.documents()).hasSize(files.size());
            for (int i = 0; i < files.size(); i++) {
                WildCorpusHostileTest.check(files.get(i), batch.documents().get(i));
            }
        }
    }

    @Test
    void closingStopsTheChildrenAndRemovesTheirFiles() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Long> before = children();
        List<Path> directoriesBefore = forkDirectories(tmp);
        PoeValidator validator = PoeValidator.builder().referenceDate(Corpus.REFERENCE_DATE)
                .isolation(Isolation.forked().withWorkers(2).withMaxHeapMegabytes(128)).threads(2).build();
        validator.validateAll(List.of(Corpus.samples().resolve(SIGNED_SOW),
                Corpus.samples().resolve("sow-m365-modern-workplace-signed.docx")));
        assertThat(children()).hasSizeGreaterThan(before.size());
        assertThat(forkDirectories(tmp)).hasSizeGreaterThan(directoriesBefore.size());

        validator.close();

        assertThat(children()).isSubsetOf(before);
        assertThat(forkDirectories(tmp)).containsExactlyInAnyOrderElementsOf(directoriesBefore);
    }

    private static List<Path> forkDirectories(Path tmp) throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.filter(p -> p.getFileName().toString().startsWith("poe-rules-fork-")).toList();
        }
    }
}
