package io.poerules.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.Ocr;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** A task that Spark runs again, after its first attempt failed, gives the rows it would have given at once. */
class TaskRetryTest {

    private static final PoeSparkOptions OPTIONS = PoeSparkOptions.builder().ocr(Ocr.off())
            .asOf(LocalDate.parse("2026-11-30")).build();

    @Test
    void aRetriedTaskGivesTheSameRows() {
        Dataset<Row> rows = PoeSpark.validate(TestSpark.session(), OPTIONS, TestSpark.sampleDocuments().toString());
        List<Row> once = sorted(rows.collectAsList());
        List<String> failedBefore = TestSpark.failedTaskAttempts();

        List<Row> retried = sorted(rows.mapPartitions(new FirstAttemptFails(), rows.encoder()).collectAsList());

        List<String> failed = new ArrayList<>(TestSpark.failedTaskAttempts());
        failed.removeAll(failedBefore);
        assertThat(failed).singleElement().asString().contains("partition 0, attempt 0", FirstAttemptFails.MESSAGE);
        assertThat(retried).hasSize(once.size()).isEqualTo(once);
    }

    /**
     * Passes the validated rows on; the first attempt of the first partition reads all of them, then fails, as
     * an executor lost at the end of its task would. Spark then runs the whole task again, the validation of the
     * partition's files included (it runs in the same stage).
     */
    private static final class FirstAttemptFails implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        static final String MESSAGE = "the first attempt fails after its rows were computed";

        @Override
        public java.util.Iterator<Row> call(java.util.Iterator<Row> validated) {
            TaskContext task = TaskContext.get();
            List<Row> all = new ArrayList<>();
            validated.forEachRemaining(all::add);
            if (task.partitionId() == 0 && task.attemptNumber() == 0) {
                throw new IllegalStateException(MESSAGE + " (" + all.size() + " rows)");
            }
            return all.iterator();
        }
    }

    private static List<Row> sorted(List<Row> rows) {
        return rows.stream().sorted(Comparator.comparing((Row r) -> r.<String>getAs(PoeSparkSchema.SOURCE))).toList();
    }
}
