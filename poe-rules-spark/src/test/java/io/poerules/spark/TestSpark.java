package io.poerules.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** The tests' SparkSession ({@code local[2]}, no UI), shared by the test classes of one JVM; and where the documents are. */
final class TestSpark {

    private static SparkSession session;

    private TestSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("poe-rules-spark-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
        }
        return session;
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

    private static Path repo() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("poe-rules-samples")) ? here : here.getParent();
    }
}
