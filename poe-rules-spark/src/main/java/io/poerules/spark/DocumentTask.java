package io.poerules.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Validates a partition of listed files (their URIs), each alone, with this executor's
 * validator: one row per file, in the partition's order.
 */
final class DocumentTask implements MapPartitionsFunction<String, Row> {

    private static final long serialVersionUID = 1L;

    private final ValidatorSettings settings;
    private final HadoopFiles files;

    DocumentTask(ValidatorSettings settings, HadoopFiles files) {
        this.settings = settings;
        this.files = files;
    }

    @Override
    public Iterator<Row> call(Iterator<String> listed) {
        DocumentJudge judge = new DocumentJudge(ExecutorValidators.get(settings), files, settings.maxInputBytes());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return listed.hasNext();
            }

            @Override
            public Row next() {
                return ReportRows.document(judge.document(listed.next()), null);
            }
        };
    }
}
