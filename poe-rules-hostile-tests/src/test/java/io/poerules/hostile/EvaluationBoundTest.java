package io.poerules.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.DocumentReport;
import io.poerules.api.ErrorCode;
import io.poerules.api.Limits;
import io.poerules.api.PoeValidator;
import io.poerules.api.ReportError;
import io.poerules.api.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluation of extracted text is bounded by the timeout as extraction is: a text built to make the
 * detectors slow (thirty thousand customers, each followed by a signature to attribute) is a
 * {@code TIMEOUT} entry on time, alone or in a batch (where the files around it are validated), and the
 * abandoned evaluation stops instead of burning a core.
 */
class EvaluationBoundTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private static Path dir;
    private static PoeValidator validator;

    @BeforeAll
    static void build() {
        dir = Corpus.work(EvaluationBoundTest.class);
        validator = PoeValidator.builder().referenceDate(Corpus.REFERENCE_DATE)
                .limits(Limits.DEFAULTS.withTimeout(TIMEOUT)).build();
    }

    @AfterAll
    static void close() throws IOException {
        validator.close();
        Corpus.deleteTree(dir);
    }

    @Test
    void aTextThatMakesTheDetectorsSlowTimesOutAndItsEvaluationStops() throws Exception {
        Path slow = HostileFiles.slowToMap(dir.resolve("many-parties.txt"));

        long started = System.nanoTime();
        DocumentReport report = validator.validate(slow);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(report.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(report.errors()).extracting(ReportError::code).containsExactly(ErrorCode.TIMEOUT);
        assertThat(took).isLessThan(TIMEOUT.multipliedBy(2).plusSeconds(15));
        assertEvaluationStops();
    }

    @Test
    void inABatchTheSlowTextTimesOutAndTheFilesAroundItAreValidated() throws Exception {
        Path slow = HostileFiles.slowToMap(dir.resolve("many-parties.txt"));
        Path before = Files.writeString(dir.resolve("before.txt"), "STATEMENT OF WORK\nCustomer: Contoso Ltd\n");
        Path after = Files.writeString(dir.resolve("after.txt"), "STATEMENT OF WORK\nCustomer: Fabrikam Inc\n");
        List<DocumentReport> reports = new ArrayList<>();

        long started = System.nanoTime();
        try (PoeValidator oneThread = PoeValidator.builder().referenceDate(Corpus.REFERENCE_DATE)
                .limits(Limits.DEFAULTS.withTimeout(TIMEOUT)).threads(1).build()) {
            // one cohort: all three read, then mapped; the slow text is abandoned while the file before it
            // waits to be judged and the file after it to be mapped, and both are validated again
            oneThread.validateEach(List.of(before, slow, after), reports::add);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(reports).extracting(DocumentReport::source)
                .containsExactly(before.toString(), slow.toString(), after.toString());
        assertThat(reports.get(1).errors()).extracting(ReportError::code).containsExactly(ErrorCode.TIMEOUT);
        assertThat(reports.get(0).verdict()).isNotEqualTo(Verdict.ERROR);
        assertThat(reports.get(2).verdict()).isNotEqualTo(Verdict.ERROR);
        assertThat(took).isLessThan(TIMEOUT.multipliedBy(2).plusSeconds(15));
        assertEvaluationStops();
    }

    private static void assertEvaluationStops() throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        while (evaluating() && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertThat(evaluating()).as("a validation thread still maps the abandoned document").isFalse();
    }

    /** Whether a validation thread is still inside the detectors. */
    private static boolean evaluating() {
        for (Map.Entry<Thread, StackTraceElement[]> t : Thread.getAllStackTraces().entrySet()) {
            if ((t.getKey().getName().startsWith("poe-evaluate") || t.getKey().getName().startsWith("poe-validate"))
                    && Arrays.stream(t.getValue()).anyMatch(f -> f.getClassName().startsWith("io.poerules.map"))) {
                return true;
            }
        }
        return false;
    }
}
