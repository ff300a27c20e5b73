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
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * bare Tika text extraction of the same files in the same process. The thread counts and the baseline take
 * turns round by round, warm-up included, so that the JIT's progress and the machine's load during the run
 * weigh on each alike.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {
                "Measures validation speed over a corpus of documents.",
                "Validates the corpus in a warm JVM, several rounds per thread count (the counts, and bare Tika,"
                        + " taking turns round by round), and prints per round and as"
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

    @Option(names = "--warmup", paramLabel = "N|auto",
            description = "Rounds of each configuration run first and not measured, to warm the JVM up; auto (the"
                    + " default) runs them until the JIT compiler takes less than "
                    + (int) (SETTLED_COMPILE_SHARE * 100) + " %% of a round's time, in two rounds running (at most "
                    + MAX_WARMUP_MINUTES + " minutes): on 2 cores it otherwise keeps one core busy for a minute or"
                    + " two, and the second thread has no core of its own.")
    String warmup = "auto";

    /** The JIT's share of a warm-up round's time below which the JVM is taken as warm. */
    static final double SETTLED_COMPILE_SHARE = 0.05;
    static final int MAX_WARMUP_MINUTES = 10;

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
        int warmupRounds = warmupRounds();
        if (threads.isEmpty() || threads.stream().anyMatch(t -> t == null || t < 1)) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        }
        if (threads.stream().distinct().count() < threads.size()) {
            throw new ParameterException(spec.commandLine(), "--threads names a count twice: " + join(threads));
        }
        if (baseline != null && !baseline.equals("tika")) {
            throw new ParameterException(spec.commandLine(), "--baseline: only tika is known: " + baseline);
        }
        List<Path> files = Commands.documents(spec, paths);
        PoeValidator.Builder builder = options.builder(spec);
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        HeapMeter heap = new HeapMeter();
        // One validator per thread count, each with a pool of that many threads; the rules are compiled once.
        Map<Integer, PoeValidator> validators = new LinkedHashMap<>();
        try {
            for (int n : threads) {
                validators.put(n, builder.threads(n).build());
            }
            Duration compile = Duration.ofNanos(System.nanoTime() - started);
            RuleSetInfo ruleSet = validators.get(threads.get(0)).ruleSet();
            out.printf(Locale.ROOT, "poe bench: %d %s, %d measured %s after %s, threads %s, %d processors%n",
                    files.size(), files.size() == 1 ? "document" : "documents",
                    rounds, rounds == 1 ? "round" : "rounds",
                    warmupRounds < 0 ? "warm-up until the JIT compiler settles" : warmupRounds + " warm-up",
                    join(threads), Runtime.getRuntime().availableProcessors());
            out.printf(Locale.ROOT, "rule set %s %s (%d rules) built in %d ms%n",
                    ruleSet.name(), ruleSet.version(), ruleSet.rules(), compile.toMillis());
            out.flush();
            ObjectWriter json = ReportJson.mapper().writer();
            TikaBaseline tika = baseline == null ? null : new TikaBaseline();
            Runnable pass = () -> {
                for (int n : threads) {
                    run(validators.get(n), json, files);
                    if (tika != null) {
                        timeTika(tika, files, n);
                    }
                }
            };
            if (warmupRounds < 0) {
                warmUntilSettled(pass, out);
            } else {
                for (int i = 0; i < warmupRounds; i++) {
                    pass.run();
                }
            }
            // Rounds alternate between the thread counts (and bare Tika), so that what drifts during a run, the
            // JIT compiling more code and the load of the machine, weighs on every configuration alike.
            Map<Integer, List<Round>> measured = new LinkedHashMap<>();
            Map<Integer, List<Double>> tikaWalls = new LinkedHashMap<>();
            Map<Integer, Long> peaks = new LinkedHashMap<>();
            Map<Integer, Long> live = new LinkedHashMap<>();
            for (int i = 0; i < rounds; i++) {
                for (int n : threads) {
                    heap.reset();
                    measured.computeIfAbsent(n, k -> new ArrayList<>()).add(run(validators.get(n), json, files));
                    peaks.merge(n, heap.peak(), Math::max);
                    live.put(n, heap.afterCollection());
                    if (tika != null) {
                        tikaWalls.computeIfAbsent(n, k -> new ArrayList<>()).add(timeTika(tika, files, n) / 1e6);
                    }
                }
            }
            List<Double> medianWall = new ArrayList<>();
            int errors = 0;
            for (int n : threads) {
                List<Round> ofCount = measured.get(n);
                section(out, n, ofCount, peaks.get(n), live.get(n));
                medianWall.add(median(ofCount, r -> r.wall() / 1e6));
                errors = ofCount.get(ofCount.size() - 1).errors();
            }
            if (threads.size() > 1) {
                out.println();
                for (int i = 1; i < threads.size(); i++) {
                    out.printf(Locale.ROOT, "speedup %d -> %d threads: %.2fx (median round wall %.0f ms -> %.0f ms)%n",
                            threads.get(0), threads.get(i), medianWall.get(0) / medianWall.get(i), medianWall.get(0),
                            medianWall.get(i));
                }
            }
            if (tika != null) {
                baseline(out, files, medianWall, tikaWalls);
            }
            out.flush();
            if (errors > 0) {
                PrintWriter err = spec.commandLine().getErr();
                err.printf(Locale.ROOT, "poe: note: %d of %d documents ended in ERROR; their time is not a full "
                        + "validation%n", errors, files.size());
                err.flush();
            }
        } finally {
            validators.values().forEach(PoeValidator::close);
        }
        return PoeCommand.EXIT_PASS;
    }

    /** One thread count's rounds, their medians, each stage's median and p95 per document, and the heap. */
    private static void section(PrintWriter out, int threads, List<Round> rounds, long peakHeap, long liveHeap) {
        out.printf(Locale.ROOT, "%nthreads %d%n", threads);
        out.printf(Locale.ROOT, "%-7s %10s %10s %10s %10s %10s %10s%n", "round", "docs/s", "ms/doc", "extract", "map",
                "rules", "report");
        for (int i = 0; i < rounds.size(); i++) {
            Round round = rounds.get(i);
            row(out, String.valueOf(i + 1), round.docsPerSecond(), round.msPerDocument(),
                    Round.msPerDocument(round.extract()), Round.msPerDocument(round.map()),
                    Round.msPerDocument(round.rules()), Round.msPerDocument(round.report()));
        }
        row(out, "median", median(rounds, Round::docsPerSecond), median(rounds, Round::msPerDocument),
                median(rounds, r -> Round.msPerDocument(r.extract())), median(rounds, r -> Round.msPerDocument(r.map())),
                median(rounds, r -> Round.msPerDocument(r.rules())), median(rounds, r -> Round.msPerDocument(r.report())));
        stages(out, rounds);
        out.printf(Locale.ROOT, "peak heap %.1f MiB (sum of the heap pools' peaks); after the last collection %.1f MiB%n",
                peakHeap / MIB, liveHeap / MIB);
    }

    /** The warm-up rounds asked for, or -1 for auto. */
    private int warmupRounds() {
        if (warmup.equals("auto")) {
            return -1;
        }
        try {
            int n = Integer.parseInt(warmup);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), "--warmup must be auto or a count of rounds, 0 or more: "
                + warmup);
    }

    /**
     * Runs warm-up rounds until the JIT compiler is quiet: its compilation time in a round below
     * {@link #SETTLED_COMPILE_SHARE} of the round's wall time, twice running; at most
     * {@link #MAX_WARMUP_MINUTES} minutes. Without a compilation time to read, one round.
     */
    private static void warmUntilSettled(Runnable round, PrintWriter out) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            round.run();
            out.printf(Locale.ROOT, "warm-up: 1 round (this JVM does not report its compilation time)%n");
            return;
        }
        long started = System.nanoTime();
        long deadline = started + Duration.ofMinutes(MAX_WARMUP_MINUTES).toNanos();
        int count = 0;
        int quiet = 0;
        double share;
        do {
            long compiled = jit.getTotalCompilationTime();
            long before = System.nanoTime();
            round.run();
            count++;
            share = (jit.getTotalCompilationTime() - compiled) / ((System.nanoTime() - before) / 1e6);
            quiet = share < SETTLED_COMPILE_SHARE ? quiet + 1 : 0;
        } while (quiet < 2 && System.nanoTime() < deadline);
        out.printf(Locale.ROOT, "warm-up: %d %s in %.0f s; the JIT compiler took %.1f %% of the last%s%n", count,
                count == 1 ? "round" : "rounds", (System.nanoTime() - started) / 1e9, share * 100,
                quiet < 2 ? " (not settled within " + MAX_WARMUP_MINUTES + " minutes)" : "");
        out.flush();
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

    private void baseline(PrintWriter out, List<Path> files, List<Double> medianWall,
                          Map<Integer, List<Double>> tikaWalls) {
        out.printf(Locale.ROOT, "%nbaseline: bare Tika text extraction (AutoDetectParser, BodyContentHandler, embedded"
                + " documents, no OCR), same files, same process, rounds alternating with poe's%n");
        out.printf(Locale.ROOT, "%-7s %10s %10s %10s %12s%n", "threads", "docs/s", "ms/doc", "poe ms/doc",
                "poe / tika");
        for (int t = 0; t < threads.size(); t++) {
            int n = threads.get(t);
            double[] walls = tikaWalls.get(n).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double wall = walls.length % 2 == 1 ? walls[walls.length / 2]
                    : (walls[walls.length / 2 - 1] + walls[walls.length / 2]) / 2;
            out.printf(Locale.ROOT, "%-7d %10.2f %10.3f %10.3f %12.2f%n", n, files.size() / (wall / 1e3),
                    wall / files.size(), medianWall.get(t) / files.size(), medianWall.get(t) / wall);
        }
    }

    private static long timeTika(TikaBaseline tika, List<Path> files, int threads) {
        long started = System.nanoTime();
        onThreads(files, threads, tika::extract);
        return System.nanoTime() - started;
    }

    /** One round: every file validated on the validator's threads, each entry written out as it completes. */
    private static Round run(PoeValidator validator, ObjectWriter json, List<Path> files) {
        long started = System.nanoTime();
        List<long[]> times = new ArrayList<>(files.size());
        validator.validateEachTimed(files, timed -> {
            long before = System.nanoTime();
            try {
                json.writeValue(OutputStream.nullOutputStream(), timed.report());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long report = System.nanoTime() - before;
            times.add(new long[] {timed.extract().toNanos(), timed.map().toNanos(), timed.rules().toNanos(), report,
                    timed.report().verdict() == Verdict.ERROR ? 1 : 0});
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
