package io.poerules.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.Ocr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples and the wild corpus on {@code local[2]}: one row per file, each equal to what
 * {@code poe validate --format json} reports for the same file with the same options.
 */
class DocumentRowsMatchCliTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-11-30");

    @TempDir
    static Path temp;

    private static List<Path> inputs;
    private static List<Row> rows;
    private static CliReference cli;

    @BeforeAll
    static void validateBothWays() throws IOException {
        inputs = new ArrayList<>(List.of(TestSpark.sampleDocuments()));
        if (TestSpark.wildCorpus() != null) {
            inputs.add(TestSpark.wildCorpus());
        }
        PoeSparkOptions options = PoeSparkOptions.builder().ocr(Ocr.off()).asOf(AS_OF).build();
        rows = PoeSpark.validate(TestSpark.session(), options,
                inputs.stream().map(Path::toString).toArray(String[]::new)).collectAsList();
        cli = CliReference.run(temp.resolve("report.json"), List.of("--ocr", "off", "--as-of", AS_OF.toString()),
                inputs.toArray(Path[]::new));
    }

    @Test
    void everyFileHasExactlyOneRow() throws IOException {
        List<String> sources = rows.stream().map(r -> Comparable.localPath(r.<String>getAs(PoeSparkSchema.SOURCE))).toList();
        assertThat(sources).doesNotHaveDuplicates();
        assertThat(Set.copyOf(sources)).isEqualTo(documentsUnder(inputs));
        assertThat(Set.copyOf(sources)).isEqualTo(cli.documents().keySet());
        assertThat(rows).allSatisfy(r -> assertThat(r.<String>getAs(PoeSparkSchema.KIND)).isEqualTo(PoeSparkSchema.DOCUMENT));
    }

    @Test
    void everyRowEqualsTheCliReport() {
        for (Row row : rows) {
            String source = Comparable.localPath(row.getAs(PoeSparkSchema.SOURCE));
            assertThat(Comparable.of(row)).as(source).isEqualTo(Comparable.of(cli.documents().get(source)));
        }
    }

    /** The files under the folders, as the CLI walks them: no hidden files, no expected.json. */
    static Set<String> documentsUnder(List<Path> folders) throws IOException {
        Set<String> files = new java.util.HashSet<>();
        for (Path folder : folders) {
            try (Stream<Path> walk = Files.walk(folder)) {
                files.addAll(walk.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .filter(f -> !Set.of("expected.json", "claim.json").contains(f.getFileName().toString()))
                        .map(Path::toString).collect(Collectors.toSet()));
            }
        }
        return files;
    }

}
