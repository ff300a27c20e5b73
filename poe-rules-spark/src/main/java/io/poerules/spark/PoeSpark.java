package io.poerules.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
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
 * the listing is made on the driver (one path per file, as Spark's own file sources hold it); each executor
 * opens the files itself, streams them into its validator
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

    private static final String FOLDER = "folder";
    private static final String DOCUMENTS = "documents";

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
        List<String> documents = listing(spark, paths).stream().filter(uri -> !EngagementPlan.isClaim(uri)).toList();
        return judgeAlone(spark, job, documents);
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
     * outside any engagement are judged alone, as by {@link #validate}. Each engagement is judged in one task, its
     * documents read one after another (those of an engagement whose claim is not valid are judged alone, in
     * cohorts on the executor's validator).
     *
     * @throws io.poerules.api.RuleBuildException when the rules do not build (on the driver, before any task)
     */
    public static Dataset<Row> validateEngagements(SparkSession spark, PoeSparkOptions options, String... paths) {
        Job job = Job.prepare(spark, options);
        EngagementPlan plan = EngagementPlan.of(listing(spark, paths));
        List<Row> groups = plan.engagements().entrySet().stream()
                .map(e -> RowFactory.create(e.getKey(), e.getValue().toArray(String[]::new))).toList();
        StructType engagement = new StructType().add(FOLDER, DataTypes.StringType, false)
                .add(DOCUMENTS, DataTypes.createArrayType(DataTypes.StringType, false), false);
        JavaRDD<Row> engagements = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(groups, slices(job, groups.size()));
        Dataset<Row> engagementRows = spark.createDataFrame(engagements, engagement)
                .flatMap(new EngagementTask(job.settings(), job.files()), Encoders.row(PoeSparkSchema.schema()));
        return engagementRows.union(judgeAlone(spark, job, plan.alone()));
    }

    /**
     * The documents, dealt over the job's partitions in turn (the first file to the first partition, the second
     * to the second...), so that each partition holds a share of every folder's files and no task is left alone
     * with a folder of large ones; each judged alone.
     */
    private static Dataset<Row> judgeAlone(SparkSession spark, Job job, List<String> uris) {
        int slices = slices(job, uris.size());
        JavaRDD<String> files = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(dealt(uris, slices), slices);
        return spark.createDataset(files.rdd(), Encoders.STRING())
                .mapPartitions(new DocumentTask(job.settings(), job.files()), Encoders.row(PoeSparkSchema.schema()));
    }

    /**
     * The items reordered so that cutting the list into {@code slices} consecutive runs of (about) equal size, as
     * {@code parallelize} does, gives slice {@code k} (about) the items {@code k}, {@code k + slices},
     * {@code k + 2 * slices}...
     */
    static List<String> dealt(List<String> items, int slices) {
        List<String> out = new ArrayList<>(items.size());
        for (int slice = 0; slice < slices; slice++) {
            for (int i = slice; i < items.size(); i += slices) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    private static int slices(Job job, int items) {
        return Math.max(1, Math.min(job.partitions(), items));
    }

    /**
     * The files under the paths, as URIs, sorted: listed on the driver by Spark's {@code binaryFile} source
     * (its file index: globs, recursive lookup, any Hadoop file system, names starting with {@code .} or
     * {@code _} skipped), without {@code expected.json} files, each once however many paths name it. Spark's
     * scan of those files is not used: it drops empty files, which must be ERROR rows, and fails its task on a
     * file deleted after the listing, which must be an ERROR row too.
     */
    private static List<String> listing(SparkSession spark, String... paths) {
        Objects.requireNonNull(paths, "paths");
        if (paths.length == 0) {
            throw new IllegalArgumentException("no paths to validate");
        }
        String[] files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(paths).inputFiles();
        return Arrays.stream(files).filter(uri -> !uri.endsWith("/expected.json")).sorted().distinct().toList();
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
