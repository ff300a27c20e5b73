package io.poerules.spark;

import io.poerules.api.Limits;
import io.poerules.api.Ocr;
import io.poerules.api.PoeRulesException;
import io.poerules.api.RuleBuildException;
import io.poerules.api.RuleSet;
import io.poerules.api.Verdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code spark-submit} job: validates the documents (and engagements) under the input paths and writes one
 * row per document and engagement ({@link PoeSparkSchema}) as Parquet or JSON lines.
 *
 * <pre>
 * spark-submit --class io.poerules.spark.PoeSparkJob poe-rules-spark.jar \
 *     --input s3a://claims/2026/ --output s3a://reports/2026/ --format parquet --as-of 2026-11-30
 * </pre>
 *
 * <p>Exit codes, as {@code poe validate}'s: 0 when every engagement and every document outside an engagement is
 * PASS, 1 otherwise, 2 for a usage error or a job that could not run (bad rules, an output that exists).
 *
 * @since 0.1.0
 */
@Command(name = "poe-rules-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Validates proof-of-execution documents on Apache Spark and writes one row per document and"
                + " engagement.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every engagement, and every document outside an engagement, is PASS",
                "1:an engagement or a document outside an engagement is FAIL, REVIEW or ERROR",
                "2:usage error, or the job could not run (bad rules, an existing output)"})
public final class PoeSparkJob implements Callable<Integer> {

