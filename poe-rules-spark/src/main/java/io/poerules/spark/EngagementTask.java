package io.poerules.spark;

import io.poerules.api.Claim;
import io.poerules.api.DocumentReport;
import io.poerules.api.EngagementReport;
import io.poerules.api.ErrorCode;
import io.poerules.api.InvalidClaimException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * Validates one engagement: the listed files (a row of the folder's URI and its files' URIs) of a folder
 * holding a {@code claim.json},
 * judged together against the claim, in the order of their paths. Gives the engagement's row and one row per
 * document. A claim that cannot be read or is not valid gives an ERROR engagement row and the documents judged
 * alone.
 */
final class EngagementTask implements FlatMapFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final ValidatorSettings settings;
    private final HadoopFiles files;

    EngagementTask(ValidatorSettings settings, HadoopFiles files) {
        this.settings = settings;
        this.files = files;
    }

    @Override
    public Iterator<Row> call(Row listed) {
        String folderUri = listed.getString(0);
        List<String> uris = new ArrayList<>(listed.<String>getList(1));
        uris.sort(null);
        String folder = DocumentJudge.source(folderUri);
        List<String> sources = uris.stream().map(DocumentJudge::source).toList();
        DocumentJudge judge = new DocumentJudge(ExecutorValidators.get(settings), files, settings.maxInputBytes());
        String claimUri = folderUri + "/" + Claim.FILE_NAME;
        String claimFile = DocumentJudge.source(claimUri);
        List<Row> rows = new ArrayList<>();
        Claim claim;
        try {
            claim = readClaim(claimUri, claimFile);
        } catch (InvalidClaimException | IOException e) {
            String message = e instanceof IOException ? "Cannot read " + claimFile + ": " + e.getMessage() : e.getMessage();
            rows.add(ReportRows.failedEngagement(folder, PoeSparkSchema.INVALID_CLAIM, message, claimFile, sources));
            return alone(judge, folder, uris, rows);
        }
        EngagementReport engagement;
        try {
            engagement = judge.engagement(claim, uris);
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            rows.add(ReportRows.failedEngagement(folder, ErrorCode.INTERNAL.name(),
                    DocumentJudge.failure(folder, e).message(), null, sources));
            return alone(judge, folder, uris, rows);
        }
        rows.add(ReportRows.engagement(engagement, folder));
        for (DocumentReport document : engagement.documentReports()) {
            rows.add(ReportRows.document(document, folder));
        }
        return rows.iterator();
    }

    /** Adds each document judged alone to the rows. */
    private static Iterator<Row> alone(DocumentJudge judge, String folder, List<String> uris, List<Row> rows) {
        judge.documents(uris).forEach(document -> rows.add(ReportRows.document(document, folder)));
        return rows.iterator();
    }

    private Claim readClaim(String claimUri, String claimFile) throws IOException {
        try (InputStream in = files.open(claimUri)) {
            return Claim.parse(new String(in.readNBytes(1024 * 1024), StandardCharsets.UTF_8), claimFile);
        }
    }
}
