package io.poerules.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.poerules.api.Claim;
import io.poerules.api.DocumentReport;
import io.poerules.api.EngagementReport;
import io.poerules.api.Finding;
import io.poerules.api.ReportError;
import io.poerules.fact.Evidence;
import io.poerules.report.ReportJson;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Turns report entries into rows of {@link PoeSparkSchema#schema()}, field for field. */
final class ReportRows {

    private static final ObjectWriter CLAIM_JSON = ReportJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private ReportRows() {
    }

    /**
     * A document's row.
     *
     * @param engagement the engagement folder it was judged in, or {@code null}
     */
    static Row document(DocumentReport report, String engagement) {
        return RowFactory.create(PoeSparkSchema.DOCUMENT, report.source(), engagement, report.contentType(),
                name(report.documentType()), name(report.program()), report.verdict().name(),
                findings(report.findings()), errors(report.errors()), null, null);
    }

    /** An engagement's row; {@code folder} is its source. */
    static Row engagement(EngagementReport report, String folder) {
        return RowFactory.create(PoeSparkSchema.ENGAGEMENT, folder, folder, null, null,
                name(report.claim().program()), report.verdict().name(), findings(report.findings()),
                errors(report.errors()), report.documents().toArray(String[]::new), claimJson(report.claim()));
    }

    /**
     * The row of an engagement that could not be judged (its claim could not be read): ERROR, with the reason.
     *
     * @param code   the error's code ({@link PoeSparkSchema#INVALID_CLAIM}, or an {@link io.poerules.api.ErrorCode})
     * @param source the file concerned
     */
    static Row failedEngagement(String folder, String code, String message, String source, List<String> documents) {
        Row error = RowFactory.create(code, message, source, null);
        return RowFactory.create(PoeSparkSchema.ENGAGEMENT, folder, folder, null, null, null, "ERROR",
                new Row[0], new Row[] {error}, documents.toArray(String[]::new), null);
    }

    private static Row[] findings(List<Finding> findings) {
        return findings.stream().map(f -> RowFactory.create(name(f.requirement()), f.ruleId(), f.outcome().name(),
                f.reason(), evidence(f.evidence()))).toArray(Row[]::new);
    }

    private static Row[] evidence(List<Evidence> evidence) {
        return evidence.stream().map(e -> RowFactory.create(e.text(), e.page(), e.start(), e.end(), e.source(),
                e.part(), e.ocr())).toArray(Row[]::new);
    }

    private static Row[] errors(List<ReportError> errors) {
        return errors.stream().map(e -> RowFactory.create(e.code().name(), e.message(), e.source(), e.part()))
                .toArray(Row[]::new);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String claimJson(Claim claim) {
        try {
            return CLAIM_JSON.writeValueAsString(claim);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A claim that cannot be written as JSON: " + claim, e);
        }
    }
}
