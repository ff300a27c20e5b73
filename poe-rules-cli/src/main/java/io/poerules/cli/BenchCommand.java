package io.poerules.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.poerules.api.PoeValidator;
import io.poerules.api.RuleSetInfo;
import io.poerules.api.TimedReport;
import io.poerules.api.Verdict;
import io.poerules.report.ReportJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code poe bench}: validates a corpus several times in one warm JVM, on one or more thread counts, and
 * prints per round documents per second and the time per document of each stage (extract, map, rules,
 * report), then the median and 95th percentile of each stage over all documents, the share of mapping and
 * rules, the peak heap, the speedup between thread counts and, with {@code --baseline tika}, the ratio to
 * bare Tika text extraction of the same files in the same process.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {
                "Measures validation speed over a corpus of documents.",
                "Validates the corpus in a warm JVM, several rounds per thread count, and prints per round and as"
                        + " the median: documents per second, milliseconds per document (wall), and milliseconds per"
                        + " document of each stage (extract, map, rules, report = writing the entry as JSON); then"
                        + " each stage's median and p95 per document, the share of mapping and rules, the peak heap,"
                        + " the speedup between thread counts, and the ratio to bare Tika text extraction."})
final class BenchCommand implements Callable<Integer> {

    private static final double MIB = 1024.0 * 1024.0;

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds over the corpus (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Rounds run first and not measured, to warm the JVM up (default: ${DEFAULT-VALUE}).")
    int warmup = 1;

    @Option(names = "--threads", paramLabel = "N[,N...]", split = ",",
            description = "Documents validated at once; several counts (1,2) are measured one after another and"
                    + " compared (default: 1).")
    List<Integer> threads = List.of(1);

    @Option(names = "--baseline", paramLabel = "tika",
            description = "Also run bare Tika text extraction (AutoDetectParser, BodyContentHandler, no OCR) over the"
                    + " same files with the same threads, and print poe's wall time over Tika's.")
    String baseline;

    @Mixin
    ValidatorOptions options;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Documents, or directories of documents.")
    List<Path> paths;

    /** One pass over the corpus: wall time, each stage's time per document in nanoseconds, errors. */
    record Round(int documents, long wall, long[] extract, long[] map, long[] rules, long[] report, int errors) {
        double docsPerSecond() {
            return documents / (wall / 1e9);
        }

        double msPerDocument() {
            return wall / 1e6 / documents;
        }

        static double msPerDocument(long[] stage) {
            return Arrays.stream(stage).sum() / 1e6 / stage.length;
        }
    }

    @Override
    public Integer call() {
        if (rounds < 1) {
            throw new ParameterException(spec.commandLine(), "--rounds must be at least 1: " + rounds);
        }
        if (warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup must not be negative: " + warmup);
        }
        if (threads.isEmpty() || threads.stream().anyMatch(t -> t == null || t < 1)) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        }
        if (baseline != null && !baseline.equals("tika")) {
            throw new ParameterException(spec.commandLine(), "--baseline: only tika is known: " + baseline);
        }
        List<Path> files = Commands.documents(spec, paths);
        int maxThreads = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
        PoeValidator.Builder builder = options.builder(spec).threads(maxThreads);
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        HeapMeter heap = new HeapMeter();
        try (PoeValidator validator = builder.build()) {
            Duration compile = Duration.ofNanos(System.nanoTime() - started);
            RuleSetInfo ruleSet = validator.ruleSet();
            out.printf(Locale.ROOT, "poe bench: %d %s, %d measured %s after %d warm-up, threads %s, %d processors%n",
                    files.size(), files.size() == 1 ? "document" : "documents",
                    rounds, rounds == 1 ? "round" : "rounds", warmup, join(threads),
                    Runtime.getRuntime().availableProcessors());
            out.printf(Locale.ROOT, "rule set %s %s (%d rules) built in %d ms%n",
                    ruleSet.name(), ruleSet.version(), ruleSet.rules(), compile.toMillis());
            out.flush();
            ObjectWriter json = ReportJson.mapper().writer();
            List<Double> medianWall = new ArrayList<>();
            int errors = 0;
            for (int n : threads) {
                out.printf(Locale.ROOT, "%nthreads %d%n", n);
                for (int i = 0; i < warmup; i++) {
                    run(validator, json, files, n);
                }
                heap.reset();
                List<Round> measured = new ArrayList<>();
                out.printf(Locale.ROOT, "%-7s %10s %10s %10s %10s %10s %10s%n", "round", "docs/s", "ms/doc", "extract",
                        "map", "rules", "report");
                for (int i = 1; i <= rounds; i++) {
                    Round round = run(validator, json, files, n);
                    measured.add(round);
                    row(out, String.valueOf(i), round.docsPerSecond(), round.msPerDocument(),
                            Round.msPerDocument(round.extract()), Round.msPerDocument(round.map()),
                            Round.msPerDocument(round.rules()), Round.msPerDocument(round.report()));
                    out.flush();
                }
                row(out, "median", median(measured, Round::docsPerSecond), median(measured, Round::msPerDocument),
                        median(measured, r -> Round.msPerDocument(r.extract())),
                        median(measured, r -> Round.msPerDocument(r.map())),
                        median(measured, r -> Round.msPerDocument(r.rules())),
                        median(measured, r -> Round.msPerDocument(r.report())));
                stages(out, measured);
                out.printf(Locale.ROOT, "peak heap %.1f MiB (sum of the heap pools' peaks); after the last collection"
                        + " %.1f MiB%n", heap.peak() / MIB, heap.afterCollection() / MIB);
                medianWall.add(median(measured, r -> r.wall() / 1e6));
                errors = measured.get(measured.size() - 1).errors();
                out.flush();
            }
            if (threads.size() > 1) {
                out.println();
                for (int i = 1; i < threads.size(); i++) {
                    out.printf(Locale.ROOT, "speedup %d -> %d threads: %.2fx (median round wall %.0f ms -> %.0f ms)%n",
                            threads.get(0), threads.get(i), medianWall.get(0) / medianWall.get(i), medianWall.get(0),
                            medianWall.get(i));
                }
            }
            if (baseline != null) {
                baseline(out, files, medianWall);
            }
            out.flush();
            if (errors > 0) {
                PrintWriter err = spec.commandLine().getErr();
                err.printf(Locale.ROOT, "poe: note: %d of %d documents ended in ERROR; their time is not a full "
                        + "validation%n", errors, files.size());
                err.flush();
            }
        }
        return PoeCommand.EXIT_PASS;
    }

