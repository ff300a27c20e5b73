package io.poerules.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The root of a report: which tool and rule set produced it, one entry per engagement (the documents
 * of one claim judged together) and one entry per document.
 *
 * @param schemaVersion the version of this report's JSON schema: {@value #SCHEMA_VERSION}. 1.1 added
 *                      {@code engagements}, {@code Evidence.source}, {@code ReportError.source} and the
 *                      {@code CLAIM_MATCH} requirement
 * @param tool          the tool's name and version
 * @param ruleSet       the rule set used
 * @param engagements   one entry per engagement, in input order; empty when no claim was given
 * @param documents     one entry per document, those of the engagements included, in input order
 * @since 0.1.0
 */
@JsonPropertyOrder({"schemaVersion", "tool", "ruleSet", "engagements", "documents"})
public record ValidationReport(String schemaVersion, Tool tool, RuleSetInfo ruleSet, List<EngagementReport> engagements,
                               List<DocumentReport> documents) {

    /** The schema version written by this release. */
    public static final String SCHEMA_VERSION = "1.1";

    public ValidationReport {
        engagements = List.copyOf(engagements);
        documents = List.copyOf(documents);
    }

    /** A report of documents only, without engagements. */
    public ValidationReport(String schemaVersion, Tool tool, RuleSetInfo ruleSet, List<DocumentReport> documents) {
        this(schemaVersion, tool, ruleSet, List.of(), documents);
    }

    /** The tool that wrote a report. @param name the tool's name @param version its version */
    public record Tool(String name, String version) {
    }
}
