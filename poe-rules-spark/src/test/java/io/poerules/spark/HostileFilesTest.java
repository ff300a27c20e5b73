package io.poerules.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poerules.api.Limits;
import io.poerules.api.Ocr;
import io.poerules.api.RuleBuildException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that cannot be judged give ERROR rows and the job completes, no task failing; a bad claim is an ERROR engagement; bad
 * rules fail on the driver; the same input gives the same rows twice.
 */
class HostileFilesTest {

    private static final PoeSparkOptions SMALL_FILES = PoeSparkOptions.builder().ocr(Ocr.off())
            .asOf(LocalDate.parse("2026-11-30")).limits(Limits.DEFAULTS.withMaxInputBytes(100_000)).build();

    @TempDir
    Path temp;

    @Test
    void emptyBadHugeAndVanishedFilesAreErrorRowsAndTheJobCompletes() throws IOException {
        Files.write(temp.resolve("empty.pdf"), new byte[0]);
        byte[] noise = new byte[20_000];
        new Random(16).nextBytes(noise);
        Files.write(temp.resolve("noise.pdf"), noise);
        Files.write(temp.resolve("huge.txt"), "Statement of Work ".repeat(10_000).getBytes(StandardCharsets.UTF_8));
        Files.writeString(temp.resolve("truncated.docx"), "PK\u0003\u0004 not really a zip");
        Files.writeString(temp.resolve("vanishes.txt"), "Statement of Work between Contoso and Fabrikam");
        Files.copy(TestSpark.sampleDocuments().resolve("sow-password-protected.pdf"), temp.resolve("encrypted.pdf"));

        List<String> failedBefore = TestSpark.failedTaskAttempts();
        Dataset<Row> rows = PoeSpark.validate(TestSpark.session(), SMALL_FILES, temp.toString());
        Files.delete(temp.resolve("vanishes.txt"));
        Map<String, Row> byName = byName(rows.collectAsList());

        assertThat(TestSpark.failedTaskAttempts()).isEqualTo(failedBefore);
        assertThat(byName).hasSize(6);
        assertThat(byName.values()).allSatisfy(r -> assertThat(r.<String>getAs(PoeSparkSchema.VERDICT)).isEqualTo("ERROR"));
        assertThat(errorCode(byName.get("empty.pdf"))).isEqualTo("EMPTY");
        assertThat(errorCode(byName.get("huge.txt"))).isEqualTo("TOO_LARGE");
        assertThat(errorMessage(byName.get("huge.txt"))).contains("180,000 bytes", "100,000");
        assertThat(errorCode(byName.get("vanishes.txt"))).isEqualTo("IO_ERROR");
        assertThat(errorMessage(byName.get("vanishes.txt"))).endsWith("vanishes.txt: it does not exist");
        assertThat(errorCode(byName.get("encrypted.pdf"))).isEqualTo("ENCRYPTED");
        assertThat(errorCode(byName.get("noise.pdf"))).isIn("CORRUPT", "MISLABELLED", "UNSUPPORTED_TYPE");
    }

    @Test
    void anInvalidClaimIsAnErrorEngagementAndItsDocumentsAreJudgedAlone() throws IOException {
        Path engagement = Files.createDirectories(temp.resolve("bad-claim"));
        Files.writeString(engagement.resolve("claim.json"), "{\"partnerName\": \"Fabrikam\", \"colour\": \"blue\"}");
        Files.copy(TestSpark.sampleDocuments().resolve("sow-azure-site-recovery-signed.txt"), engagement.resolve("sow.txt"));

        List<Row> rows = PoeSpark.validateEngagements(TestSpark.session(), SMALL_FILES, temp.toString()).collectAsList();

        assertThat(rows).hasSize(2);
        Row engagementRow = rows.stream().filter(r -> PoeSparkSchema.ENGAGEMENT.equals(r.getAs(PoeSparkSchema.KIND)))
                .findFirst().orElseThrow();
        assertThat(engagementRow.<String>getAs(PoeSparkSchema.VERDICT)).isEqualTo("ERROR");
        assertThat(errorCode(engagementRow)).isEqualTo(PoeSparkSchema.INVALID_CLAIM);
        assertThat(errorMessage(engagementRow)).contains("unknown key 'colour'");
        assertThat(engagementRow.<String>getAs(PoeSparkSchema.SOURCE)).endsWith("/bad-claim");
        Row document = rows.stream().filter(r -> PoeSparkSchema.DOCUMENT.equals(r.getAs(PoeSparkSchema.KIND)))
                .findFirst().orElseThrow();
        assertThat(document.<String>getAs(PoeSparkSchema.SOURCE)).endsWith("/bad-claim/sow.txt");
        assertThat(document.<String>getAs(PoeSparkSchema.VERDICT)).isNotEqualTo("ERROR");
    }

    @Test
    void rulesThatDoNotBuildFailOnTheDriverWithTheirProblems() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package io.poerules.rules;\nrule \"no end\"\nwhen\nthen\n");

        assertThatThrownBy(() -> PoeSpark.validate(TestSpark.session(),
                PoeSparkOptions.builder().ocr(Ocr.off()).rulesDirectory(rules.toString()).build(),
                TestSpark.sampleDocuments().toString()))
                .isInstanceOf(RuleBuildException.class)
                .hasMessageContaining("broken.drl");
    }

    @Test
    void theSameInputGivesTheSameRowsTwice() {
        Dataset<Row> rows = PoeSpark.validateEngagements(TestSpark.session(), SMALL_FILES,
                TestSpark.sampleDocuments().toString(), TestSpark.sampleEngagements().toString());
        List<Row> first = sorted(rows.collectAsList());
        List<Row> second = sorted(rows.collectAsList());
        assertThat(second).isEqualTo(first);
    }

    private static List<Row> sorted(List<Row> rows) {
        return rows.stream().sorted(Comparator.comparing((Row r) -> r.<String>getAs(PoeSparkSchema.KIND))
                .thenComparing(r -> r.<String>getAs(PoeSparkSchema.SOURCE))).toList();
    }

    private static Map<String, Row> byName(List<Row> rows) {
        return rows.stream().collect(Collectors.toMap(
                r -> Path.of(r.<String>getAs(PoeSparkSchema.SOURCE)).getFileName().toString(), Function.identity()));
    }

    private static String errorCode(Row row) {
        return row.<Row>getList(row.fieldIndex(PoeSparkSchema.ERRORS)).get(0).getAs("code");
    }

    private static String errorMessage(Row row) {
        return row.<Row>getList(row.fieldIndex(PoeSparkSchema.ERRORS)).get(0).getAs("message");
    }
}
