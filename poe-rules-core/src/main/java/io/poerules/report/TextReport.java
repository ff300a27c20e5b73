package io.poerules.report;

import io.poerules.api.Claim;
import io.poerules.api.DocumentReport;
import io.poerules.api.EngagementReport;
import io.poerules.api.Finding;
import io.poerules.api.ReportError;
import io.poerules.api.RuleSetInfo;
import io.poerules.api.ValidationReport;
import io.poerules.api.Verdict;
import io.poerules.fact.Evidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a report as plain-text tables, for terminals and logs. Engagements come first: per
 * engagement a header line with the claim and the verdict, its documents, one row per finding with
 * the first evidence snippet and the document it comes from, then the errors. Then per document a
 * header line with its source, document type, program and verdict, one row per finding (requirement,
 * outcome, rule, reason) with the first evidence snippet below it, then its errors. Summary lines end
 * the report.
 *
 * <pre>
 * engagement: Contoso Ltd, claimed by Fabrikam Consulting  [program: AZURE, claim date: 2026-11-30]  verdict: PASS
 *   documents: sow.pdf, approval.eml
 *   REQUIREMENT  OUTCOME  RULE           REASON
 *   PARTIES      PASS     PARTIES-NAMED  Partner Fabrikam Consulting and customer Contoso Ltd are named
 *                                        [sow.pdf] "Customer: Contoso Ltd" (page 1)
 *
 * sow.pdf  [type: STATEMENT_OF_WORK, program: AZURE]  verdict: FAIL
 *   REQUIREMENT  OUTCOME  RULE        REASON
 *   PARTIES      PASS     PARTIES-1   Partner and customer are named
 *                                     "Customer: Contoso Ltd" (page 1)
 *
 * 1 engagement: 1 PASS, 0 FAIL, 0 REVIEW, 0 ERROR
 * 1 document: 0 PASS, 1 FAIL, 0 REVIEW, 0 ERROR
 * </pre>
 *
 * <p>Document text is untrusted: every piece of it (and of file names) is printed through
 * {@link #escapeControls(String)}, so a document cannot move the cursor, recolour or clear a terminal.
 * Lines end with {@code \n}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class TextReport {

    /** Longest evidence snippet printed; longer ones are cut with an ellipsis. */
    static final int MAX_SNIPPET = 100;

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u0085\\u00A0\\u2028\\u2029]+");

    private TextReport() {
    }

    /** The report as text. */
    public static String toText(ValidationReport report) {
        StringBuilder out = new StringBuilder();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the report as text; the caller owns {@code out}. */
    public static void write(ValidationReport report, Appendable out) throws IOException {
        out.append(escapeControls(report.tool().name())).append(' ').append(escapeControls(report.tool().version()));
        RuleSetInfo rules = report.ruleSet();
        if (rules != null) {
            out.append(", rule set ").append(cell(rules.name())).append(' ').append(cell(rules.version()))
                    .append(" (").append(String.valueOf(rules.rules())).append(rules.rules() == 1 ? " rule)" : " rules)");
        }
        out.append("\n\n");
        for (EngagementReport engagement : report.engagements()) {
            writeEngagement(engagement, out);
            out.append('\n');
        }
        for (DocumentReport document : report.documents()) {
            writeDocument(document, out);
            out.append('\n');
        }
        if (!report.engagements().isEmpty()) {
            out.append(engagementSummary(report.engagements())).append('\n');
        }
        out.append(summary(report.documents())).append('\n');
    }

    /** One engagement's table, ending with a newline. Evidence says which document it comes from. */
    public static void writeEngagement(EngagementReport engagement, Appendable out) throws IOException {
        Claim claim = engagement.claim();
        out.append("engagement: ").append(cell(claim.customerName())).append(", claimed by ")
                .append(cell(claim.partnerName()))
                .append("  [program: ").append(String.valueOf(claim.program()))
                .append(", claim date: ").append(String.valueOf(claim.claimDate()))
                .append("]  verdict: ").append(String.valueOf(engagement.verdict())).append('\n');
        out.append("  documents: ").append(engagement.documents().isEmpty() ? "none"
                : String.join(", ", engagement.documents().stream().map(TextReport::fileName).map(TextReport::cell)
                        .toList())).append('\n');
        if (engagement.findings().isEmpty()) {
            out.append("  no findings\n");
        } else {
            writeFindings(engagement.findings(), true, out);
        }
        writeErrors(engagement.errors(), out);
    }

    /** One document's table, ending with a newline. */
    public static void writeDocument(DocumentReport document, Appendable out) throws IOException {
        out.append(cell(document.source()))
                .append("  [type: ").append(String.valueOf(document.documentType()))
                .append(", program: ").append(String.valueOf(document.program()))
                .append("]  verdict: ").append(String.valueOf(document.verdict())).append('\n');
        List<Finding> findings = document.findings();
        if (findings.isEmpty()) {
            out.append("  no findings\n");
        } else {
            writeFindings(findings, false, out);
        }
        writeErrors(document.errors(), out);
    }

    private static void writeErrors(List<ReportError> errors, Appendable out) throws IOException {
        if (errors.isEmpty()) {
            return;
        }
        out.append("  errors:\n");
        for (ReportError error : errors) {
            out.append("    ").append(String.valueOf(error.code())).append(": ").append(cell(error.message()));
            if (error.source() != null && error.part() != null) {
                out.append(" (in ").append(cell(fileName(error.source()))).append(", ").append(cell(error.part()))
                        .append(')');
            } else if (error.source() != null) {
                out.append(" (in ").append(cell(fileName(error.source()))).append(')');
            } else if (error.part() != null) {
                out.append(" (in ").append(cell(error.part())).append(')');
            }
            out.append('\n');
        }
    }

    private static void writeFindings(List<Finding> findings, boolean withDocument, Appendable out) throws IOException {
        int requirementWidth = "REQUIREMENT".length();
        int outcomeWidth = "OUTCOME".length();
        int ruleWidth = "RULE".length();
        for (Finding f : findings) {
            requirementWidth = Math.max(requirementWidth, String.valueOf(f.requirement()).length());
            outcomeWidth = Math.max(outcomeWidth, String.valueOf(f.outcome()).length());
            ruleWidth = Math.max(ruleWidth, cell(f.ruleId()).length());
        }
        String indent = " ".repeat(2 + requirementWidth + 2 + outcomeWidth + 2 + ruleWidth + 2);
        out.append("  ").append(pad("REQUIREMENT", requirementWidth)).append("  ").append(pad("OUTCOME", outcomeWidth))
                .append("  ").append(pad("RULE", ruleWidth)).append("  REASON\n");
        for (Finding f : findings) {
            out.append("  ").append(pad(String.valueOf(f.requirement()), requirementWidth))
                    .append("  ").append(pad(String.valueOf(f.outcome()), outcomeWidth))
                    .append("  ").append(pad(cell(f.ruleId()), ruleWidth))
                    .append("  ").append(cell(f.reason())).append('\n');
            if (!f.evidence().isEmpty()) {
                Evidence first = f.evidence().get(0);
                String document = withDocument && first.source() != null ? "[" + cell(fileName(first.source())) + "]" : "";
                String snippet = first.text().isBlank() && !document.isEmpty() ? "" : evidence(first);
                String line = document.isEmpty() || snippet.isEmpty() ? document + snippet : document + " " + snippet;
                if (!line.isEmpty()) {
                    out.append(indent).append(line).append('\n');
                }
            }
        }
    }

    /** An evidence snippet on one line, quoted, with its page and part when known. */
    static String evidence(Evidence e) {
        String text = WHITESPACE.matcher(e.text()).replaceAll(" ").strip();
        if (text.codePointCount(0, text.length()) > MAX_SNIPPET) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_SNIPPET - 1)) + "…";
        }
        StringBuilder s = new StringBuilder("\"").append(escapeControls(text)).append('"');
        if (e.page() != null && e.part() != null) {
            s.append(" (page ").append(e.page()).append(", in ").append(cell(e.part())).append(')');
        } else if (e.page() != null) {
            s.append(" (page ").append(e.page()).append(')');
        } else if (e.part() != null) {
            s.append(" (in ").append(cell(e.part())).append(')');
        }
        return s.toString();
    }

    /**
     * The summary line: {@code N documents: a PASS, b FAIL, c REVIEW, d ERROR}.
     */
    public static String summary(List<DocumentReport> documents) {
        return summary(documents.stream().map(DocumentReport::verdict).toList(), "document");
    }

    /**
     * The engagements' summary line: {@code N engagements: a PASS, b FAIL, c REVIEW, d ERROR}.
     *
     * @since 0.1.0
     */
    public static String engagementSummary(List<EngagementReport> engagements) {
        return summary(engagements.stream().map(EngagementReport::verdict).toList(), "engagement");
    }

    /**
     * The documents' summary line, from their verdicts alone: for callers that write entries as they come
     * and keep only their verdicts.
     *
     * @since 0.1.0
     */
    public static String verdictSummary(List<Verdict> verdicts) {
        return summary(verdicts, "document");
    }

    private static String summary(List<Verdict> verdicts, String noun) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        verdicts.forEach(v -> counts.merge(v, 1, Integer::sum));
        StringBuilder s = new StringBuilder().append(verdicts.size())
                .append(' ').append(noun).append(verdicts.size() == 1 ? ": " : "s: ");
        String sep = "";
        for (Verdict v : Verdict.values()) {
            s.append(sep).append(counts.get(v)).append(' ').append(v);
            sep = ", ";
        }
        return s.toString();
    }

    /**
     * Makes untrusted text safe to print on a terminal: C0 controls other than tab and newline, DEL and
     * C1 controls (ESC and CSI among them) become {@code \xHH}; Unicode bidirectional controls and line
     * separators, which can reorder or hide what is shown, become a backslash, {@code u} and four hex
     * digits. Other text is kept.
     *
     * @return the escaped text, or {@code ""} for {@code null}
     */
    public static String escapeControls(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escape(c);
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(escaped != null ? escaped : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        if (c == '\t' || c == '\n') {
            return null;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return String.format("\\x%02X", (int) c);
        }
        if (c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029') {
            return String.format("\\u%04X", (int) c);
        }
        return null;
    }

    /** The last name of a path, for a document named in an engagement. */
    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash >= 0 && slash < source.length() - 1 ? source.substring(slash + 1) : source;
    }

    /** Text for a table cell: on one line, controls escaped. */
    private static String cell(String text) {
        return text == null ? "-" : escapeControls(WHITESPACE.matcher(text).replaceAll(" ").strip());
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
