package io.poerules.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import io.poerules.api.Claim;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Validates documents on Apache Spark: the files under the given paths (any Hadoop file system: local, HDFS,
 * S3A, ABFS), each judged on an executor by the same validator as {@code poe validate}, one row per document
 * (and per engagement) with the columns of {@link PoeSparkSchema}.
 *
 * <pre>{@code
 * Dataset<Row> rows = PoeSpark.validate(spark, PoeSparkOptions.defaults(), "s3a://claims/2026/");
 * rows.filter("verdict <> 'PASS'").select("source", "verdict", "findings").show();
 * }</pre>
 *
 * <p>The paths are searched recursively; files whose name starts with {@code .} or {@code _} are skipped (as
 * Spark skips them), and so are {@code expected.json} (regression suites) and {@code claim.json} files. Only
 * the listing is read on the driver; each executor opens the files itself, streams them into its validator
 * (one per executor JVM, built once, closed at shutdown), and refuses a file over
 * {@link io.poerules.api.Limits#maxInputBytes()} without reading it. A bad, huge or hostile file is an ERROR row,
 * never a failed task, and a task run again gives the same rows.
 *
 * <p>The rows are computed lazily, when the dataset is used; each use computes them again unless it is cached
 * or written out. Thread-safe: the methods hold no state.
 *
 * @since 0.1.0
 */
public final class PoeSpark {

    private static final String PATH = "path";
    private static final String LENGTH = "length";
    private static final String FOLDER = "folder";

    private PoeSpark() {
    }

    /** Validates each document under the paths alone, with the default options. */
    public static Dataset<Row> validate(SparkSession spark, String... paths) {
        return validate(spark, PoeSparkOptions.defaults(), paths);
    }

    /**
     * Validates each document under the paths alone, as {@code poe validate} does a document outside an
     * engagement: one {@link PoeSparkSchema#DOCUMENT} row per file. A {@code claim.json} is not a document and is
     * skipped; to judge engagements use {@link #validateEngagements}.
     *
     * @throws io.poerules.api.RuleBuildException when the rules do not build (on the driver, before any task)
     * @throws io.poerules.api.PoeRulesException  when the rules folder cannot be read
     */
    public static Dataset<Row> validate(SparkSession spark, PoeSparkOptions options, String... paths) {
        Job job = Job.prepare(spark, options);
        Dataset<Row> documents = listing(spark, paths).filter(not(isNamed(Claim.FILE_NAME)));
        return judgeAlone(job, documents);
    }

    /** Validates engagements and documents under the paths, with the default options. */
    public static Dataset<Row> validateEngagements(SparkSession spark, String... paths) {
        return validateEngagements(spark, PoeSparkOptions.defaults(), paths);
    }

    /**
     * Validates engagements and documents under the paths, as {@code poe validate} does: a folder holding a
     * {@code claim.json} is an engagement, whose documents (those of its subfolders too, but for subfolders that
     * are engagements of their own) are judged together against the claim; it gives one
     * {@link PoeSparkSchema#ENGAGEMENT} row and one {@link PoeSparkSchema#DOCUMENT} row per document (each judged
     * with the claim as context), all with the folder in {@link PoeSparkSchema#ENGAGEMENT_COLUMN}. Documents
     * outside any engagement are judged alone, as by {@link #validate}.
     *
     * <p>The claim files are listed to the driver (one path per engagement); the documents are not.
     *
     * @throws io.poerules.api.RuleBuildException when the rules do not build (on the driver, before any task)
     */
    public static Dataset<Row> validateEngagements(SparkSession spark, PoeSparkOptions options, String... paths) {
        Job job = Job.prepare(spark, options);
        Dataset<Row> listed = listing(spark, paths);
        List<String> claims = listed.filter(isNamed(Claim.FILE_NAME)).select(PATH).as(Encoders.STRING()).collectAsList();
        Set<String> folders = new HashSet<>();
        claims.forEach(claim -> folders.add(new Path(claim).getParent().toString()));
        Broadcast<Set<String>> engagementFolders = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(folders);
        Dataset<Row> documents = listed.filter(not(isNamed(Claim.FILE_NAME)))
                .withColumn(FOLDER, org.apache.spark.sql.functions.lit(null).cast("string"));
        Dataset<Row> placed = documents.map(new EngagementOf(engagementFolders),
                Encoders.row(documents.schema()));
        Dataset<Row> alone = placed.filter(col(FOLDER).isNull()).select(PATH, LENGTH);
        Dataset<Row> engaged = placed.filter(col(FOLDER).isNotNull());
        Dataset<Row> engagementRows = engaged
                .groupByKey((MapFunction<Row, String>) row -> row.getString(2), Encoders.STRING())
                .flatMapGroups(new EngagementTask(job.settings(), job.files()), Encoders.row(PoeSparkSchema.schema()));
        return engagementRows.union(judgeAlone(job, alone));
    }

    private static Dataset<Row> judgeAlone(Job job, Dataset<Row> documents) {
        return documents.repartition(job.partitions(), col(PATH))
                .mapPartitions(new DocumentTask(job.settings(), job.files()), Encoders.row(PoeSparkSchema.schema()));
    }

    /**
     * The files under the paths, recursively: {@code path} and {@code length} only, so that Spark never reads
     * a file's content into a row; without {@code expected.json} files.
     */
    private static Dataset<Row> listing(SparkSession spark, String... paths) {
        Objects.requireNonNull(paths, "paths");
        if (paths.length == 0) {
            throw new IllegalArgumentException("no paths to validate");
        }
        return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(paths)
                .select(PATH, LENGTH).filter(not(isNamed("expected.json")));
    }

    private static Column isNamed(String name) {
        return col(PATH).endsWith("/" + name);
    }

    /** Sets the {@code folder} of a listed file: the nearest folder above it that holds a claim, or null. */
    private static final class EngagementOf implements MapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<Set<String>> folders;

        EngagementOf(Broadcast<Set<String>> folders) {
            this.folders = folders;
        }

        @Override
        public Row call(Row file) {
            Set<String> engagements = folders.value();
            String folder = null;
            for (Path dir = new Path(file.getString(0)).getParent(); dir != null && folder == null; dir = dir.getParent()) {
                if (engagements.contains(dir.toString())) {
                    folder = dir.toString();
                }
            }
            return org.apache.spark.sql.RowFactory.create(file.getString(0), file.getLong(1), folder);
        }
    }

    /** What one call fixes on the driver: the settings (as-of date and rules included), the files' access. */
    private record Job(ValidatorSettings settings, HadoopFiles files, int partitions) {

        static Job prepare(SparkSession spark, PoeSparkOptions options) {
            Objects.requireNonNull(spark, "spark");
            Objects.requireNonNull(options, "options");
            var conf = spark.sparkContext().hadoopConfiguration();
            RuleFiles rules = options.rulesDirectory() == null ? null : RuleFiles.read(options.rulesDirectory(), conf);
            LocalDate asOf = options.asOf() != null ? options.asOf() : LocalDate.now();
            ValidatorSettings settings = ValidatorSettings.of(options.limits(), options.ocr(), rules, options.rulesMode(), asOf);
            ExecutorValidators.get(settings);
            Broadcast<SerializableConfiguration> hadoop = JavaSparkContext.fromSparkContext(spark.sparkContext())
                    .broadcast(new SerializableConfiguration(conf));
            int partitions = options.partitions() > 0 ? options.partitions()
                    : Math.max(1, 4 * spark.sparkContext().defaultParallelism());
            return new Job(settings, new HadoopFiles(hadoop), partitions);
        }
    }
}
