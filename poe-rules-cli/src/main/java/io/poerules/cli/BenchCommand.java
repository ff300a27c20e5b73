package io.poerules.cli;

import io.poerules.api.PoeValidator;
import io.poerules.api.RuleSetInfo;
import io.poerules.api.TimedReport;
import io.poerules.api.Verdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code poe bench}: validates a corpus several times in one warm JVM, one document at a time, and
 * prints documents per second and the time per document of each stage (extract, map, rules) for
 * every round and their median.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {
                "Measures validation speed over a corpus of documents.",
                "Validates the corpus one document at a time in a warm JVM, several rounds, and prints per round"
                        + " and as the median: documents per second, milliseconds per document, and milliseconds"
                        + " per document of each stage (extract, map, rules)."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds over the corpus (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Rounds run first and not measured, to warm the JVM up (default: ${DEFAULT-VALUE}).")
    int warmup = 1;

    @Mixin
    ValidatorOptions options;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Documents, or directories of documents.")
    List<Path> paths;

    /** One pass over the corpus: wall time and the sum of each stage's time, in nanoseconds. */
    record Round(int documents, long wall, long extract, long map, long rules, int errors) {
        double docsPerSecond() {
            return documents / (wall / 1e9);
        }

        double msPerDocument(long nanos) {
            return nanos / 1e6 / documents;
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
        List<Path> files = Commands.documents(spec, paths);
        PoeValidator.Builder builder = options.builder(spec);
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        try (PoeValidator validator = builder.build()) {
            Duration compile = Duration.ofNanos(System.nanoTime() - started);
            RuleSetInfo ruleSet = validator.ruleSet();
            out.printf(Locale.ROOT, "poe bench: %d %s, %d measured %s after %d warm-up, one document at a time%n",
                    files.size(), files.size() == 1 ? "document" : "documents",
                    rounds, rounds == 1 ? "round" : "rounds", warmup);
            out.printf(Locale.ROOT, "rule set %s %s (%d rules) built in %d ms%n%n",
                    ruleSet.name(), ruleSet.version(), ruleSet.rules(), compile.toMillis());
            out.flush();
            for (int i = 0; i < warmup; i++) {
                run(validator, files);
            }
            List<Round> measured = new ArrayList<>();
            out.printf(Locale.ROOT, "%-7s %10s %10s %10s %10s %10s%n", "round", "docs/s", "ms/doc", "extract", "map", "rules");
            for (int i = 1; i <= rounds; i++) {
                Round round = run(validator, files);
                measured.add(round);
                row(out, String.valueOf(i), round.docsPerSecond(), round.msPerDocument(round.wall()),
                        round.msPerDocument(round.extract()), round.msPerDocument(round.map()),
                        round.msPerDocument(round.rules()));
                out.flush();
            }
            row(out, "median", median(measured, Round::docsPerSecond), median(measured, r -> r.msPerDocument(r.wall())),
                    median(measured, r -> r.msPerDocument(r.extract())), median(measured, r -> r.msPerDocument(r.map())),
                    median(measured, r -> r.msPerDocument(r.rules())));
            out.flush();
            int errors = measured.get(measured.size() - 1).errors();
            if (errors > 0) {
                PrintWriter err = spec.commandLine().getErr();
                err.printf(Locale.ROOT, "poe: note: %d of %d documents ended in ERROR; their time is not a full "
                        + "validation%n", errors, files.size());
                err.flush();
            }
        }
        return PoeCommand.EXIT_PASS;
    }

    private static Round run(PoeValidator validator, List<Path> files) {
        long extract = 0;
        long map = 0;
        long rules = 0;
        int errors = 0;
        long started = System.nanoTime();
        for (Path file : files) {
            TimedReport timed = validator.validateTimed(file);
            extract += timed.extract().toNanos();
            map += timed.map().toNanos();
            rules += timed.rules().toNanos();
            if (timed.report().verdict() == Verdict.ERROR) {
                errors++;
            }
        }
        return new Round(files.size(), System.nanoTime() - started, extract, map, rules, errors);
    }

    private static void row(PrintWriter out, String label, double docsPerSecond, double msPerDoc, double extract,
                            double map, double rules) {
        out.printf(Locale.ROOT, "%-7s %10.2f %10.3f %10.3f %10.3f %10.3f%n", label, docsPerSecond, msPerDoc, extract,
                map, rules);
    }

    static double median(List<Round> rounds, ToDoubleFunction<Round> value) {
        double[] values = rounds.stream().mapToDouble(value).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
