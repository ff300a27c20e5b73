package io.poerules.authoring;

import io.poerules.api.DocumentType;
import io.poerules.api.Requirement;
import io.poerules.rules.RuleMetadata;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule catalog: every rule of a rule set with its id, requirement, severity, description, and the
 * document types and program it applies to, generated from the rules' metadata ({@code @id},
 * {@code @requirement}, {@code @severity}, {@code @description}, {@code @documentTypes},
 * {@code @program}). Verdict rules are grouped by requirement, in requirement order; derivation rules
 * and thresholds (rules without a requirement) come last.
 *
 * @since 0.1.0
 */
public final class RuleCatalog {

    private static final Comparator<RuleMetadata> ORDER = Comparator
            .comparing(RuleMetadata::requirement, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RuleMetadata::id);

    private RuleCatalog() {
    }

    /** The catalog as Markdown. */
    public static String markdown(String ruleSetName, List<RuleMetadata> rules) {
        StringBuilder out = new StringBuilder();
        out.append("# Rule catalog: ").append(md(ruleSetName)).append("\n\n");
        out.append("Generated from the rules' metadata by `poe rules catalog`; do not edit by hand. ")
                .append(rules.size()).append(" rules.\n");
        Requirement current = null;
        boolean derivations = false;
        for (RuleMetadata rule : rules.stream().sorted(ORDER).toList()) {
            if (rule.requirement() != null && rule.requirement() != current || rule.requirement() == null && !derivations) {
                current = rule.requirement();
                derivations = current == null;
                out.append("\n## ").append(current == null ? "Derivations and thresholds"
                        : "`" + current + "`").append("\n\n");
                out.append(current == null ? "Rules that derive facts other rules use (which requirements apply, "
                        + "thresholds); they make no finding." : md(current.description())).append("\n\n");
                out.append("| Rule | Severity | Applies to | Description |\n|---|---|---|---|\n");
            }
            out.append("| `").append(md(rule.id())).append("` | ")
                    .append(rule.requirement() == null ? "" : rule.severity().toString()).append(" | ")
                    .append(md(appliesTo(rule))).append(" | ").append(md(nonNull(rule.description()))).append(" |\n");
        }
        return out.toString();
    }

    /** The catalog as a self-contained HTML page (every text escaped). */
    public static String html(String ruleSetName, List<RuleMetadata> rules) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Rule catalog: ")
                .append(html(ruleSetName)).append("</title>\n<style>body{font-family:sans-serif;margin:2em}"
                        + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 8px;"
                        + "text-align:left;vertical-align:top}code{font-size:90%}</style>\n</head>\n<body>\n")
                .append("<h1>Rule catalog: ").append(html(ruleSetName)).append("</h1>\n<p>")
                .append(rules.size()).append(" rules.</p>\n");
        out.append("<table>\n<thead><tr><th>Rule</th><th>Requirement</th><th>Severity</th><th>Applies to</th>"
                + "<th>Description</th></tr></thead>\n<tbody>\n");
        for (RuleMetadata rule : rules.stream().sorted(ORDER).toList()) {
            out.append("<tr><td><code>").append(html(rule.id())).append("</code></td><td>")
                    .append(rule.requirement() == null ? "(derivation)" : html(rule.requirement().toString()))
                    .append("</td><td>").append(rule.requirement() == null ? "" : rule.severity())
                    .append("</td><td>").append(html(appliesTo(rule))).append("</td><td>")
                    .append(html(nonNull(rule.description()))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</body>\n</html>\n");
        return out.toString();
    }

    /** "every document type", or the types; then the program when the rule names one. */
    static String appliesTo(RuleMetadata rule) {
        String types = rule.documentTypes().isEmpty() ? "every document type"
                : rule.documentTypes().stream().map(DocumentType::toString).collect(Collectors.joining(", "));
        return types + (rule.program() == null ? "" : "; " + rule.program() + " only");
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String md(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;");
    }

    private static String html(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
