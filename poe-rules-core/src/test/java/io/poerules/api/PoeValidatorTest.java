package io.poerules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline with a small inline rule set: a document that was not wholly processed never passes. */
class PoeValidatorTest {

    private static PoeValidator validator;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() {
        validator = InlineRules.validator("parties.drl", InlineRules.PARTIES_RULES);
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    private static DocumentReport text(String name, String text) {
        return validator.validate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    }

    @Test
    void documentMeetingEveryRulePasses() {
        DocumentReport report = text("sow.txt", "Customer: Contoso Ltd\n");

        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
        assertThat(report.findings()).extracting(Finding::ruleId, Finding::outcome)
                .containsExactly(tuple("T-CUSTOMER", Outcome.PASS));
        assertThat(report.facts()).containsKeys("partyMention", "organisation", "documentKind", "programKind",
                "extraction").doesNotContainKey("party");
    }

    @Test
    void truncatedDocumentIsReviewNotPass() {
        DocumentReport report = text("long.txt", "Customer: Contoso Ltd\n" + "Scope line\n".repeat(100));

        assertThat(report.findings()).extracting(Finding::outcome).containsExactly(Outcome.PASS);
        assertThat(report.errors()).extracting(ReportError::code).containsExactly(ErrorCode.TRUNCATED);
        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void corruptDocumentIsAnErrorWithoutFindings() throws IOException {
        Path file = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\nnot really a pdf".getBytes(StandardCharsets.UTF_8));

        DocumentReport report = validator.validate(file);

        assertThat(report.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(report.findings()).isEmpty();
        assertThat(report.errors()).extracting(ReportError::code).containsExactly(ErrorCode.CORRUPT);
    }

    @Test
    void ruleThatThrowsIsARulesErrorNotAnException() {
        DocumentReport report = text("poison.txt", "Customer: Poison Ltd\n");

        assertThat(report.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(report.errors()).extracting(ReportError::code).containsExactly(ErrorCode.RULES_ERROR);
    }

    @Test
    void batchReportsEveryFileInOrderWhateverHappensToTheOthers() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "Customer: Contoso Ltd\n");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path missing = dir.resolve("missing.txt");

        ValidationReport report = validator.validateAll(List.of(good, empty, missing));

        assertThat(report.documents()).extracting(DocumentReport::source, DocumentReport::verdict).containsExactly(
                tuple(good.toString(), Verdict.PASS),
                tuple(empty.toString(), Verdict.ERROR),
                tuple(missing.toString(), Verdict.ERROR));
        assertThat(report.ruleSet().name()).isEqualTo("inline");
        assertThat(report.ruleSet().rules()).isEqualTo(3);
    }

    @Test
    void eachEntryComesInOrderWithABoundedNumberOfFilesInProgress() throws IOException {
        List<Path> files = texts("doc-", 25, i -> i % 2 == 0 ? "Customer: Contoso Ltd\n" : "");
        List<String> seen = new ArrayList<>();

        validator.validateEach(files, entry -> seen.add(entry.source()));

        assertThat(seen).containsExactlyElementsOf(files.stream().map(Path::toString).toList());
        assertThat(validator.inFlight()).isEqualTo(128);
    }

    @Test
    void sourcesAreOpenedOnTheBatchThreadsClosedAndJudgedInOrderAsFilesAre() throws IOException {
        List<Path> files = texts("source-", 20, i -> i % 3 == 0 ? "" : "Customer: Contoso " + i + " Ltd\n");
        List<String> openedOn = Collections.synchronizedList(new ArrayList<>());
        List<String> closed = Collections.synchronizedList(new ArrayList<>());
        List<DocumentSource> sources = files.stream().map(file -> new DocumentSource("store/" + file.getFileName(), () -> {
            openedOn.add(Thread.currentThread().getName());
            return new FilterInputStream(Files.newInputStream(file)) {
                @Override
                public void close() throws IOException {
                    closed.add(file.getFileName().toString());
                    super.close();
                }
            };
        })).toList();
        List<DocumentReport> fromSources = new ArrayList<>();
        List<DocumentReport> fromFiles = new ArrayList<>();

        validator.validateEachSource(sources, fromSources::add);
        validator.validateEach(files, fromFiles::add);

        assertThat(fromSources).extracting(DocumentReport::source)
                .containsExactlyElementsOf(sources.stream().map(DocumentSource::name).toList());
        assertThat(fromSources).extracting(PoeValidatorTest::judgement)
                .containsExactlyElementsOf(fromFiles.stream().map(PoeValidatorTest::judgement).toList());
        assertThat(fromSources).extracting(DocumentReport::verdict).contains(Verdict.PASS, Verdict.ERROR);
        assertThat(openedOn).hasSize(files.size()).allSatisfy(thread -> assertThat(thread).startsWith("poe-validate-"));
        assertThat(closed).hasSize(files.size());
    }

    /** An entry's verdict and its findings' rules, outcomes and reasons: what does not name the document. */
    private static List<Object> judgement(DocumentReport entry) {
        List<Object> judgement = new ArrayList<>(List.of(entry.verdict()));
        entry.findings().forEach(f -> judgement.add(tuple(f.ruleId(), f.outcome(), f.reason())));
        return judgement;
    }

    @Test
    void aSourceThatCannotBeOpenedIsAnErrorEntryAndTheBatchGoesOn() {
        List<DocumentSource> sources = List.of(
                new DocumentSource("gone.txt", () -> {
                    throw new FileNotFoundException("File store/gone.txt does not exist");
                }),
                new DocumentSource("reset.txt", () -> {
                    throw new IOException("Connection reset by peer");
                }),
                new DocumentSource("nothing.txt", () -> null),
                new DocumentSource("broken.txt", () -> {
                    throw new IllegalStateException("client closed");
                }),
                new DocumentSource("good.txt", () -> new ByteArrayInputStream("Customer: Contoso Ltd\n".getBytes(StandardCharsets.UTF_8))));
        List<DocumentReport> entries = new ArrayList<>();

        validator.validateEachSource(sources, entries::add);

        assertThat(entries).extracting(DocumentReport::source, DocumentReport::verdict).containsExactly(
                tuple("gone.txt", Verdict.ERROR), tuple("reset.txt", Verdict.ERROR), tuple("nothing.txt", Verdict.ERROR),
                tuple("broken.txt", Verdict.ERROR), tuple("good.txt", Verdict.PASS));
        assertThat(entries.subList(0, 4)).extracting(e -> e.errors().get(0).code(), e -> e.errors().get(0).message())
                .containsExactly(
                        tuple(ErrorCode.IO_ERROR, "Cannot read gone.txt: it does not exist"),
                        tuple(ErrorCode.IO_ERROR, "Cannot read reset.txt: Connection reset by peer"),
                        tuple(ErrorCode.IO_ERROR, "Cannot read nothing.txt: its source opened no stream"),
                        tuple(ErrorCode.IO_ERROR, "Cannot read broken.txt: its source failed to open it (client closed)"));
    }

    @Test
    void aStreamThatFailsToCloseKeepsWhatWasReadFromIt() {
        DocumentSource source = new DocumentSource("sow.txt", () -> new ByteArrayInputStream(
                "Customer: Contoso Ltd\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                throw new IOException("connection reset while closing");
            }
        });
        List<DocumentReport> entries = new ArrayList<>();

        validator.validateEachSource(List.of(source), entries::add);

        assertThat(entries).singleElement().extracting(DocumentReport::verdict).isEqualTo(Verdict.PASS);
    }

    @Test
    void anInterruptedBatchStartsNoMoreDocumentsAndGivesTheRestAnEntry() {
        AtomicInteger opened = new AtomicInteger();
        int count = validator.inFlight() * 3;
        List<DocumentSource> sources = IntStream.range(0, count).mapToObj(i -> new DocumentSource("doc-" + i + ".txt", () -> {
            opened.incrementAndGet();
            return new ByteArrayInputStream("Customer: Contoso Ltd\n".getBytes(StandardCharsets.UTF_8));
        })).toList();
        List<DocumentReport> entries = new ArrayList<>();
        boolean stillInterrupted;

        try {
            validator.validateEachSource(sources, entry -> {
                entries.add(entry);
                if (entries.size() == 1) {
                    Thread.currentThread().interrupt();
                }
            });
        } finally {
            stillInterrupted = Thread.interrupted();
        }
        // a batch after it starts only once the documents the pool took before it have started: none, or they count
        validator.validateEachSource(List.of(new DocumentSource("after.txt",
                () -> new ByteArrayInputStream("Customer: Contoso Ltd\n".getBytes(StandardCharsets.UTF_8)))), entry -> { });

        assertThat(stillInterrupted).isTrue();
        assertThat(entries).extracting(DocumentReport::source)
                .containsExactlyElementsOf(sources.stream().map(DocumentSource::name).toList());
        assertThat(opened.get()).isLessThanOrEqualTo(validator.inFlight());
        assertThat(entries.get(count - 1).errors()).extracting(ReportError::message).containsExactly("Interrupted");
    }

    @Test
    void aBatchHasNoMoreThreadsThanThereAreExtractionChildren() {
        try (PoeValidator oneChild = InlineRules.builder("parties.drl", InlineRules.PARTIES_RULES).threads(4)
                .isolation(Isolation.forked().withWorkers(1)).build();
             PoeValidator asManyAsThreads = InlineRules.builder("parties.drl", InlineRules.PARTIES_RULES).threads(4)
                     .isolation(Isolation.forked()).build();
             PoeValidator inProcess = InlineRules.builder("parties.drl", InlineRules.PARTIES_RULES).threads(4).build()) {
            assertThat(oneChild.inFlight()).isEqualTo(64);
            assertThat(asManyAsThreads.inFlight()).isEqualTo(256);
            assertThat(inProcess.inFlight()).isEqualTo(256);
        }
    }

    @Test
    void anExceptionFromTheConsumerStopsTheBatch() throws IOException {
        List<Path> files = texts("stop-", 10, i -> "Customer: Contoso Ltd\n");
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> validator.validateEach(files, entry -> {
            seen.add(entry.source());
            if (seen.size() == 3) {
                throw new IllegalStateException("disk full");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
        assertThat(seen).hasSize(3);
    }

    @Test
    void closingTheValidatorDuringABatchStillGivesOneEntryPerFile() throws IOException {
        List<DocumentReport> entries = new ArrayList<>();
        List<Path> files;

        try (PoeValidator closing = InlineRules.validator("parties.drl", InlineRules.PARTIES_RULES)) {
            // more files than the batch keeps in flight: those past the window start after the close
            files = texts("closed-", closing.inFlight() + 20, i -> "Customer: Contoso Ltd\n");
            closing.validateEach(files, entry -> {
                entries.add(entry);
                if (entries.size() == 1) {
                    closing.close();
                }
            });
        }

        assertThat(entries).doesNotContainNull().extracting(DocumentReport::source)
                .containsExactlyElementsOf(files.stream().map(Path::toString).toList());
        assertThat(entries).filteredOn(e -> e.verdict() == Verdict.ERROR).isNotEmpty()
                .allSatisfy(e -> assertThat(e.errors()).isNotEmpty());
    }

    @Test
    void badLexiconFailsTheBuildWithItsFile() {
        RuleBuildException e = catchThrowableOfType(RuleBuildException.class, () -> PoeValidator.builder()
                .rules(RuleSet.of("bad", "1", List.of(new RuleSet.Resource("l.json", "/rules/l.json", "{\"nope\": 1}"))))
                .build());

        assertThat(e.problems()).extracting(RuleProblem::file).containsExactly("/rules/l.json");
    }

    /** {@code n} text files named {@code prefix} and their number, the text of each from its number. */
    private static List<Path> texts(String prefix, int n, IntFunction<String> text) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(Files.writeString(dir.resolve(prefix + i + ".txt"), text.apply(i)));
        }
        return files;
    }
}
