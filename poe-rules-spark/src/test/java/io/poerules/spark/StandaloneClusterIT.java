package io.poerules.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.Ocr;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's standalone-cluster command, run against a real Spark standalone cluster on this machine: a Master
 * and a Worker (two cores) in JVMs of their own, and the shaded job submitted to them by {@code SparkSubmit} in
 * client mode with a rules folder relative to the driver's working folder. The Worker starts an executor JVM,
 * which fetches the job jar from the driver, writes the shipped rules and builds its validator with them; the
 * rows it writes equal those of {@link PoeSpark} in this JVM with the same rules. So the job's classes and service
 * files reach an executor as on a real cluster, in the jar fetched from the driver (its class path holds only
 * Spark's jars), and its rules are those shipped with the job; only the input and output folders are shared, as an
 * HDFS would be.
 */
class StandaloneClusterIT {

    private static final String ANALYST_RULE = "ANALYST-PO-SOW-REFERENCE";
    private static final String RULES_FOLDER = "my-rules";
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(4);

    @TempDir
    Path temp;

    @Test
    void theStandaloneCommandValidatesOnTheWorkersExecutorWithTheShippedRules() throws Exception {
        Path input = sampleInput(temp.resolve("input"));
        Path driverFolder = temp.resolve("driver");
        Path rules = TestSpark.copyFolder(Path.of(StandaloneClusterIT.class.getResource("/analyst-rules").toURI()),
                driverFolder.resolve(RULES_FOLDER));
        Path output = temp.resolve("rows");

        String jobLog;
        String jobLogTail;
        int exitCode;
        List<String> executorLogs = new ArrayList<>();
        try (SparkHome home = SparkHome.createIn(temp.resolve("spark-home"));
             StandaloneCluster cluster = StandaloneCluster.start(home, temp.resolve("cluster"), 2, "2g");
             SparkProcess job = SparkProcess.start(home, driverFolder, temp.resolve("job.log"), List.of("-Xmx1g"),
                     "org.apache.spark.deploy.SparkSubmit", submitArguments(cluster.masterUrl(), input, output))) {
            boolean ended = job.awaitExit(JOB_TIMEOUT);
            assertThat(ended).as(() -> "the job ends within " + JOB_TIMEOUT + ":\n" + job.logTail() + "\n" + cluster.logTails())
                    .isTrue();
            jobLog = job.log();
            jobLogTail = job.logTail();
            exitCode = job.exitValue();
            for (Path log : cluster.executorLogs()) {
                executorLogs.add(Files.readString(log, StandardCharsets.UTF_8));
            }
        }

        assertThat(exitCode).as(jobLogTail).isEqualTo(1);
        assertThat(jobLog).as(jobLogTail).contains("poe-rules-spark: wrote " + output);
        assertThat(executorLogs).as("the standard error of the executors the Worker started").hasSize(1);
        assertThat(executorLogs.get(0).lines().filter(line -> line.contains("poe-rules validator built")))
                .as("the executor built its validator with the shipped rules folder:\n%s", executorLogs.get(0))
                .singleElement().asString().contains("+" + RULES_FOLDER + " (", ", 2 threads");

        List<Row> written = TestSpark.session().read().schema(PoeSparkSchema.schema()).json(output.toString()).collectAsList();
        List<Row> expected = PoeSpark.validateEngagements(TestSpark.session(), PoeSparkOptions.builder().ocr(Ocr.off())
                .asOf(LocalDate.parse("2026-11-30")).rulesDirectory(rules.toString()).build(), input.toString()).collectAsList();
        assertThat(written).hasSize(expected.size());
        assertThat(Comparable.bySource(written)).isEqualTo(Comparable.bySource(expected));
        assertThat(written.stream().flatMap(row -> row.<Row>getList(row.fieldIndex(PoeSparkSchema.FINDINGS)).stream())
                .map(finding -> finding.<String>getAs("ruleId")))
                .as("the shipped rule decides something").contains(ANALYST_RULE);
    }

    private static List<String> submitArguments(String masterUrl, Path input, Path output) {
        return List.of("--master", masterUrl, "--deploy-mode", "client",
                "--executor-memory", "1g", "--executor-cores", "2", "--total-executor-cores", "2",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.ui.enabled=false",
                "--class", "io.poerules.spark.PoeSparkJob", System.getProperty("poe.spark.jar"),
                "--input", input.toString(), "--output", output.toString(), "--format", "json", "--ocr", "off",
                "--rules", "./" + RULES_FOLDER, "--as-of", "2026-11-30");
    }

    /** A few sample documents, the two purchase orders among them, and one engagement. */
    private static Path sampleInput(Path input) throws IOException {
        Files.createDirectories(input);
        for (String name : List.of("sow-azure-datacentre-exit-signed.pdf", "email-customer-approves-migration.eml",
                "po-m365-managed-service-approved.xlsx", "po-licences-sku-lines-only.xlsx")) {
            Files.copy(TestSpark.sampleDocuments().resolve(name), input.resolve(name));
        }
        TestSpark.copyFolder(TestSpark.sampleEngagements().resolve("msa-plus-sow"), input.resolve("msa-plus-sow"));
        return input;
    }
}
