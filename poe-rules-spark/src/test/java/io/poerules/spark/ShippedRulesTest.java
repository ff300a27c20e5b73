package io.poerules.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.Ocr;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst's rules folder, given as a path on the driver, is read there, shipped with the job and laid over
 * the default rules on the executors: the rows equal {@code poe validate --rules} for the same folder.
 */
class ShippedRulesTest {

    private static final String ANALYST_RULE = "ANALYST-PO-SOW-REFERENCE";

    @TempDir
    Path temp;

    @Test
    void theRowsEqualPoeValidateWithTheSameRules() throws Exception {
        Path rules = Path.of(ShippedRulesTest.class.getResource("/analyst-rules").toURI());
        PoeSparkOptions options = PoeSparkOptions.builder().ocr(Ocr.off()).asOf(LocalDate.parse("2026-11-30"))
                .rulesDirectory(rules.toString()).build();

        List<Row> rows = PoeSpark.validate(TestSpark.session(), options, TestSpark.sampleDocuments().toString())
                .collectAsList();
        CliReference cli = CliReference.run(temp.resolve("report.json"),
                List.of("--ocr", "off", "--as-of", "2026-11-30", "--rules", rules.toString()), TestSpark.sampleDocuments());

        assertThat(cli.documents().values().stream().flatMap(d -> d.path("findings").findValuesAsText("ruleId").stream()))
                .as("the analyst's rule decides something in the samples").contains(ANALYST_RULE);
        assertThat(rows).hasSize(cli.documents().size());
        for (Row row : rows) {
            String source = Comparable.localPath(row.getAs(PoeSparkSchema.SOURCE));
            assertThat(Comparable.of(row)).as(source).isEqualTo(Comparable.of(cli.documents().get(source)));
        }
    }
}