    /** Each stage's median and p95 per document over all measured rounds, and the share of map and rules. */
    private static void stages(PrintWriter out, List<Round> measured) {
        out.printf(Locale.ROOT, "%-7s %10s %10s   (ms per document, all measured rounds)%n", "stage", "median", "p95");
        List<ToLongArray> stages = List.of(Round::extract, Round::map, Round::rules, Round::report);
        List<String> names = List.of("extract", "map", "rules", "report");
        long[] sums = new long[stages.size()];
        for (int s = 0; s < stages.size(); s++) {
            ToLongArray stage = stages.get(s);
            long[] all = measured.stream().flatMapToLong(r -> Arrays.stream(stage.apply(r))).sorted().toArray();
            sums[s] = Arrays.stream(all).sum();
            out.printf(Locale.ROOT, "%-7s %10.3f %10.3f%n", names.get(s), percentile(all, 50) / 1e6,
                    percentile(all, 95) / 1e6);
        }
        long total = Arrays.stream(sums).sum();
        out.printf(Locale.ROOT, "map + rules: %.1f %% of the time per document (extract %.1f %%, report %.1f %%)%n",
                total == 0 ? 0 : 100.0 * (sums[1] + sums[2]) / total, total == 0 ? 0 : 100.0 * sums[0] / total,
                total == 0 ? 0 : 100.0 * sums[3] / total);
    }

    /** A stage's times per document of a round. */
    private interface ToLongArray {
        long[] apply(Round round);
    }

    private void baseline(PrintWriter out, List<Path> files, List<Double> medianWall) {
        TikaBaseline tika = new TikaBaseline();
        out.printf(Locale.ROOT, "%nbaseline: bare Tika text extraction (AutoDetectParser, BodyContentHandler, embedded"
                + " documents, no OCR), same files, same process%n");
        out.printf(Locale.ROOT, "%-7s %10s %10s %10s %12s%n", "threads", "docs/s", "ms/doc", "poe ms/doc",
                "poe / tika");
        for (int t = 0; t < threads.size(); t++) {
            int n = threads.get(t);
            for (int i = 0; i < warmup; i++) {
                timeTika(tika, files, n);
            }
            double[] walls = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                walls[i] = timeTika(tika, files, n) / 1e6;
            }
            Arrays.sort(walls);
            double wall = walls.length % 2 == 1 ? walls[walls.length / 2]
                    : (walls[walls.length / 2 - 1] + walls[walls.length / 2]) / 2;
            out.printf(Locale.ROOT, "%-7d %10.2f %10.3f %10.3f %12.2f%n", n, files.size() / (wall / 1e3),
                    wall / files.size(), medianWall.get(t) / files.size(), medianWall.get(t) / wall);
            out.flush();
        }
    }

    private static long timeTika(TikaBaseline tika, List<Path> files, int threads) {
        long started = System.nanoTime();
        onThreads(files, threads, tika::extract);
        return System.nanoTime() - started;
    }

    private static Round run(PoeValidator validator, ObjectWriter json, List<Path> files, int threads) {
        long started = System.nanoTime();
        List<long[]> times = onThreads(files, threads, file -> {
            TimedReport timed = validator.validateTimed(file);
            long before = System.nanoTime();
            try {
                json.writeValue(OutputStream.nullOutputStream(), timed.report());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long report = System.nanoTime() - before;
            return new long[] {timed.extract().toNanos(), timed.map().toNanos(), timed.rules().toNanos(), report,
                    timed.report().verdict() == Verdict.ERROR ? 1 : 0};
        });
        long wall = System.nanoTime() - started;
        return new Round(files.size(), wall, column(times, 0), column(times, 1), column(times, 2), column(times, 3),
                (int) Arrays.stream(column(times, 4)).sum());
    }

    private static long[] column(List<long[]> rows, int index) {
        return rows.stream().mapToLong(r -> r[index]).toArray();
    }

    /** Runs the task over the files on this many threads (the calling thread alone for one) and collects results. */
    private static <T> List<T> onThreads(List<Path> files, int threads, java.util.function.Function<Path, T> task) {
        List<T> results = new ArrayList<>(files.size());
        if (threads == 1) {
            files.forEach(f -> results.add(task.apply(f)));
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "poe-bench");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            files.forEach(f -> futures.add(pool.submit(() -> task.apply(f))));
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void row(PrintWriter out, String label, double docsPerSecond, double msPerDoc, double extract,
                            double map, double rules, double report) {
        out.printf(Locale.ROOT, "%-7s %10.2f %10.3f %10.3f %10.3f %10.3f %10.3f%n", label, docsPerSecond, msPerDoc,
                extract, map, rules, report);
    }

    private static String join(List<Integer> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    static double median(List<Round> rounds, ToDoubleFunction<Round> value) {
        double[] values = rounds.stream().mapToDouble(value).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /** The nearest-rank percentile of sorted values; 0 for none. */
    static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
