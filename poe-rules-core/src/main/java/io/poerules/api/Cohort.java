package io.poerules.api;

import io.poerules.extract.ExtractedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A few consecutive documents of a batch (files, or {@link DocumentSource}s), validated on one thread stage by stage: each read, then each mapped to
 * facts, then each judged. Mapping and the rules then run one document after another with their code and
 * data still in the processor's caches, instead of after each document's extraction has evicted them.
 *
 * <p>Each step of each file (reading it, mapping it, judging it) is bounded alone, as a whole validation of
 * one file is: the cohort restarts its {@link WatchedPool} deadline at every step. The documents read but
 * not yet mapped are bounded too: once they hold {@link #CHARACTER_BUDGET} characters, the cohort maps and
 * judges them before it reads on. A cohort abandoned past a deadline tells which file it was at
 * ({@link #current()}) and which are done ({@link #done(int)}); the others can be validated again.
 */
final class Cohort implements Callable<List<TimedReport>> {

    /** Most files in one cohort. */
    static final int MAX_FILES = 16;
    /** Most characters of read documents held before they are mapped and judged. */
    static final int CHARACTER_BUDGET = 1_000_000;

    private final int characterBudget;

    private final List<Input> files;
    private final DocumentPipeline pipeline;
    private final Function<Throwable, ReportError> unexpected;
    private final AtomicReferenceArray<TimedReport> done;
    private volatile int current = -1;

    /** One document of a batch: its source in the report, and how to read it. */
    record Input(String source, Supplier<ExtractedDocument> extraction) {
    }

    /** @param unexpected the entry's error for a step that threw */
    Cohort(List<Input> files, DocumentPipeline pipeline, Function<Throwable, ReportError> unexpected) {
        this(files, pipeline, unexpected, CHARACTER_BUDGET);
    }

    /** @param characterBudget most characters of read documents held before they are mapped and judged */
    Cohort(List<Input> files, DocumentPipeline pipeline, Function<Throwable, ReportError> unexpected,
           int characterBudget) {
        this.characterBudget = characterBudget;
        this.files = List.copyOf(files);
        this.pipeline = pipeline;
        this.unexpected = unexpected;
        this.done = new AtomicReferenceArray<>(this.files.size());
    }

    List<Input> files() {
        return files;
    }

    /** The index of the file whose step runs, or ran when the cohort stopped; -1 before the first. */
    int current() {
        return current;
    }

    /** The entry of the file at {@code index}, or {@code null} while it is not done. */
    TimedReport done(int index) {
        return done.get(index);
    }

    /** A file read and waiting to be mapped, then mapped and waiting to be judged. */
    private static final class Pending {
        private final int index;
        private final DocumentPipeline.Stages stages = new DocumentPipeline.Stages();
        private DocumentPipeline.Read read;
        private DocumentPipeline.Mapped mapped;

        private Pending(int index) {
            this.index = index;
        }
    }

    /** Validates the files; the entries in their order. Stops early, with entries missing, when interrupted. */
    @Override
    public List<TimedReport> call() {
        List<Pending> pending = new ArrayList<>();
        long held = 0;
        for (Pending file : pendingFiles()) {
            if (!step(file, () -> file.read = pipeline.read(source(file), files.get(file.index).extraction(),
                    file.stages))) {
                continue;
            }
            if (file.read.failure() != null) {
                done.set(file.index, DocumentPipeline.timed(file.read.failure().failure(), file.stages));
                continue;
            }
            pending.add(file);
            held += file.read.document().characters();
            if (held >= characterBudget) {
                mapAndJudge(pending);
                pending.clear();
                held = 0;
            }
        }
        mapAndJudge(pending);
        List<TimedReport> entries = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            entries.add(done.get(i));
        }
        return entries;
    }

    private List<Pending> pendingFiles() {
        List<Pending> all = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            all.add(new Pending(i));
        }
        return all;
    }

    private void mapAndJudge(List<Pending> pending) {
        List<Pending> mapped = new ArrayList<>();
        for (Pending file : pending) {
            if (step(file, () -> file.mapped = pipeline.map(file.read, file.stages))) {
                file.read = null;
                mapped.add(file);
            }
        }
        DocumentPipeline.Context context = pipeline.context();
        for (Pending file : mapped) {
            step(file, () -> done.set(file.index, DocumentPipeline.timed(
                    pipeline.judge(file.mapped, context, file.stages), file.stages)));
        }
    }

    /**
     * Runs one step of a file, its deadline restarted; false when the thread is interrupted (the file is
     * left not done) or the step threw (the file's entry says why).
     */
    private boolean step(Pending file, Runnable work) {
        if (Thread.currentThread().isInterrupted()) {
            return false;
        }
        WatchedPool.restartDeadline();
        current = file.index;
        try {
            work.run();
            return true;
        } catch (Throwable e) {
            if (!Thread.currentThread().isInterrupted()) {
                done.set(file.index, DocumentPipeline.timedError(source(file), unexpected.apply(e)));
            }
            return false;
        }
    }

    private String source(Pending file) {
        return files.get(file.index).source();
    }
}
