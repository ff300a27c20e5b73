package io.poerules.spark;

import io.poerules.api.Claim;
import io.poerules.api.DocumentReport;
import io.poerules.api.DocumentSource;
import io.poerules.api.DocumentType;
import io.poerules.api.EngagementReport;
import io.poerules.api.ErrorCode;
import io.poerules.api.PoeValidator;
import io.poerules.api.Program;
import io.poerules.api.ReportError;
import io.poerules.api.Verdict;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges listed files on an executor, never throwing for a file: a file over the byte limit is refused
 * before it is opened, and whatever else goes wrong with one file (an I/O error, a parser's exception, a
 * {@link LinkageError}) is an ERROR entry for it. An {@link OutOfMemoryError} raised on the task's own thread
 * (while it asks the file system for the files' lengths) is not caught: the executor's heap is then in doubt,
 * and Spark runs the task again elsewhere (one raised while a document is validated is already an ERROR entry
 * of the validator, TOO_LARGE).
 */
final class DocumentJudge {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentJudge.class);

    private final PoeValidator validator;
    private final HadoopFiles files;
    private final long maxBytes;

    DocumentJudge(PoeValidator validator, HadoopFiles files, long maxBytes) {
        this.validator = validator;
        this.files = files;
        this.maxBytes = maxBytes;
    }

    /**
     * How many documents {@link #documents} should be given at once: as many as the validator keeps in progress,
     * so that its threads are never short of work within a batch.
     */
    int batchSize() {
        return validator.inFlight();
    }

    /**
     * Documents judged alone, in cohorts on the validator's threads, one entry per file in the order given; each
     * entry's source is the file's path.
     */
    List<DocumentReport> documents(List<String> uris) {
        DocumentReport[] entries = new DocumentReport[uris.size()];
        List<DocumentSource> sources = new ArrayList<>(uris.size());
        List<Integer> positions = new ArrayList<>(uris.size());
        for (int i = 0; i < uris.size(); i++) {
            String uri = uris.get(i);
            String path = source(uri);
            try {
                long length = files.length(uri);
                if (length > maxBytes) {
                    entries[i] = error(path, tooLarge(length));
                    continue;
                }
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (Throwable e) {
                entries[i] = error(path, failure(path, e));
                continue;
            }
            sources.add(new DocumentSource(path, () -> files.open(uri)));
            positions.add(i);
        }
        Iterator<Integer> position = positions.iterator();
        validator.validateEachSource(sources, entry -> entries[position.next()] = entry);
        return Arrays.asList(entries);
    }

    /** What a listed file is called in its row: its Hadoop path, {@code file:/claims/sow.pdf}. */
    static String source(String uri) {
        return HadoopFiles.path(uri).toString();
    }

    /**
     * One engagement's documents judged together against its claim. A document over the byte limit is read
     * only up to the limit, and is then TOO_LARGE.
     */
    EngagementReport engagement(Claim claim, List<String> uris) {
        Map<String, InputStream> streams = new LinkedHashMap<>();
        uris.forEach(uri -> streams.put(source(uri), files.openLazily(uri)));
        try {
            return validator.validateEngagement(claim, streams);
        } finally {
            streams.values().forEach(DocumentJudge::closeQuietly);
        }
    }

    static DocumentReport error(String path, ReportError error) {
        return new DocumentReport(path, null, DocumentType.UNKNOWN, Program.UNKNOWN, Verdict.ERROR, List.of(), Map.of(),
                List.of(error));
    }

    private ReportError tooLarge(long length) {
        return new ReportError(ErrorCode.TOO_LARGE, String.format(Locale.ROOT,
                "The input has %,d bytes, more than the limit of %,d; split it, or raise the limit", length, maxBytes));
    }

    static ReportError failure(String path, Throwable e) {
        if (e instanceof java.io.FileNotFoundException) {
            return new ReportError(ErrorCode.IO_ERROR, "Cannot read " + path + ": it does not exist");
        }
        if (e instanceof java.io.IOException) {
            return new ReportError(ErrorCode.IO_ERROR, "Cannot read " + path + ": " + describe(e));
        }
        LOG.warn("Validating {} failed unexpectedly", path, e);
        return new ReportError(ErrorCode.INTERNAL, "Validation failed unexpectedly (" + describe(e) + ")");
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (Exception e) {
            LOG.debug("Closing a document's stream failed", e);
        }
    }
}
