package io.poerules.extract;

import io.poerules.api.ErrorCode;
import io.poerules.api.Isolation;
import io.poerules.api.Limits;
import io.poerules.api.ReportError;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts documents in child JVMs ({@link ExtractionChild}), each with its own heap, so that a parser
 * that hangs, crashes or runs out of memory takes down only its child. A fixed number of children serve
 * the extractions, one document at a time each; a child is started when first needed and reused.
 *
 * <ul>
 *   <li>A child that does not answer within the timeout (plus a few seconds' grace) is killed: the
 *       document is {@link ErrorCode#TIMEOUT}.</li>
 *   <li>A child that exits while extracting is {@link ErrorCode#TOO_LARGE} when it ran out of memory,
 *       {@link ErrorCode#INTERNAL} otherwise.</li>
 *   <li>A child that timed out inside (its own watchdog answered {@code TIMEOUT}) may still be busy on
 *       the abandoned document, so it is stopped too.</li>
 * </ul>
 * A stopped child is replaced by a new one on the next document. Children write their temporary files in
 * a directory of their own, removed when they stop; streams are saved to a temporary file for the child
 * to read. Each child exits when its parent does. Thread-safe; {@link #close()} stops the children.
 */
public final class ForkedExtractor implements Extractor {

    private static final Logger LOG = LoggerFactory.getLogger(ForkedExtractor.class);
    /** How long a child may take to start and load its parser. */
    static final long STARTUP_SECONDS = 60;
    /** Time a child is given beyond the timeout to answer, since its own watchdog answers at the timeout. */
    static final long GRACE_MILLIS = 5_000;
    /** The exit status of a JVM run with {@code -XX:+ExitOnOutOfMemoryError} when its heap is exhausted. */
    private static final int OUT_OF_MEMORY_STATUS = 3;
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Limits limits;
    private final Isolation isolation;
    private final OcrSettings ocr;
    private final Path temp;
    /** Children not in use, the most recently used first: a running child is reused before another starts. */
    private final Deque<Child> idle = new ConcurrentLinkedDeque<>();
    /**
     * Turns at a child, one per child, handed out in the order they are asked for: a thread that has just
     * given its child back queues behind the threads already waiting instead of taking it again.
     */
    private final Semaphore turns;
    private final List<Child> children = new ArrayList<>();
    private volatile boolean closed;

    /**
     * @param workers how many children; {@code isolation.workers()} is not read
     */
    public ForkedExtractor(Limits limits, Isolation isolation, int workers) {
        this(limits, isolation, workers, OcrSettings.DISABLED);
    }

    /**
     * @param workers how many children; {@code isolation.workers()} is not read
     * @param ocr     the OCR the children apply
     */
    public ForkedExtractor(Limits limits, Isolation isolation, int workers, OcrSettings ocr) {
        this.ocr = Objects.requireNonNull(ocr, "ocr");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.isolation = Objects.requireNonNull(isolation, "isolation");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        try {
            this.temp = Files.createTempDirectory("poe-rules-fork-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the extraction children", e);
        }
        int instance = INSTANCES.incrementAndGet();
        this.turns = new Semaphore(workers, true);
        for (int i = 1; i <= workers; i++) {
            Child child = new Child(instance + "." + i);
            children.add(child);
            idle.add(child);
        }
    }

    @Override
    public ExtractedDocument extract(Path file) {
        return extract(file.toAbsolutePath().toString(), String.valueOf(file.getFileName()), file.toString());
    }

    @Override
    public ExtractedDocument extract(InputStream stream, String name) {
        String source = name == null ? "(stream)" : name;
        Path copy = null;
        try {
            copy = Files.createTempFile(temp, "stream-", ".tmp");
            long size;
            try (OutputStream out = Files.newOutputStream(copy)) {
                size = copy(stream, out);
            } catch (IOException e) {
                return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.IO_ERROR,
                        "Cannot read " + source + ": " + ExtractionFailures.describeIo(e)));
            }
            if (size == 0) {
                return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.EMPTY, "The input is empty (0 bytes)"));
            }
            if (size > limits.maxInputBytes()) {
                return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.TOO_LARGE, String.format(
                        Locale.ROOT, "The input has more than %,d bytes, the configured limit; split it, or raise the limit",
                        limits.maxInputBytes())));
            }
            String fileName = name == null ? null : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
            return extract(copy.toString(), fileName, source);
        } catch (IOException e) {
            return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.INTERNAL,
                    "Cannot save the input for the extraction process: " + ExtractionFailures.describeIo(e)));
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    LOG.debug("Cannot delete {}", copy, e);
                }
            }
        }
    }

    /** Copies at most one byte more than the limit: enough to know the input is over it. */
    private long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; total <= limits.maxInputBytes() && (n = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    private ExtractedDocument extract(String path, String name, String source) {
        if (closed) {
            return closedFailure(source);
        }
        try {
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.INTERNAL,
                    "Interrupted before the document was read"));
        }
        Child child = idle.pollFirst();
        try {
            if (closed) {
                return closedFailure(source);
            }
            return child.extract(new ForkProtocol.Request(path, name, source));
        } finally {
            idle.addFirst(child);
            turns.release();
        }
    }

    private static ExtractedDocument closedFailure(String source) {
        return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.INTERNAL,
                "The validator was closed before the document was read"));
    }

    /** Stops the children and removes their temporary files. */
    @Override
    public void close() {
        closed = true;
        for (Child child : children) {
            child.stop(true);
        }
        deleteTree(temp);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.debug("Cannot delete {}", p, e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Cannot delete {}", root, e);
        }
    }

    /** One child slot: the process serving it, started when needed, replaced after a failure. */
    private final class Child {
        private final String id;
        private int generation;
        private Process process;
        private Path tempDir;
        private DataOutputStream requests;
        private BlockingQueue<Object> responses;
        private final Deque<String> lastErrors = new ArrayDeque<>();
        private Thread errorReader;

        Child(String id) {
            this.id = id;
        }

        /** Extracts one document; used by one thread at a time. */
        ExtractedDocument extract(ForkProtocol.Request request) {
            String source = request.source();
            String problem = ensureStarted();
            if (problem != null) {
                return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.INTERNAL,
                        "The extraction process could not be started (" + problem + "); the document was not read"));
            }
            Process current = process;
            try {
                ForkProtocol.write(requests, request);
            } catch (IOException e) {
                return died(current, source);
            }
            Object answer;
            try {
                answer = responses.poll(limits.timeout().toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop(false);
                return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.INTERNAL,
                        "Interrupted before the document was read"));
            }
            if (answer == null) {
                LOG.warn("Extraction child {} did not answer on {} within {}; stopping it", id, source, limits.timeout());
                stop(false);
                return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.TIMEOUT,
                        "Extraction took longer than " + limits.timeout().toSeconds() + " s, the configured limit; "
                                + "its process was stopped and the document was not evaluated"));
            }
            if (!(answer instanceof ExtractedDocument document)) {
                return closed ? closedFailure(source) : died(current, source);
            }
            if (document.problems().stream().anyMatch(p -> p.code() == ErrorCode.TIMEOUT)) {
                stop(false);
            }
            return document;
        }

        private ExtractedDocument died(Process current, String source) {
            Integer status = waitForExit(current);
            boolean outOfMemory = status != null && status == OUT_OF_MEMORY_STATUS
                    || lastErrorsContain("OutOfMemoryError");
            LOG.warn("Extraction child {} stopped on {} (exit status {}){}", id, source, status,
                    outOfMemory ? ": out of memory" : "");
            stop(false);
            if (outOfMemory) {
                return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.TOO_LARGE, "Reading the "
                        + "document needed more than the " + isolation.maxHeapMegabytes() + " MiB of heap of its "
                        + "extraction process; it may be built to exhaust readers. The process was restarted"));
            }
            return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.INTERNAL, "The extraction "
                    + "process stopped while reading the document (exit status " + status + "); it was restarted "
                    + "and the document was not evaluated"));
        }

        private Integer waitForExit(Process current) {
            try {
                if (current.waitFor(5, TimeUnit.SECONDS)) {
                    errorReader.join(1_000);
                    return current.exitValue();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }

        private boolean lastErrorsContain(String text) {
            synchronized (lastErrors) {
                return lastErrors.stream().anyMatch(l -> l.contains(text));
            }
        }

        /** Starts the process if none runs; a message when it cannot, otherwise {@code null}. */
        private String ensureStarted() {
            if (process != null && process.isAlive()) {
                return null;
            }
            stop(false);
            generation++;
            try {
                tempDir = Files.createDirectories(temp.resolve("child-" + id + "-" + generation));
                List<String> command = command(tempDir);
                LOG.debug("Starting extraction child {}: {}", id, command);
                process = new ProcessBuilder(command).start();
            } catch (IOException e) {
                return ExtractionFailures.describeIo(e);
            }
            requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
            responses = new LinkedBlockingQueue<>();
            synchronized (lastErrors) {
                lastErrors.clear();
            }
            Process started = process;
            BlockingQueue<Object> answers = responses;
            daemon("poe-fork-" + id + "-out", () -> readAnswers(started, answers)).start();
            errorReader = daemon("poe-fork-" + id + "-err", () -> readErrors(started));
            errorReader.start();
            Object ready;
            try {
                ready = answers.poll(STARTUP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop(false);
                return "interrupted";
            }
            if (!(ready instanceof ForkProtocol.Ready)) {
                Integer status = ready == null ? null : waitForExit(started);
                String why = ready == null ? "it did not start within " + STARTUP_SECONDS + " s" : "it exited with status "
                        + status + ": " + String.join(" / ", lastErrorsSnapshot());
                stop(false);
                return why;
            }
            LOG.debug("Extraction child {} started (pid {})", id, ((ForkProtocol.Ready) ready).pid());
            return null;
        }

        private List<String> lastErrorsSnapshot() {
            synchronized (lastErrors) {
                return List.copyOf(lastErrors);
            }
        }

        private List<String> command(Path tempDir) {
            List<String> command = new ArrayList<>();
            command.add(isolation.javaCommand() != null ? isolation.javaCommand().toString() : javaCommand());
            command.add("-Xmx" + isolation.maxHeapMegabytes() + "m");
            command.add("-XX:+ExitOnOutOfMemoryError");
            command.add("-XX:+DisplayVMOutputToStderr");
            command.add("-XX:+UseSerialGC");
            command.add("-XX:-UsePerfData");
            command.add("-Djava.awt.headless=true");
            command.add("-Djava.io.tmpdir=" + tempDir);
            command.addAll(isolation.jvmOptions());
            command.add("-cp");
            command.add(isolation.classPath() != null ? isolation.classPath() : System.getProperty("java.class.path"));
            command.add(ExtractionChild.class.getName());
            command.add(Long.toString(limits.maxInputBytes()));
            command.add(Integer.toString(limits.maxCharacters()));
            command.add(Integer.toString(limits.maxEmbeddedDepth()));
            command.add(Integer.toString(limits.maxEmbeddedDocuments()));
            command.add(Long.toString(limits.timeout().toMillis()));
            command.addAll(ExtractionChild.ocrArguments(ocr));
            return command;
        }

        private void readAnswers(Process from, BlockingQueue<Object> answers) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(from.getInputStream()))) {
                ForkProtocol.Ready ready = ForkProtocol.read(in, ForkProtocol.Ready.class);
                if (ready == null) {
                    answers.add(Boolean.FALSE);
                    return;
                }
                answers.add(ready);
                for (ExtractedDocument d; (d = ForkProtocol.read(in, ExtractedDocument.class)) != null; ) {
                    answers.add(d);
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("Extraction child {}: {}", id, e.toString());
            }
            answers.add(Boolean.FALSE);
        }

        private void readErrors(Process from) {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(from.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = err.readLine()) != null; ) {
                    String shown = line.length() > 500 ? line.substring(0, 500) + "…" : line;
                    LOG.debug("[extraction child {}] {}", id, shown);
                    synchronized (lastErrors) {
                        if (lastErrors.size() == 20) {
                            lastErrors.removeFirst();
                        }
                        lastErrors.addLast(shown);
                    }
                }
            } catch (IOException e) {
                LOG.debug("Extraction child {}: {}", id, e.toString());
            }
        }

        /** Stops the process, if any, and removes its temporary files. */
        synchronized void stop(boolean politely) {
            Process p = process;
            if (p != null) {
                if (politely && p.isAlive()) {
                    try {
                        requests.close();
                        p.waitFor(2, TimeUnit.SECONDS);
                    } catch (IOException | InterruptedException e) {
                        if (e instanceof InterruptedException) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                try {
                    p.waitFor(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                process = null;
            }
            if (tempDir != null) {
                deleteTree(tempDir);
                tempDir = null;
            }
        }
    }

    /** The executable of this JVM, or {@code java} in its home when the system does not say. */
    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static Thread daemon(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }
}
