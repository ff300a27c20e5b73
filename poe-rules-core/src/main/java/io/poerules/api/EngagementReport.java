package io.poerules.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The report for one engagement: the documents of one claim judged together against the claim. Each
 * requirement may be met by any of the documents; every finding's evidence names the document it
 * comes from ({@link io.poerules.fact.Evidence#source()}).
 *
 * <p>In JSON an engagement lists its documents by source; their own entries (each document judged
 * alone, with the claim as context) are in the report's {@code documents}.
 *
 * @param claim           the claim the documents were judged against
 * @param verdict         the engagement's verdict
 * @param findings        one or more findings per requirement, in requirement order
 * @param documents       the sources of the engagement's documents, in input order
 * @param errors          the documents, or parts of them, that could not be read, each naming its
 *                        {@link ReportError#source()}; a document that could not be read makes the
 *                        engagement at best {@link Verdict#REVIEW}
 * @param documentReports each document judged alone, in the order of {@code documents}; not written to
 *                        JSON here
 * @since 0.1.0
 */
@JsonPropertyOrder({"claim", "verdict", "findings", "documents", "errors"})
public record EngagementReport(Claim claim, Verdict verdict, List<Finding> findings, List<String> documents,
                               List<ReportError> errors, @JsonIgnore List<DocumentReport> documentReports) {
    public EngagementReport {
        findings = List.copyOf(findings);
        documents = List.copyOf(documents);
        errors = List.copyOf(errors);
        documentReports = List.copyOf(documentReports);
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
