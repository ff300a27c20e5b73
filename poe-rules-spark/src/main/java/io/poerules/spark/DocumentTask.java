package io.poerules.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Validates a partition of listed files (their URIs), each alone, with this executor's validator: batch
 * after batch of files, each batch in cohorts on the validator's threads; one row per file, in the
 * partition's order. Only one batch's rows are held at a time.
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
            private final Deque<Row> ready = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                return !ready.isEmpty() || listed.hasNext();
            }

            @Override
            public Row next() {
                if (ready.isEmpty()) {
                    List<String> batch = new ArrayList<>();
                    while (batch.size() < judge.batchSize() && listed.hasNext()) {
                        batch.add(listed.next());
                    }
                    judge.documents(batch).forEach(document -> ready.add(ReportRows.document(document, null)));
                }
                if (ready.isEmpty()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }
}