    /** Output formats. */
    enum Format { PARQUET, JSON }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", paramLabel = "PATH", required = true, split = ",",
            description = "Documents or folders of documents, searched recursively; any Hadoop URI (file:, hdfs:,"
                    + " s3a:, abfss:). Repeat the option or separate paths with commas.")
    List<String> inputs;

    @Option(names = "--output", paramLabel = "PATH", required = true, description = "Where to write the rows (a folder).")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "parquet (default) or json (JSON lines).")
    Format format = Format.PARQUET;

    @Option(names = "--overwrite", description = "Replace the output if it exists (default: fail).")
    boolean overwrite;

    @Option(names = "--engagements", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Judge folders holding a claim.json as engagements, as poe validate does (default);"
                    + " --no-engagements judges every document alone.")
    boolean engagements;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of rules (local on the driver, or any Hadoop URI), read once on the driver and"
                    + " shipped to the executors.")
    String rules;

    @Option(names = "--rules-mode", paramLabel = "MODE", converter = RulesModeConverter.class,
            description = "With --rules: extend (default) or replace the default rules.")
    RuleSet.Mode rulesMode = RuleSet.Mode.EXTEND;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The date acknowledgements of documents outside engagements are measured against (default:"
                    + " today on the driver).")
    LocalDate asOf;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest document accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes = Limits.DEFAULTS.maxInputBytes();

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Time allowed to extract one document, and again to evaluate it (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = Limits.DEFAULTS.timeout().toSeconds();

    @Option(names = "--ocr", paramLabel = "WHEN", converter = OcrConverter.class,
            description = "OCR of scanned pages with tesseract: auto (default: where installed), on or off.")
    Ocr.Mode ocr = Ocr.Mode.AUTO;

    @Option(names = "--tesseract-path", paramLabel = "DIR", description = "The folder of tesseract on the executors.")
    String tesseractPath;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions the documents are spread over (default: four per core).")
    int partitions;

    private PoeSparkJob() {
    }

    /** Runs the job with the arguments and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job with the arguments and returns the exit code. */
    public static int run(String... args) {
        return new CommandLine(new PoeSparkJob()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        PoeSparkOptions options = options();
        PrintWriter err = spec.commandLine().getErr();
        SparkSession spark = SparkSession.builder().appName("poe-rules-spark").getOrCreate();
        try {
            String[] paths = inputs.toArray(String[]::new);
            Dataset<Row> rows = engagements ? PoeSpark.validateEngagements(spark, options, paths)
                    : PoeSpark.validate(spark, options, paths);
            var writer = rows.write().mode(overwrite ? "overwrite" : "errorifexists");
            if (format == Format.JSON) {
                writer.json(output);
            } else {
                writer.parquet(output);
            }
            Dataset<Row> written = format == Format.JSON
                    ? spark.read().schema(PoeSparkSchema.schema()).json(output) : spark.read().parquet(output);
            Summary summary = Summary.of(written);
            err.println("poe-rules-spark: wrote " + output + ": " + summary);
            err.flush();
            return summary.allPass() ? 0 : 1;
        } catch (RuleBuildException e) {
            err.println("poe-rules-spark: the rules do not build:");
            e.problems().forEach(p -> err.println("  " + p));
            err.flush();
            return 2;
        } catch (Exception e) {
            if (!(e instanceof PoeRulesException || e instanceof org.apache.spark.sql.AnalysisException)) {
                throw e;
            }
            err.println("poe-rules-spark: " + e.getMessage());
            err.flush();
            return 2;
        } finally {
            spark.stop();
        }
    }

    private PoeSparkOptions options() {
        if (maxBytes < 1) {
            throw new ParameterException(spec.commandLine(), "--max-bytes must be at least 1: " + maxBytes);
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 86_400) {
            throw new ParameterException(spec.commandLine(), "--timeout must be from 1 to 86400 seconds: " + timeoutSeconds);
        }
        if (partitions < 0) {
            throw new ParameterException(spec.commandLine(), "--partitions must be 0 or more: " + partitions);
        }
        Ocr settings = switch (ocr) {
            case AUTO -> Ocr.auto();
            case ON -> Ocr.on();
            case OFF -> Ocr.off();
        };
        PoeSparkOptions.Builder builder = PoeSparkOptions.builder()
                .limits(Limits.DEFAULTS.withMaxInputBytes(maxBytes).withTimeout(Duration.ofSeconds(timeoutSeconds)))
                .ocr(tesseractPath == null ? settings : settings.withTesseractPath(Path.of(tesseractPath)))
                .partitions(partitions);
        if (rules != null) {
            builder.rulesDirectory(rules, rulesMode);
        }
        if (asOf != null) {
            builder.asOf(asOf);
        }
        return builder.build();
    }

    /** Counts of the rows written, by kind and verdict, and whether the run passes as {@code poe validate}'s does. */
    private record Summary(Map<String, Map<Verdict, Long>> counts, boolean allPass) {

        static Summary of(Dataset<Row> rows) {
            Map<String, Map<Verdict, Long>> counts = new TreeMap<>(Comparator.reverseOrder());
            boolean pass = true;
            for (Row row : rows.groupBy(rows.col(PoeSparkSchema.KIND), rows.col(PoeSparkSchema.VERDICT),
                    rows.col(PoeSparkSchema.ENGAGEMENT_COLUMN).isNull().as("alone")).count().collectAsList()) {
                String kind = row.getString(0).toLowerCase(Locale.ROOT) + "s";
                Verdict verdict = Verdict.valueOf(row.getString(1));
                counts.computeIfAbsent(kind, k -> new EnumMap<>(Verdict.class)).merge(verdict, row.getLong(3), Long::sum);
                boolean judged = kind.equals("engagements") || row.getBoolean(2);
                pass &= !judged || verdict == Verdict.PASS;
            }
            return new Summary(counts, pass);
        }

        /** "engagements: 4 PASS, 6 FAIL; documents: 15 PASS, 30 FAIL, 1 ERROR". */
        @Override
        public String toString() {
            if (counts.isEmpty()) {
                return "no documents";
            }
            StringJoiner text = new StringJoiner("; ");
            counts.forEach((kind, verdicts) -> {
                StringJoiner line = new StringJoiner(", ", kind + ": ", "");
                verdicts.forEach((verdict, n) -> line.add(n + " " + verdict));
                text.add(line.toString());
            });
            return text.toString();
        }
    }

    /** Reads an enum constant whatever its case, with a message that says which values are expected. */
    abstract static class EnumConverter<E extends Enum<E>> implements ITypeConverter<E> {
        private final Class<E> type;
        private final String expected;

        EnumConverter(Class<E> type, String expected) {
            this.type = type;
            this.expected = expected;
        }

        @Override
        public E convert(String value) {
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected " + expected + ", not '" + value + "'");
            }
        }
    }

    static final class FormatConverter extends EnumConverter<Format> {
        FormatConverter() {
            super(Format.class, "json or parquet");
        }
    }

    static final class OcrConverter extends EnumConverter<Ocr.Mode> {
        OcrConverter() {
            super(Ocr.Mode.class, "auto, on or off");
        }
    }

    static final class RulesModeConverter extends EnumConverter<RuleSet.Mode> {
        RulesModeConverter() {
            super(RuleSet.Mode.class, "extend or replace");
        }
    }

    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("expected a date as YYYY-MM-DD, not '" + value + "'");
            }
        }
    }
}
