package io.poerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsDocumentsPerSecondAndStageTimes() throws IOException {
        Path sow = Files.writeString(dir.resolve("sow.txt"), ValidateCommandTest.WITH_CUSTOMER);

        Poe.Result r = Poe.run("bench", "--rounds", "1", "--warmup", "0", sow.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 document, 1 measured round after 0 warm-up")
                .containsPattern("round +docs/s +ms/doc +extract +map +rules +report")
                .containsPattern("(?m)^1 +\\d+\\.\\d{2} +\\d+\\.\\d{3}")
                .containsPattern("(?m)^median +\\d+\\.\\d{2} ")
                .containsPattern("(?m)^map +\\d+\\.\\d{3} +\\d+\\.\\d{3}$")
                .containsPattern("map \\+ rules: \\d+\\.\\d %")
                .containsPattern("peak heap \\d+\\.\\d MiB");
    }

    @Test
    void comparesThreadCountsAndBareTika() throws IOException {
        Path sow = Files.writeString(dir.resolve("sow.txt"), ValidateCommandTest.WITH_CUSTOMER);
        Path other = Files.writeString(dir.resolve("other.txt"), ValidateCommandTest.WITH_CUSTOMER + "\nMore.");

        Poe.Result r = Poe.run("bench", "--rounds", "1", "--warmup", "0", "--threads", "1,2", "--baseline", "tika",
                sow.toString(), other.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("threads 1,2", "\nthreads 1\n", "\nthreads 2\n")
                .containsPattern("speedup 1 -> 2 threads: \\d+\\.\\d{2}x")
                .containsPattern("(?m)^2 +\\d+\\.\\d{2} +\\d+\\.\\d{3} +\\d+\\.\\d{3} +\\d+\\.\\d{2}$");
    }

    @Test
    void warmsUpUntilTheJitCompilerSettlesByDefault() throws IOException {
        Path sow = Files.writeString(dir.resolve("sow.txt"), ValidateCommandTest.WITH_CUSTOMER);

        Poe.Result r = Poe.run("bench", "--rounds", "1", sow.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 measured round after warm-up until the JIT compiler settles")
                .containsPattern("warm-up: \\d+ rounds? in \\d+ s; the JIT compiler took \\d+\\.\\d % of the last");
    }

    @Test
    void warmupIsAutoOrACount() throws IOException {
        assertThat(usageError("--warmup", "-1")).contains("--warmup must be auto or a count of rounds, 0 or more: -1");
    }

    @Test
    void aThreadCountNamedTwiceIsAUsageError() throws IOException {
        assertThat(usageError("--threads", "1,2,1")).contains("--threads names a count twice: 1,2,1");
    }

    /** What {@code poe bench} says on standard error when the option is refused (exit code 2). */
    private String usageError(String option, String value) throws IOException {
        Path sow = Files.writeString(dir.resolve("sow.txt"), ValidateCommandTest.WITH_CUSTOMER);

        Poe.Result r = Poe.run("bench", option, value, sow.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        return r.err();
    }

    @Test
    void percentileIsTheNearestRank() {
        long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};

        assertThat(BenchCommand.percentile(sorted, 95)).isEqualTo(19);
        assertThat(BenchCommand.percentile(sorted, 50)).isEqualTo(10);
        assertThat(BenchCommand.percentile(new long[0], 95)).isZero();
    }

    @Test
    void zeroRoundsIsAUsageError() throws IOException {
        assertThat(usageError("--rounds", "0")).contains("--rounds must be at least 1");
    }

    @Test
    void medianOfAnEvenNumberOfRoundsIsTheMeanOfTheMiddleTwo() {
        long[] none = {0};
        var rounds = java.util.List.of(
                new BenchCommand.Round(1, 4, none, none, none, none, 0), new BenchCommand.Round(1, 1, none, none, none, none, 0),
                new BenchCommand.Round(1, 3, none, none, none, none, 0), new BenchCommand.Round(1, 2, none, none, none, none, 0));

        assertThat(BenchCommand.median(rounds, BenchCommand.Round::wall)).isEqualTo(2.5);
    }
}
