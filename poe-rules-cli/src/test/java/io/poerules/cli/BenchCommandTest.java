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
                .containsPattern("round +docs/s +ms/doc +extract +map +rules")
                .containsPattern("(?m)^1 +\\d+\\.\\d{2} +\\d+\\.\\d{3}")
                .containsPattern("(?m)^median +\\d+\\.\\d{2} ");
    }

    @Test
    void zeroRoundsIsAUsageError() throws IOException {
        Path sow = Files.writeString(dir.resolve("sow.txt"), ValidateCommandTest.WITH_CUSTOMER);

        Poe.Result r = Poe.run("bench", "--rounds", "0", sow.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--rounds must be at least 1");
    }

    @Test
    void medianOfAnEvenNumberOfRoundsIsTheMeanOfTheMiddleTwo() {
        var rounds = java.util.List.of(
                new BenchCommand.Round(1, 4, 0, 0, 0, 0), new BenchCommand.Round(1, 1, 0, 0, 0, 0),
                new BenchCommand.Round(1, 3, 0, 0, 0, 0), new BenchCommand.Round(1, 2, 0, 0, 0, 0));

        assertThat(BenchCommand.median(rounds, BenchCommand.Round::wall)).isEqualTo(2.5);
    }
}
