package io.poerules.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.extract.OcrSettings;
import io.poerules.extract.TikaExtractor;
import io.poerules.map.FactMapper;
import io.poerules.map.lexicon.Lexicon;
import io.poerules.rules.RuleEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CohortTest {

    @TempDir
    static Path dir;

    private static TikaExtractor extractor;
    private static DocumentPipeline pipeline;

    @BeforeAll
    static void build() {
        RuleSet rules = InlineRules.ruleSet("parties.drl", InlineRules.PARTIES_RULES);
        extractor = new TikaExtractor(Limits.DEFAULTS, OcrSettings.DISABLED);
        pipeline = new DocumentPipeline(extractor, new FactMapper(Lexicon.load(rules.lexicons())),
                RuleEngine.compile(rules.rulesAndTables()), LocalDate.of(2026, 11, 30));
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    @Test
    void theFilesAreAllReadBeforeAnyIsMappedAndJudged() throws IOException {
        List<Path> files = customers(3);

        List<Integer> doneAtEachRead = readAndCount(files, Cohort.CHARACTER_BUDGET);

        assertThat(doneAtEachRead).containsExactly(0, 0, 0);
    }

    @Test
    void readTextPastTheCharacterBudgetIsMappedAndJudgedBeforeTheNextFileIsRead() throws IOException {
        List<Path> files = customers(3);

        List<Integer> doneAtEachRead = readAndCount(files, 10);

        assertThat(doneAtEachRead).containsExactly(0, 1, 2);
    }

    @Test
    void entriesComeInTheOrderOfTheFilesAndAFileThatCannotBeReadIsAnError() throws IOException {
        List<Path> files = new ArrayList<>(customers(2));
        files.add(1, dir.resolve("missing.txt"));
        Cohort cohort = new Cohort(inputs(files, file -> { }), pipeline, e -> null);

        List<TimedReport> entries = cohort.call();

        assertThat(entries).extracting(e -> e.report().source())
                .containsExactlyElementsOf(files.stream().map(Path::toString).toList());
        assertThat(entries).extracting(e -> e.report().verdict())
                .containsExactly(Verdict.PASS, Verdict.ERROR, Verdict.PASS);
        assertThat(entries.get(0).map()).isPositive();
        assertThat(IntStream.range(0, files.size()).mapToObj(cohort::done)).doesNotContainNull();
    }

    /** Runs a cohort over the files; for each file, how many entries were done when it was read. */
    private static List<Integer> readAndCount(List<Path> files, int budget) {
        AtomicReference<Cohort> cohort = new AtomicReference<>();
        List<Integer> doneAtEachRead = new ArrayList<>();
        cohort.set(new Cohort(inputs(files, file -> doneAtEachRead.add(
                (int) IntStream.range(0, files.size()).filter(i -> cohort.get().done(i) != null).count())),
                pipeline, e -> null, budget));
        assertThat(cohort.get().call()).extracting(e -> e.report().verdict()).containsOnly(Verdict.PASS);
        return doneAtEachRead;
    }

    /** The files as a cohort's inputs, each read by the extractor after {@code beforeReading} is told of it. */
    private static List<Cohort.Input> inputs(List<Path> files, Consumer<Path> beforeReading) {
        return files.stream().map(file -> new Cohort.Input(file.toString(), () -> {
            beforeReading.accept(file);
            return extractor.extract(file);
        })).toList();
    }

    private static List<Path> customers(int n) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(Files.writeString(dir.resolve("customer-" + i + "-" + System.nanoTime() + ".txt"),
                    "Customer: Contoso " + i + " Ltd\n"));
        }
        return files;
    }
}
