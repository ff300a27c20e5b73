package io.poerules.spark;

import io.poerules.api.Ocr;
import io.poerules.cli.PoeCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Documents per second of {@code poe validate --threads 2 --ocr off --format json} and of {@link PoeSpark} on
 * {@code local[2]} writing the same rows as JSON, over the same corpus, in one JVM, round by round in turn (the
 * order reversed every other round), after one warm-up round of each; prints each round and the medians.
 * Legs: {@code cli} (the command in-process, which builds its validator each run), {@code spark} (the validator
 * built again each round, as the command does), {@code spark-warm} (the executor's validator kept, as on a
 * cluster), {@code spark-rows} (warm, the rows computed and dropped by Spark's {@code noop} sink: the validation
 * without the fixed cost of a file-writing job), {@code spark-plan} (only the driver's part: listing and planning,
 * no document read). The SparkSession's start-up is measured apart.
 *
 * <pre>bench/spark.sh [-n ROUNDS] PATH...</pre>
 *
 * <p>{@code -Dpoe.bench.ocr=auto} (in {@code BENCH_JAVA_OPTS}) runs both with OCR {@code auto} instead of
 * {@code off}; {@code -Dpoe.bench.legs=cli,spark-warm} runs only those legs.
 */
public final class SparkBench {

    private SparkBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 7;
        List<String> paths = new ArrayList<>(Arrays.asList(args));
        if (paths.size() > 1 && paths.get(0).equals("-n")) {
            rounds = Integer.parseInt(paths.get(1));
            paths = paths.subList(2, paths.size());
        }
        Path out = Files.createTempDirectory("poe-spark-bench");
        long start = System.nanoTime();
        SparkSession spark = SparkSession.builder().master("local[2]").appName("poe-rules-spark-bench")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        double session = seconds(start);
        String ocr = System.getProperty("poe.bench.ocr", "off");
        PoeSparkOptions options = PoeSparkOptions.builder().ocr(ocr.equals("off") ? Ocr.off() : Ocr.auto())
                .asOf(LocalDate.parse("2026-11-30"))
                .partitions(Integer.getInteger("poe.bench.partitions", 0)).build();
        String[] inputs = paths.toArray(String[]::new);
        long documents = PoeSpark.validate(spark, options, inputs).count();
        System.out.printf("corpus: %d documents under %s, OCR %s%nSparkSession local[2] start-up: %.2f s%n", documents,
                paths, ocr, session);

        Map<String, Leg> legs = new LinkedHashMap<>();
        legs.put("cli", () -> cli(out.resolve("cli.json"), ocr, inputs));
        legs.put("spark", () -> {
            ExecutorValidators.closeAll();
            spark(spark, options, inputs, out.resolve("spark"));
        });
        legs.put("spark-warm", () -> spark(spark, options, inputs, out.resolve("spark")));
        legs.put("spark-rows", () -> PoeSpark.validate(spark, options, inputs).write().format("noop").mode("overwrite").save());
        legs.put("spark-plan", () -> PoeSpark.validate(spark, options, inputs));
        String only = System.getProperty("poe.bench.legs");
        if (only != null) {
            legs.keySet().retainAll(List.of(only.split(",")));
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        legs.keySet().forEach(name -> times.put(name, new ArrayList<>()));
        List<String> order = new ArrayList<>(legs.keySet());
        for (int round = 0; round <= rounds; round++) {
            StringBuilder line = new StringBuilder(round == 0 ? "warm-up " : String.format("round %d ", round));
            for (String name : order) {
                long t = System.nanoTime();
                legs.get(name).run();
                double s = seconds(t);
                if (round > 0) {
                    times.get(name).add(s);
                }
                line.append(String.format("  %s %.2f s (%.1f docs/s)", name, s, documents / s));
            }
            System.out.println(line);
            java.util.Collections.reverse(order);
        }
        System.out.println("median over " + rounds + " rounds:");
        double cli = times.containsKey("cli") ? median(times.get("cli")) : Double.NaN;
        for (Map.Entry<String, List<Double>> leg : times.entrySet()) {
            if (leg.getValue().isEmpty()) {
                continue;
            }
            double m = median(leg.getValue());
            System.out.printf("  %-10s %6.2f s  %7.1f docs/s  %+6.1f %% docs/s against cli%n", leg.getKey(), m,
                    documents / m, 100.0 * (cli / m - 1));
        }
        spark.stop();
        ExecutorValidators.closeAll();
    }

    private interface Leg {
        void run() throws Exception;
    }

    private static void cli(Path report, String ocr, String[] inputs) {
        List<String> args = new ArrayList<>(List.of("validate", "--threads", "2", "--ocr", ocr, "--as-of", "2026-11-30",
                "--format", "json", "--quiet", "--output", report.toString()));
        args.addAll(Arrays.asList(inputs));
        StringWriter err = new StringWriter();
        int exit = PoeCommand.commandLine().setErr(new PrintWriter(err)).execute(args.toArray(String[]::new));
        if (exit > 1) {
            throw new IllegalStateException("poe validate failed: " + err);
        }
    }

    private static void spark(SparkSession spark, PoeSparkOptions options, String[] inputs, Path output) {
        PoeSpark.validate(spark, options, inputs).write().mode("overwrite").json(output.toString());
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
