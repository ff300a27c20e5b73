package io.poerules.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A JVM running a main class of a {@link SparkHome}, as {@code spark-class} starts it, its standard output and
 * error in a log file. {@link #close()} stops it with every process it started (a Worker's executors).
 */
final class SparkProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private SparkProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code mainClass} with {@code args} in {@code workingDir}, logging to {@code log}. */
    static SparkProcess start(SparkHome home, Path workingDir, Path log, List<String> jvmOptions, String mainClass,
                              List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(SparkHome.jvmOptions());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", home.classPath(), mainClass));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Files.createDirectories(workingDir);
        home.applyTo(builder.environment());
        String simpleName = mainClass.substring(mainClass.lastIndexOf('.') + 1);
        return new SparkProcess(simpleName, builder.start(), log);
    }

    /** Waits until the log holds {@code text}; fails, with the log's end, when the process ends or time runs out first. */
    void awaitLog(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!log().contains(text)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " ended (exit code " + process.exitValue() + ") before logging '" + text
                        + "':\n" + logTail());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " did not log '" + text + "' within " + timeout + ":\n" + logTail());
            }
            Thread.sleep(200);
        }
    }

    /** Waits for the process to end; false when it is still running after {@code timeout}. */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    int exitValue() {
        return process.exitValue();
    }

    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of the log, for a failure's message. */
    String logTail() {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** Stops the process and every process it started, forcibly after 10 seconds, and waits until they have ended. */
    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                handle.destroyForcibly();
                handle.onExit().join();
            } catch (InterruptedException e) {
                handle.destroyForcibly();
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
