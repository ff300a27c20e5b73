package io.poerules.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a validator extracts documents: in its own JVM (the default), or in child JVMs that it starts,
 * each with its own heap. A parser that hangs or runs out of memory on a hostile document then takes down
 * only its child: the document's entry is {@link ErrorCode#TIMEOUT} or {@link ErrorCode#TOO_LARGE}, the
 * child is stopped and a new one takes its place, and the host and the rest of the batch go on.
 *
 * <pre>{@code
 * PoeValidator.builder().isolation(Isolation.forked().withMaxHeapMegabytes(512)).build();
 * }</pre>
 *
 * <p>Isolation costs a JVM start per child (about a second, once: children are reused) and the copy of
 * each document's text from the child. Mapping to facts and the rules run in the validator's JVM either
 * way.
 *
 * @param mode              in this JVM or in child JVMs
 * @param workers           how many children extract at once; {@code 0} for as many as the validator's
 *                          threads ({@link PoeValidator.Builder#threads(int)})
 * @param maxHeapMegabytes  each child's maximum heap ({@code -Xmx}), in MiB
 * @param jvmOptions        more options for the child JVMs, after the heap
 * @param javaCommand       the {@code java} executable; {@code null} for the one running the validator
 * @param classPath         the children's class path; {@code null} for this JVM's {@code java.class.path},
 *                          which must then hold poe-rules-core and its dependencies (it does for the
 *                          {@code poe} command, Maven and most applications; not for application servers
 *                          or nested jars, where it must be given)
 * @since 0.1.0
 */
public record Isolation(Mode mode, int workers, int maxHeapMegabytes, List<String> jvmOptions, Path javaCommand,
                        String classPath) {

    /** Where documents are extracted. */
    public enum Mode {
        /** In the validator's JVM. */
        IN_PROCESS,
        /** In child JVMs. */
        FORKED
    }

    /** Extraction in the validator's own JVM: the default. */
    public static final Isolation IN_PROCESS = new Isolation(Mode.IN_PROCESS, 0, 0, List.of(), null, null);

    /** The default heap of a child JVM: 512 MiB. */
    public static final int DEFAULT_MAX_HEAP_MEGABYTES = 512;

    public Isolation {
        Objects.requireNonNull(mode, "mode");
        jvmOptions = List.copyOf(Objects.requireNonNull(jvmOptions, "jvmOptions"));
        if (workers < 0) {
            throw new IllegalArgumentException("workers must not be negative: " + workers);
        }
        if (mode == Mode.FORKED && maxHeapMegabytes < 16) {
            throw new IllegalArgumentException("a child JVM needs at least 16 MiB of heap: " + maxHeapMegabytes);
        }
    }

    /** Extraction in child JVMs, as many as the validator's threads, with {@value #DEFAULT_MAX_HEAP_MEGABYTES} MiB of heap each. */
    public static Isolation forked() {
        return new Isolation(Mode.FORKED, 0, DEFAULT_MAX_HEAP_MEGABYTES, List.of(), null, null);
    }

    /** Whether documents are extracted in child JVMs. */
    public boolean isForked() {
        return mode == Mode.FORKED;
    }

    public Isolation withWorkers(int value) {
        return new Isolation(mode, value, maxHeapMegabytes, jvmOptions, javaCommand, classPath);
    }

    public Isolation withMaxHeapMegabytes(int value) {
        return new Isolation(mode, workers, value, jvmOptions, javaCommand, classPath);
    }

    public Isolation withJvmOptions(List<String> value) {
        return new Isolation(mode, workers, maxHeapMegabytes, value, javaCommand, classPath);
    }

    public Isolation withJavaCommand(Path value) {
        return new Isolation(mode, workers, maxHeapMegabytes, jvmOptions, value, classPath);
    }

    public Isolation withClassPath(String value) {
        return new Isolation(mode, workers, maxHeapMegabytes, jvmOptions, javaCommand, value);
    }
}
