package io.poerules.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The root of a report: which tool and rule set produced it, and one entry per document.
 *
 * @param schemaVersion the version of this report's JSON schema
 * @param tool          the tool's name and version
 * @param ruleSet       the rule set used
 * @param documents     one entry per input, in input order
 * @since 0.1.0
 */
@JsonPropertyOrder({"schemaVersion", "tool", "ruleSet", "documents"})
public record ValidationReport(String schemaVersion, Tool tool, RuleSetInfo ruleSet, List<DocumentReport> documents) {

    /** The schema version written by this release. */
    public static final String SCHEMA_VERSION = "1.0";

    public ValidationReport {
        documents = List.copyOf(documents);
    }

    /** The tool that wrote a report. @param name the tool's name @param version its version */
    public record Tool(String name, String version) {
    }
}
