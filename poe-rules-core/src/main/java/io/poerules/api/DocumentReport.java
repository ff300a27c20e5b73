package io.poerules.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The report entry for one document.
 *
 * @param source       the path or name the document was read from
 * @param contentType  the detected media type, or {@code null} when detection did not happen
 * @param documentType the kind of document
 * @param program      the incentive program it is about
 * @param verdict      the overall verdict
 * @param findings     one or more findings per requirement, in requirement order
 * @param facts        the facts mapped from the document, grouped by fact type
 * @param errors       what could not be processed
 * @param text         the extracted text, for reports that show it ({@link PoeValidator.Builder#retainText(boolean)});
 *                     {@code null} by default, and never written to JSON
 * @since 0.1.0
 */
@JsonPropertyOrder({"source", "contentType", "documentType", "program", "verdict", "findings", "facts", "errors"})
public record DocumentReport(String source, String contentType, DocumentType documentType, Program program,
                             Verdict verdict, List<Finding> findings, Map<String, List<Object>> facts,
                             List<ReportError> errors, @JsonIgnore DocumentText text) {
    public DocumentReport {
        findings = List.copyOf(findings);
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
        errors = List.copyOf(errors);
    }

    /** An entry without the document's text. */
    public DocumentReport(String source, String contentType, DocumentType documentType, Program program,
                          Verdict verdict, List<Finding> findings, Map<String, List<Object>> facts,
                          List<ReportError> errors) {
        this(source, contentType, documentType, program, verdict, findings, facts, errors, null);
    }

    /** This entry without the document's text. */
    public DocumentReport withoutText() {
        return text == null ? this : new DocumentReport(source, contentType, documentType, program, verdict, findings,
                facts, errors, null);
    }

    /** The findings with the given outcome. */
    public List<Finding> findings(Outcome outcome) {
        return findings.stream().filter(f -> f.outcome() == outcome).toList();
    }

    /** The findings of one requirement. */
    public List<Finding> findings(Requirement requirement) {
        return findings.stream().filter(f -> f.requirement() == requirement).toList();
    }

    /**
     * The combined outcome of one requirement: the worst of its findings (FAIL over WARN over PASS),
     * or {@code null} when no rule decided it.
     */
    public Outcome outcome(Requirement requirement) {
        return findings(requirement).stream().map(Finding::outcome).reduce(Outcome::worst).orElse(null);
    }
}
