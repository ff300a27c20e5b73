package io.poerules.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.Ocr;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples' engagement folders with {@link PoeSpark#validateEngagements}: one engagement row per folder and
 * one row per document, each equal to what {@code poe validate --format json} reports for the same folders.
 */
class EngagementRowsMatchCliTest {

    @TempDir
    static Path temp;

    private static List<Row> rows;
    private static CliReference cli;

    @BeforeAll
    static void validateBothWays() throws IOException {
        PoeSparkOptions options = PoeSparkOptions.builder().ocr(Ocr.off()).asOf(LocalDate.parse("2026-11-30")).build();
        rows = PoeSpark.validateEngagements(TestSpark.session(), options, TestSpark.sampleEngagements().toString())
                .collectAsList();
        cli = CliReference.run(temp.resolve("report.json"), List.of("--ocr", "off", "--as-of", "2026-11-30"),
                TestSpark.sampleEngagements());
    }

    @Test
    void everyEngagementHasOneRowEqualToTheCliReport() {
        List<Row> engagements = rows.stream()
                .filter(r -> PoeSparkSchema.ENGAGEMENT.equals(r.getAs(PoeSparkSchema.KIND))).toList();
        assertThat(engagements.stream().map(r -> Comparable.localPath(r.<String>getAs(PoeSparkSchema.SOURCE))))
                .containsExactlyInAnyOrderElementsOf(cli.engagements().keySet());
        for (Row row : engagements) {
            String folder = Comparable.localPath(row.getAs(PoeSparkSchema.SOURCE));
            assertThat(Comparable.of(row)).as(folder).isEqualTo(Comparable.ofEngagement(cli.engagements().get(folder)));
            assertThat(row.<String>getAs(PoeSparkSchema.CLAIM)).contains("\"claimDate\"");
            assertThat(row.<String>getAs(PoeSparkSchema.PROGRAM)).isNotNull();
        }
    }

    @Test
    void everyDocumentHasOneRowInItsEngagementEqualToTheCliReport() {
        List<Row> documents = rows.stream()
                .filter(r -> PoeSparkSchema.DOCUMENT.equals(r.getAs(PoeSparkSchema.KIND))).toList();
        assertThat(documents.stream().map(r -> Comparable.localPath(r.<String>getAs(PoeSparkSchema.SOURCE))))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(cli.documents().keySet());
        for (Row row : documents) {
            String source = Comparable.localPath(row.getAs(PoeSparkSchema.SOURCE));
            assertThat(Comparable.localPath(row.getAs(PoeSparkSchema.ENGAGEMENT_COLUMN)))
                    .isEqualTo(Path.of(source).getParent().toString());
            assertThat(Comparable.of(row)).as(source).isEqualTo(Comparable.of(cli.documents().get(source)));
        }
    }
}
