package io.poerules.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;

/**
 * A report entry (a row, or an entry of the JSON report) reduced to what must be equal between them:
 * content type, document type, program, verdict, findings with their evidence, and error codes. Sources are
 * compared as local paths: a row's {@code file:/x} is the JSON report's {@code /x}.
 */
final class Comparable {

    private Comparable() {
    }

    static String localPath(String source) {
        return source != null && source.startsWith("file:") ? source.substring("file:".length()) : source;
    }

    /** The rows by kind and source ("DOCUMENT file:/x"), each reduced by {@link #of(Row)}. */
    static Map<String, Map<String, Object>> bySource(List<Row> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.getAs(PoeSparkSchema.KIND) + " " + r.getAs(PoeSparkSchema.SOURCE),
                Comparable::of));
    }

    static Map<String, Object> of(JsonNode entry) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("contentType", text(entry, "contentType"));
        out.put("documentType", text(entry, "documentType"));
        out.put("program", text(entry, "program"));
        out.put("verdict", text(entry, "verdict"));
        List<Object> findings = new ArrayList<>();
        for (JsonNode f : entry.path("findings")) {
            List<Object> evidence = new ArrayList<>();
            for (JsonNode e : f.path("evidence")) {
                evidence.add(evidence(text(e, "text"), e.hasNonNull("page") ? e.path("page").asInt() : null,
                        e.path("start").asInt(), e.path("end").asInt(), text(e, "source"), text(e, "part"),
                        e.path("ocr").asBoolean(false)));
            }
            findings.add(finding(text(f, "requirement"), text(f, "ruleId"), text(f, "outcome"), text(f, "reason"), evidence));
        }
        out.put("findings", findings);
        List<Object> errors = new ArrayList<>();
        entry.path("errors").forEach(e -> errors.add(text(e, "code")));
        out.put("errors", errors);
        return out;
    }

    static Map<String, Object> of(Row row) {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean engagement = PoeSparkSchema.ENGAGEMENT.equals(row.getAs(PoeSparkSchema.KIND));
        out.put("contentType", engagement ? null : row.getAs(PoeSparkSchema.CONTENT_TYPE));
        out.put("documentType", engagement ? null : row.getAs(PoeSparkSchema.DOCUMENT_TYPE));
        out.put("program", engagement ? null : row.getAs(PoeSparkSchema.PROGRAM));
        out.put("verdict", row.getAs(PoeSparkSchema.VERDICT));
        List<Object> findings = new ArrayList<>();
        for (Row f : row.<Row>getList(row.fieldIndex(PoeSparkSchema.FINDINGS))) {
            List<Object> evidence = new ArrayList<>();
            for (Row e : f.<Row>getList(f.fieldIndex("evidence"))) {
                evidence.add(evidence(e.getAs("text"), e.getAs("page"), e.<Integer>getAs("start"), e.<Integer>getAs("end"),
                        localPath(e.getAs("source")), e.getAs("part"), e.<Boolean>getAs("ocr")));
            }
            findings.add(finding(f.getAs("requirement"), f.getAs("ruleId"), f.getAs("outcome"), f.getAs("reason"), evidence));
        }
        out.put("findings", findings);
        List<Object> errors = new ArrayList<>();
        row.<Row>getList(row.fieldIndex(PoeSparkSchema.ERRORS)).forEach(e -> errors.add(e.getAs("code")));
        out.put("errors", errors);
        return out;
    }

    /** An engagement of the JSON report, without the document fields it does not have. */
    static Map<String, Object> ofEngagement(JsonNode entry) {
        Map<String, Object> out = of(entry);
        out.put("contentType", null);
        out.put("documentType", null);
        out.put("program", null);
        return out;
    }

    private static Map<String, Object> finding(String requirement, String ruleId, String outcome, String reason,
                                               List<Object> evidence) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("requirement", requirement);
        out.put("ruleId", ruleId);
        out.put("outcome", outcome);
        out.put("reason", reason);
        out.put("evidence", evidence);
        return out;
    }

    private static Map<String, Object> evidence(String text, Integer page, int start, int end, String source, String part,
                                                boolean ocr) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", text);
        out.put("page", page);
        out.put("start", start);
        out.put("end", end);
        out.put("source", source);
        out.put("part", part);
        out.put("ocr", ocr);
        return out;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.path(field).asText() : null;
    }
}
