package io.poerules.api;

import io.poerules.extract.Extractor;
import io.poerules.extract.ForkedExtractor;
import io.poerules.extract.OcrSettings;
import io.poerules.extract.TikaExtractor;
import io.poerules.extract.WatchedThread;
import io.poerules.map.FactMapper;
import io.poerules.map.lexicon.Lexicon;
import io.poerules.rules.RuleEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates proof-of-execution documents: extracts their text, maps it to facts, runs the rules and
 * returns a report entry per document with a verdict and the findings that explain it.
 *
 * <pre>{@code
 * try (PoeValidator validator = PoeValidator.builder().build()) {
 *     DocumentReport report = validator.validate(Path.of("sow-signed.pdf"));
 *     if (report.verdict() != Verdict.PASS) {
 *         report.findings(Outcome.FAIL).forEach(f -> System.out.println(f.requirement() + ": " + f.reason()));
 *     }
 * }
 * }</pre>
 *
 * <p>The documents of one incentive claim can be judged together against the claim with
 * {@link #validateEngagement(Claim, Collection)}: each requirement may then be met by any of them.
 *
 * <p>A validator compiles its rules once, in {@link Builder#build()}; it is thread-safe and meant to be
 * shared. It owns worker threads for extraction and batches (and, with {@link Isolation#forked()}, child
 * JVMs): close it when done. A bad document never throws: it yields an entry with verdict
 * {@link Verdict#ERROR} and the reason. Extraction is bounded by {@link Limits#timeout()}, and so is the
 * evaluation of the extracted text: a document takes at most about twice the timeout.
 *
 * @since 0.1.0
 */
public final class PoeValidator implements AutoCloseable {

    /** The tool's name in reports. */
    public static final String TOOL_NAME = "poe-rules";

    private static final String VERSION = readVersion();

    private final DocumentPipeline pipeline;
    private final RuleSetInfo ruleSetInfo;
    private final RuleSet rules;
    private final Builder builder;
    private final RuleEngine engine;
    private final FactMapper mapper;
    private static final Logger LOG = LoggerFactory.getLogger(PoeValidator.class);
    /** Time allowed beyond the extraction and evaluation timeouts before a validation is abandoned. */
    private static final long GRACE_MILLIS = 5_000;
    private static final int IN_FLIGHT_PER_THREAD = 64;

    private final WatchedPool batchPool;
    private final ExecutorService evaluations;
    private final Extractor extractor;
    private final Limits limits;
    private final int threads;

    private final boolean ocrEnabled;

    private PoeValidator(Builder builder) {
        OcrSettings ocr = OcrSettings.resolve(builder.ocr);
        this.ocrEnabled = ocr.enabled();
        RuleSet rules = builder.rules != null ? builder.rules : RuleSet.defaults();
        this.rules = rules;
        this.builder = builder.copy();
        RuleEngine engine = null;
        Lexicon lexicon = null;
        List<RuleProblem> problems = new ArrayList<>();
        try {
            engine = RuleEngine.compile(rules.rulesAndTables());
        } catch (RuleBuildException e) {
            problems.addAll(e.problems());
        }
        try {
            lexicon = Lexicon.load(rules.lexicons());
        } catch (RuleBuildException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        this.engine = engine;
        this.mapper = new FactMapper(lexicon);
        this.limits = builder.limits;
        this.threads = batchThreads(builder);
        this.extractor = builder.isolation.isForked()
                ? new ForkedExtractor(builder.limits, builder.isolation,
                        builder.isolation.workers() > 0 ? builder.isolation.workers() : builder.threads, ocr)
                : new TikaExtractor(builder.limits, ocr);
        LocalDate referenceDate = builder.referenceDate != null ? builder.referenceDate : LocalDate.now(builder.clock);
        this.pipeline = new DocumentPipeline(extractor, mapper, engine, referenceDate, builder.retainText);
        this.ruleSetInfo = new RuleSetInfo(rules.name(), rules.version(), rules.sources(), engine.rules().size());
        this.batchPool = new WatchedPool(threads, "poe-validate");
        AtomicInteger evaluators = new AtomicInteger();
        this.evaluations = Executors.newCachedThreadPool(r -> {
            Thread t = new WatchedThread(r, "poe-evaluate-" + evaluators.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A builder with the default rules (from {@code poe-rules-drl}), default limits and today's date. */
    public static Builder builder() {
        return new Builder();
    }

    /** Validates one file. Never throws for a bad document. */
    public DocumentReport validate(Path file) {
        Objects.requireNonNull(file, "file");
        return bounded(file.toString(), () -> validateHere(file));
    }

    /** Validates one file on the calling thread, unbounded: the caller bounds it. */
    private DocumentReport validateHere(Path file) {
        return pipeline.run(file.toString(), () -> extractor.extract(file));
    }

    /**
     * Validates one file, as {@link #validate(Path)} does, and also measures how long each stage took:
     * extraction, mapping to facts, and the rules. Meant for benchmarks and profiling; the report entry
     * is the same and carries no timing. Runs on the calling thread; never throws for a bad document.
     *
     * @since 0.1.0
     */
    public TimedReport validateTimed(Path file) {
        Objects.requireNonNull(file, "file");
        return pipeline.runTimed(file.toString(), () -> extractor.extract(file));
    }

    /**
     * Validates a stream; the caller keeps ownership of it and closes it.
     *
     * @param name the document's name, used in the report and as a hint to the format
     */
    public DocumentReport validate(InputStream stream, String name) {
        Objects.requireNonNull(stream, "stream");
        return bounded(name, () -> pipeline.run(name, () -> extractor.extract(stream, name)));
    }

    /**
     * Runs a validation on a thread of its own and waits for it for the extraction timeout plus as long
     * again for the evaluation: detectors and rules are linear in the text in practice, but a document
     * built to make them slow must not hold its caller. An abandoned validation is interrupted; the
     * detectors stop at the interruption.
     */
    private DocumentReport bounded(String source, Callable<DocumentReport> validation) {
        return bounded(source, validation, errors -> DocumentPipeline.errorReport(source, null, errors));
    }

    /** As {@link #bounded(String, Callable)}, for any result; {@code failure} makes one from the errors. */
    private <T> T bounded(String source, Callable<T> work, Function<List<ReportError>, T> failure) {
        Future<T> future;
        try {
            future = evaluations.submit(work);
        } catch (RejectedExecutionException e) {
            return failure.apply(List.of(closed()));
        }
        long wait = bound().toMillis();
        try {
            return future.get(wait, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warn("Validating {} took longer than {} ms and was abandoned", source, wait);
            return failure.apply(List.of(tookTooLong()));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return failure.apply(List.of(new ReportError(ErrorCode.INTERNAL,
                    "Interrupted before the document was evaluated")));
        } catch (ExecutionException e) {
            return failure.apply(List.of(unexpected(e.getCause())));
        }
    }

    /**
     * The batch threads: as many as asked for; in isolation mode with fewer extraction children, one per
     * child. A thread more would only wait for a child, and its document's deadline would run meanwhile.
     */
    private static int batchThreads(Builder builder) {
        int children = builder.isolation.isForked() ? builder.isolation.workers() : 0;
        return children > 0 ? Math.min(builder.threads, children) : builder.threads;
    }

    /**
     * How long a validation may take: the extraction timeout, as long again for mapping and rules, and a
     * grace period.
     */
    private Duration bound() {
        return limits.timeout().multipliedBy(2).plusMillis(GRACE_MILLIS);
    }

    private ReportError tookTooLong() {
        return new ReportError(ErrorCode.TIMEOUT, "Reading and evaluating the document took longer than "
                + bound().toSeconds() + " s (the configured limit of " + limits.timeout().toSeconds()
                + " s for each, and a grace period); it was not evaluated");
    }

    private static ReportError unexpected(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return new ReportError(ErrorCode.TOO_LARGE, "Validating the document needed more memory than is "
                    + "available; it may be built to exhaust readers. Validate it in isolation mode");
        }
        LOG.warn("Validation failed unexpectedly", e);
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
        return new ReportError(ErrorCode.INTERNAL, "Validation failed unexpectedly ("
                + (what.length() > 200 ? what.substring(0, 199) + "…" : what) + ")");
    }

    /**
     * Validates files in parallel on the validator's bounded pool; the report lists them in the order
     * given, one entry per file whatever happens to the others.
     */
    public ValidationReport validateAll(Collection<Path> files) {
        List<DocumentReport> reports = new ArrayList<>(files.size());
        validateEach(files, reports::add);
        return report(reports);
    }

    /**
     * Validates files in parallel on the validator's bounded pool and hands each entry to {@code each} as
     * soon as it and every file before it are done, in the order given, on the calling thread. At most
     * {@link #inFlight()} files are in progress at once, so a batch of any size holds only a bounded
     * number of entries: a caller that writes each entry out and drops it keeps memory flat.
     *
     * <p>One entry per file whatever happens to the others; an exception thrown by {@code each} stops the
     * batch (files in progress are finished and discarded) and is rethrown. When the calling thread is
     * interrupted, the files in progress are stopped, no more are started, and every file without an entry
     * yet gets an {@link Verdict#ERROR} entry that says so; the thread stays interrupted.
     *
     * @param files the documents, in the order their entries are wanted
     * @param each  receives every entry, in order
     * @since 0.1.0
     */
    public void validateEach(Collection<Path> files, Consumer<? super DocumentReport> each) {
        Objects.requireNonNull(each, "each");
        inOrder(inputs(files), timed -> each.accept(timed.report()));
    }

    /**
     * Validates documents that are not files of this machine, as {@link #validateEach} validates files: in
     * parallel on the validator's bounded pool, handing each entry to {@code each} as soon as it and every
     * document before it are done, in the order given, on the calling thread. Each source is opened when its
     * document is read, on a batch thread, and its stream closed after; one that cannot be opened is an
     * {@link Verdict#ERROR} entry ({@link ErrorCode#IO_ERROR}) and the batch goes on. Each entry's source is
     * the {@link DocumentSource#name()}.
     *
     * <p>A service that validates objects of a store, or a Spark task that validates a partition of files,
     * gets the batch's speed this way (documents read, mapped and judged in cohorts) instead of validating
     * stream after stream with {@link #validate(InputStream, String)}.
     *
     * @param sources the documents, in the order their entries are wanted
     * @param each    receives every entry, in order
     * @since 0.1.0
     */
    public void validateEachSource(Collection<DocumentSource> sources, Consumer<? super DocumentReport> each) {
        Objects.requireNonNull(each, "each");
        List<Cohort.Input> inputs = new ArrayList<>(sources.size());
        for (DocumentSource source : sources) {
            Objects.requireNonNull(source, "source");
            inputs.add(new Cohort.Input(source.name(), () -> extractor.extract(source)));
        }
        inOrder(inputs, timed -> each.accept(timed.report()));
    }

    /**
     * Validates files as {@link #validateEach} does, and also measures how long each stage of each file
     * took (extraction, mapping to facts, the rules): what {@code poe bench} measures. The entries are the
     * same as {@link #validateEach}'s; one that timed out or failed unexpectedly has zero stage times.
     *
     * @since 0.1.0
     */
    public void validateEachTimed(Collection<Path> files, Consumer<? super TimedReport> each) {
        Objects.requireNonNull(each, "each");
        inOrder(inputs(files), each);
    }

    private List<Cohort.Input> inputs(Collection<Path> files) {
        List<Cohort.Input> inputs = new ArrayList<>(files.size());
        for (Path file : files) {
            inputs.add(new Cohort.Input(file.toString(), () -> extractor.extract(file)));
        }
        return inputs;
    }

    /**
     * Validates the files on the batch threads in {@link Cohort}s of consecutive files, at most
     * {@link #inFlight()} files at once, and hands the entries to {@code each} in the order of the files, on
     * the calling thread. Near the end of the batch the cohorts shrink, so that every thread has a share of
     * the last files.
     */
    private void inOrder(List<Cohort.Input> all, Consumer<? super TimedReport> each) {
        Deque<Submitted> window = new ArrayDeque<>();
        int next = 0;
        int inWindow = 0;
        try {
            while (next < all.size() || !window.isEmpty()) {
                boolean interrupted = Thread.currentThread().isInterrupted();
                while (!interrupted && next < all.size() && inWindow < inFlight()) {
                    int size = Math.min(cohortSize(all.size() - next), inFlight() - inWindow);
                    window.add(submit(all.subList(next, next + size)));
                    next += size;
                    inWindow += size;
                }
                if (window.isEmpty()) {
                    all.subList(next, all.size()).forEach(input ->
                            each.accept(DocumentPipeline.timedError(input.source(), interrupted())));
                    return;
                }
                Submitted cohort = window.poll();
                inWindow -= cohort.cohort().files().size();
                entries(cohort).forEach(each);
            }
        } finally {
            window.stream().filter(submitted -> submitted.task() != null).forEach(submitted -> submitted.task().cancel());
        }
    }

    /** How many of the files left go into the next cohort: at most {@link Cohort#MAX_FILES}, a share for each thread. */
    private int cohortSize(int left) {
        return Math.max(1, Math.min(Cohort.MAX_FILES, (left + threads - 1) / threads));
    }

    /** A cohort and its task on the batch threads ({@code null} when the closed validator took no more work). */
    private record Submitted(Cohort cohort, WatchedPool.Task<List<TimedReport>> task) {
    }

    /** Submits a cohort; its task is {@code null} when the validator was closed and took no more work. */
    private Submitted submit(List<Cohort.Input> files) {
        Cohort cohort = new Cohort(files, pipeline, PoeValidator::unexpected);
        try {
            return new Submitted(cohort, batchPool.submit(cohort));
        } catch (RejectedExecutionException e) {
            return new Submitted(cohort, null);
        }
    }

    /** Why a file has no entry of its own: the calling thread was interrupted while it waited. */
    private static ReportError interrupted() {
        return new ReportError(ErrorCode.INTERNAL, "Interrupted");
    }

    private static ReportError closed() {
        return new ReportError(ErrorCode.INTERNAL, "The validator is closed");
    }

    /**
     * How many files {@link #validateEach} keeps in progress at once, those done but waiting for a file before
     * them included: 64 per thread (four cohorts), so that the threads go on while a long document holds up the order.
     */
    public int inFlight() {
        return IN_FLIGHT_PER_THREAD * threads;
    }

    /**
     * A cohort's entries, in the order of its files. When it was abandoned past a deadline, the file it was
     * at gets a time-out entry and the files it had not done are validated again, in a cohort of their own;
     * when it failed, was cancelled or was interrupted (the validator closed), the files not done get an
     * entry that says so.
     */
    private List<TimedReport> entries(Submitted submitted) {
        Cohort cohort = submitted.cohort();
        if (submitted.task() == null) {
            return missing(cohort, closed());
        }
        List<TimedReport> entries;
        try {
            entries = batchPool.await(submitted.task(), bound(), () -> null);
        } catch (InterruptedException e) {
            submitted.task().cancel();
            Thread.currentThread().interrupt();
            return missing(cohort, interrupted());
        } catch (CancellationException e) {
            return missing(cohort, new ReportError(ErrorCode.INTERNAL, "The validator was closed"));
        } catch (ExecutionException e) {
            return missing(cohort, unexpected(e.getCause()));
        }
        if (entries == null) {
            return afterAbandoning(cohort);
        }
        return entries.contains(null) ? missing(cohort, new ReportError(ErrorCode.INTERNAL,
                "Interrupted before the document was validated")) : entries;
    }

    /** The entries of an abandoned cohort, from what it had done when it was given up (its thread runs on). */
    private List<TimedReport> afterAbandoning(Cohort cohort) {
        int stuck = cohort.current();
        List<TimedReport> done = new ArrayList<>();
        List<Cohort.Input> again = new ArrayList<>();
        for (int i = 0; i < cohort.files().size(); i++) {
            done.add(cohort.done(i));
            if (done.get(i) == null && i != stuck) {
                again.add(cohort.files().get(i));
            }
        }
        Iterator<TimedReport> retried = again.isEmpty() ? Collections.emptyIterator() : entries(submit(again)).iterator();
        List<TimedReport> entries = new ArrayList<>();
        for (int i = 0; i < cohort.files().size(); i++) {
            if (done.get(i) != null) {
                entries.add(done.get(i));
            } else if (i == stuck) {
                LOG.warn("Validating {} took longer than {} ms and was abandoned", cohort.files().get(i).source(),
                        bound().toMillis());
                entries.add(DocumentPipeline.timedError(cohort.files().get(i).source(), tookTooLong()));
            } else {
                entries.add(retried.next());
            }
        }
        return entries;
    }

    /** A batch task's result; the failure's when it timed out, failed unexpectedly or was cancelled. */
    private <T> T await(WatchedPool.Task<T> task, Path file, BiFunction<Path, ReportError, T> failure) {
        try {
            return batchPool.await(task, bound(), () -> {
                LOG.warn("Validating {} took longer than {} ms and was abandoned", file, bound().toMillis());
                return failure.apply(file, tookTooLong());
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure.apply(file, interrupted());
        } catch (CancellationException e) {
            return failure.apply(file, new ReportError(ErrorCode.INTERNAL, "The validator was closed"));
        } catch (ExecutionException e) {
            return failure.apply(file, unexpected(e.getCause()));
        }
    }

    /** The cohort's entries, those of the files not done saying {@code error}. */
    private static List<TimedReport> missing(Cohort cohort, ReportError error) {
        List<TimedReport> entries = new ArrayList<>();
        for (int i = 0; i < cohort.files().size(); i++) {
            TimedReport done = cohort.done(i);
            entries.add(done != null ? done : DocumentPipeline.timedError(cohort.files().get(i).source(), error));
        }
        return entries;
    }

    /**
     * Validates the documents of one engagement against its claim. Each document is judged alone, with
     * the claim as context (its program, workloads, customer and claim date); then the facts of all of
     * them go into one rules session with the claim, where each requirement may be met by any document
     * and conflicts between documents (two customers) are findings. Every evidence names the document
     * it comes from.
     *
     * <p>Documents are extracted in parallel on the validator's pool; the report lists them in the order
     * given. Never throws for a bad document: it is an {@link Verdict#ERROR} entry, and the engagement is
     * at best {@link Verdict#REVIEW}.
     *
     * @param claim the claim the documents prove; its date is the reference date for acknowledgements
     * @param files the engagement's documents (not its {@code claim.json})
     * @since 0.1.0
     */
    public EngagementReport validateEngagement(Claim claim, Collection<Path> files) {
        Objects.requireNonNull(claim, "claim");
        List<Path> ordered = List.copyOf(files);
        List<DocumentPipeline.Mapped> mapped = new ArrayList<>();
        if (batchPool.ownsCurrentThread()) {
            ordered.forEach(file -> mapped.add(map(file)));
        } else {
            List<WatchedPool.Task<DocumentPipeline.Mapped>> tasks = new ArrayList<>();
            for (Path file : ordered) {
                try {
                    tasks.add(batchPool.submit(() -> mapHere(file)));
                } catch (RejectedExecutionException e) {
                    tasks.add(null);
                }
            }
            for (int i = 0; i < tasks.size(); i++) {
                mapped.add(tasks.get(i) == null ? failedMapping(ordered.get(i).toString(), List.of(closed()))
                        : await(tasks.get(i), ordered.get(i), (file, error) -> failedMapping(file.toString(), List.of(error))));
            }
        }
        return pipeline.judgeEngagement(claim, mapped);
    }

    /**
     * Validates the documents of one engagement, given as streams, against its claim; as
     * {@link #validateEngagement(Claim, Collection)} does. The streams are read one after another, on the
     * calling thread; the caller keeps ownership of them and closes them.
     *
     * @param documents each document's name (used in the report and as a hint to the format) and stream,
     *                  in the order the report lists them (use a {@link java.util.LinkedHashMap})
     * @since 0.1.0
     */
    public EngagementReport validateEngagement(Claim claim, Map<String, ? extends InputStream> documents) {
        Objects.requireNonNull(claim, "claim");
        List<DocumentPipeline.Mapped> mapped = new ArrayList<>();
        documents.forEach((name, stream) -> {
            Objects.requireNonNull(stream, name);
            mapped.add(bounded(name, () -> pipeline.map(name, () -> extractor.extract(stream, name),
                    new DocumentPipeline.Stages()), errors -> failedMapping(name, errors)));
        });
        return pipeline.judgeEngagement(claim, mapped);
    }

    private DocumentPipeline.Mapped map(Path file) {
        return bounded(file.toString(), () -> mapHere(file), errors -> failedMapping(file.toString(), errors));
    }

    /** Extracts and maps one file on the calling thread, unbounded: the caller bounds it. */
    private DocumentPipeline.Mapped mapHere(Path file) {
        return pipeline.map(file.toString(), () -> extractor.extract(file), new DocumentPipeline.Stages());
    }

    private static DocumentPipeline.Mapped failedMapping(String source, List<ReportError> errors) {
        return new DocumentPipeline.Mapped(source, null, List.of(), errors,
                DocumentPipeline.errorReport(source, null, errors));
    }
    /** Wraps report entries in a report root naming this tool and rule set. */
    public ValidationReport report(List<DocumentReport> documents) {
        return report(List.of(), documents);
    }

    /**
     * Wraps engagements and document entries in a report root naming this tool and rule set.
     *
     * @param documents every document entry, those of the engagements included
     *                  ({@link EngagementReport#documentReports()})
     * @since 0.1.0
     */
    public ValidationReport report(List<EngagementReport> engagements, List<DocumentReport> documents) {
        return new ValidationReport(ValidationReport.SCHEMA_VERSION, new ValidationReport.Tool(TOOL_NAME, version()),
                ruleSetInfo, engagements, documents);
    }

    /**
     * Whether this validator reads scanned pages by OCR: {@link Ocr#on()}, or {@link Ocr#auto()} with
     * {@code tesseract} installed.
     *
     * @since 0.1.0
     */
    public boolean ocrEnabled() {
        return ocrEnabled;
    }

    /** The rule set this validator was built with. */
    public RuleSetInfo ruleSet() {
        return ruleSetInfo;
    }

    /**
     * The metadata of every rule this validator runs (id, requirement, severity, description, what it
     * applies to), sorted by id: what the rule catalog lists.
     *
     * @since 0.1.0
     */
    public List<io.poerules.rules.RuleMetadata> rules() {
        return engine.rules();
    }

    /**
     * Explains how one file is judged: every fact extracted from it, with its evidence, the facts the
     * rules derived, and every rule that fired, on which facts, with the findings. Runs on the calling
     * thread; slower than {@link #validate(Path)}, for analysts ({@code poe explain}).
     *
     * @since 0.1.0
     */
    public Explanation explain(Path file) {
        Objects.requireNonNull(file, "file");
        return pipeline.explain(file.toString(), () -> extractor.extract(file));
    }

    /**
     * A new validator with the same settings whose rules are read again: the folder given to
     * {@link Builder#rulesDirectory(Path)} (or {@link Builder#rulesDirectory(Path, RuleSet.Mode)}) is
     * read anew, and the default rules, if used, are taken from the class path again. This validator
     * is left as it is, still usable; close the one you no longer use. For a service that swaps its
     * validator when the rules change, see {@link ValidatorHolder}.
     *
     * @throws RuleBuildException listing every problem of the rules as they now are
     * @since 0.1.0
     */
    public PoeValidator reload() {
        return builder.copy().build();
    }

    /** The version of poe-rules. */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = PoeValidator.class.getResourceAsStream("/io/poerules/poe-rules.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the validator's threads and child JVMs. Validations under way may fail with an ERROR entry. */
    @Override
    public void close() {
        batchPool.shutdownNow();
        evaluations.shutdownNow();
        extractor.close();
    }

    /**
     * Settings for a {@link PoeValidator}. Not thread-safe; {@link #build()} compiles the rules and may
     * be called again for another validator.
     */
    public static final class Builder {
        private RuleSet rules;
        private Limits limits = Limits.DEFAULTS;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private LocalDate referenceDate;
        private Clock clock = Clock.systemUTC();
        private Isolation isolation = Isolation.IN_PROCESS;
        private Ocr ocr = Ocr.auto();
        private boolean retainText;
        private Path rulesDirectory;
        private RuleSet.Mode rulesMode;

        private Builder() {
        }

        /**
         * Whether and how scanned pages are read by OCR; by default {@link Ocr#auto()}: when {@code tesseract}
         * is installed, pages without a text layer and image files are read by OCR, and their evidence is
         * marked {@code ocr}.
         *
         * @since 0.1.0
         */
        public Builder ocr(Ocr ocr) {
            this.ocr = Objects.requireNonNull(ocr, "ocr");
            return this;
        }

        /**
         * Whether report entries carry the documents' extracted text ({@link DocumentReport#text()}), for reports
         * that show evidence in place (the HTML report). Off by default: the text costs memory as long as an
         * entry is held, and is never written to JSON.
         *
         * @since 0.1.0
         */
        public Builder retainText(boolean retain) {
            this.retainText = retain;
            return this;
        }

        /** A copy of these settings; a folder of rules is read again when the copy is built. */
        Builder copy() {
            Builder b = new Builder();
            b.rules = rules;
            b.limits = limits;
            b.threads = threads;
            b.referenceDate = referenceDate;
            b.clock = clock;
            b.isolation = isolation;
            b.rulesDirectory = rulesDirectory;
            b.rulesMode = rulesMode;
            b.ocr = ocr;
            b.retainText = retainText;
            return b;
        }

        /** The rules and lexicons to use; by default {@link RuleSet#defaults()}. */
        public Builder rules(RuleSet rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            this.rulesDirectory = null;
            this.rulesMode = null;
            return this;
        }

        /**
         * The rules of a folder laid over the defaults: its files are added, same-named files replaced, and
         * a rule with the same {@code @id} as a default rule replaces it. The folder is read when the
         * validator is built (and again by {@link PoeValidator#reload()}).
         */
        public Builder rulesDirectory(Path dir) {
            return rulesDirectory(dir, RuleSet.Mode.EXTEND);
        }

        /**
         * The rules of a folder ({@code .drl}, decision tables {@code .xlsx}/{@code .csv}, lexicon
         * {@code .json}), laid over the default rules ({@link RuleSet.Mode#EXTEND}) or instead of them
         * ({@link RuleSet.Mode#REPLACE}). The folder is read when the validator is built (and again by
         * {@link PoeValidator#reload()}).
         *
         * @since 0.1.0
         */
        public Builder rulesDirectory(Path dir, RuleSet.Mode mode) {
            this.rulesDirectory = Objects.requireNonNull(dir, "dir");
            this.rulesMode = Objects.requireNonNull(mode, "mode");
            this.rules = null;
            return this;
        }

        /** Limits on each document; by default {@link Limits#DEFAULTS}. */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Threads for {@link PoeValidator#validateAll(Collection)} and the other batches; by default the number
         * of processors. In isolation mode with fewer extraction children ({@link Isolation#withWorkers}), one
         * per child.
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * The date acknowledgements are measured against when documents are validated without a claim (the
         * claim date); by default today. An engagement is always measured against its claim's date.
         */
        public Builder referenceDate(LocalDate date) {
            this.referenceDate = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Where documents are extracted: in this JVM ({@link Isolation#IN_PROCESS}, the default) or in child
         * JVMs ({@link Isolation#forked()}), so that a parser that hangs or runs out of memory cannot take
         * the host down.
         *
         * @since 0.1.0
         */
        public Builder isolation(Isolation isolation) {
            this.isolation = Objects.requireNonNull(isolation, "isolation");
            return this;
        }

        /** The clock that gives today's date when no reference date is set. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Compiles the rules and builds the validator.
         *
         * @throws RuleBuildException listing every problem in the rules and lexicons
         * @throws OcrUnavailableException with {@link Ocr#on()} when {@code tesseract} cannot be run
         * @throws PoeRulesException  when no rule set is found
         */
        public PoeValidator build() {
            if (rulesDirectory != null) {
                Builder resolved = copy();
                resolved.rules = RuleSet.withDirectory(rulesDirectory, rulesMode);
                PoeValidator validator = new PoeValidator(resolved);
                validator.builder.rules = null;
                return validator;
            }
            return new PoeValidator(this);
        }
    }
}
