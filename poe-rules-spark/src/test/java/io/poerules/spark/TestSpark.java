package io.poerules.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * The tests' SparkSession, shared by the test classes of one JVM; and where the documents are. Two threads, and
 * each task may be tried twice ({@code local[2,2]}), so that a test can make Spark retry one; every failed task
 * attempt is recorded ({@link #failedTaskAttempts()}), so that the other tests can tell that none failed.
 */
final class TestSpark {

    private static SparkSession session;
    private static final List<String> FAILED_TASK_ATTEMPTS = Collections.synchronizedList(new ArrayList<>());

    private TestSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2,2]").appName("poe-rules-spark-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
            session.sparkContext().addSparkListener(new SparkListener() {
                @Override
                public void onTaskEnd(SparkListenerTaskEnd end) {
                    if (end.taskInfo().failed()) {
                        FAILED_TASK_ATTEMPTS.add("stage " + end.stageId() + ", partition " + end.taskInfo().partitionId()
                                + ", attempt " + end.taskInfo().attemptNumber() + ": " + end.reason());
                    }
                }
            });
        }
        return session;
    }

    /**
     * Every task attempt of the session that failed so far, once Spark has told its listeners of every task
     * that ended (through its listener bus, which Spark's own tests wait on).
     */
    static List<String> failedTaskAttempts() {
        try {
            session().sparkContext().listenerBus().waitUntilEmpty();
        } catch (TimeoutException e) {
            throw new IllegalStateException("Spark's listeners did not catch up within 10 s", e);
        }
        return List.copyOf(FAILED_TASK_ATTEMPTS);
    }

    /** {@code poe-rules-samples/documents}. */
    static Path sampleDocuments() {
        return repo().resolve("poe-rules-samples/documents");
    }

    /** {@code poe-rules-samples/engagements}: one folder per engagement. */
    static Path sampleEngagements() {
        return repo().resolve("poe-rules-samples/engagements");
    }

    /** {@code ../shared/corpus/wild} beside the clone, or {@code null} when it is not there. */
    static Path wildCorpus() {
        Path corpus = repo().getParent() == null ? null : repo().getParent().resolve("shared/corpus/wild");
        return corpus != null && Files.isDirectory(corpus) ? corpus : null;
    }

    /** Copies the files of a folder (not its subfolders) into another, created if need be; the copy. */
    static Path copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static Path repo() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("poe-rules-samples")) ? here : here.getParent();
    }
}
