package io.poerules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.DocumentReport;
import io.poerules.api.DocumentText;
import io.poerules.api.DocumentType;
import io.poerules.api.ErrorCode;
import io.poerules.api.Finding;
import io.poerules.api.Outcome;
import io.poerules.api.Program;
import io.poerules.api.ReportError;
import io.poerules.api.Requirement;
import io.poerules.api.RuleSetInfo;
import io.poerules.api.ValidationReport;
import io.poerules.api.Verdict;
import io.poerules.fact.Evidence;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    /** Markup a document might carry to run script in a report that does not escape it. */
    static final String HOSTILE = """
            <script>alert(1)</script><SCRIPT SRC=//evil.example/x.js></SCRIPT>
            <img src=x onerror="alert(2)"> <svg onload=alert(3)> <a href="javascript:alert(4)">click</a>
            </textarea></title></style><iframe src="data:text/html,<script>alert(5)</script>">
            "'><body onpageshow=alert(6)> <meta http-equiv="refresh" content="0;url=https://evil.example">
            \u202Egnp.exe \u001B[2J <!-- --> ]]> &lt;script&gt; &#x3C;script&#x3E;""";

    private static ValidationReport report(DocumentReport... documents) {
        return new ValidationReport(ValidationReport.SCHEMA_VERSION, new ValidationReport.Tool("poe-rules", "9.9"),
                new RuleSetInfo("default", "1.0", List.of("classpath:x"), 12), List.of(documents));
    }

    private static DocumentReport document(String source, String text, List<Finding> findings, List<ReportError> errors) {
        return new DocumentReport(source, "text/plain", DocumentType.STATEMENT_OF_WORK, Program.AZURE, Verdict.FAIL,
                findings, Map.of(), errors, new DocumentText(List.of(new DocumentText.Part(null, "text/plain", text, false,
                        List.of()))));
    }

    @Test
    void documentTextFileNamesReasonsAndErrorsAreEscapedSoNothingCanRun() {
        Evidence evidence = new Evidence(HOSTILE.substring(0, 60), 0, 60, null, null, "<img src=x onerror=alert(7)>.txt");
        String html = HtmlReport.toHtml(report(document("<img src=x onerror=alert(7)>.txt", HOSTILE,
                List.of(new Finding(Requirement.PARTIES, "<b>R</b>", Outcome.FAIL, "<script>alert(8)</script>",
                        List.of(evidence))),
                List.of(new ReportError(ErrorCode.EMBEDDED_ERROR, "<script>alert(9)</script>", "\"><script>.pdf")))));

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<svg onload").doesNotContainIgnoringCase("<iframe")
                .doesNotContainIgnoringCase("<a href=\"javascript").doesNotContainIgnoringCase("</textarea")
                .doesNotContainIgnoringCase("<body onpageshow").doesNotContainIgnoringCase("<meta http-equiv=\"refresh")
                .doesNotContain("\u202E").doesNotContain("\u001B")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("\\u202E").contains("\\x1B")
                .contains("&amp;lt;script&amp;gt;");
        assertThat(attributes(html, "on[a-z]+")).as("event handler attributes").isEmpty();
        assertThat(attributes(html, "href")).as("links stay in the page").allMatch(v -> v.startsWith("#"));
        assertThat(attributes(html, "src")).as("nothing is loaded").isEmpty();
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\""
                + HtmlReport.CONTENT_SECURITY_POLICY + "\">");
        assertThat(HtmlReport.CONTENT_SECURITY_POLICY).contains("default-src 'none'").doesNotContain("script-src");
    }

    /** The values of the attributes whose name matches, in tags the page itself wrote. */
    private static List<String> attributes(String html, String name) {
        Matcher m = Pattern.compile("<[a-zA-Z][^<>]*?\\s(" + name + ")\\s*=\\s*\"([^\"]*)\"").matcher(html);
        List<String> values = new java.util.ArrayList<>();
        while (m.find()) {
            values.add(m.group(2));
        }
        return values;
    }

    @Test
    void eachFindingLinksToItsHighlightInItsRequirementsColour() {
        String text = "Contoso Ltd (Customer) and Fabrikam (Partner).\fSigned: Jane Doe, 4 March 2026";
        Finding parties = new Finding(Requirement.PARTIES, "P", Outcome.PASS, "named",
                List.of(new Evidence("Contoso Ltd (Customer)", 0, 22, 1, null, "sow.pdf")));
        Finding ack = new Finding(Requirement.CUSTOMER_ACKNOWLEDGEMENT, "A", Outcome.PASS, "signed",
                List.of(new Evidence("Signed: Jane Doe, 4 March 2026", 47, 77, 2, null, "sow.pdf", true)));
        Finding dates = new Finding(Requirement.DATES, "D", Outcome.PASS, "dated",
                List.of(new Evidence("4 March 2026", 65, 77, 2, null, "sow.pdf")));
        DocumentReport document = new DocumentReport("sow.pdf", "application/pdf", DocumentType.STATEMENT_OF_WORK,
                Program.AZURE, Verdict.PASS, List.of(parties, ack, dates), Map.of(), List.of(),
                new DocumentText(List.of(new DocumentText.Part(null, "application/pdf", text, true, List.of(2)))));

        String html = HtmlReport.toHtml(report(document));

        assertThat(html).contains("<a class=\"ev\" href=\"#d1-e1\">Contoso Ltd (Customer)</a>")
                .contains("<mark class=\"hl r-" + Requirement.PARTIES.ordinal()
                        + "\" title=\"PARTIES\"><span class=\"anchor\" id=\"d1-e1\"></span>Contoso Ltd (Customer)</mark>")
                .contains("href=\"#d1-e2\"").contains("href=\"#d1-e3\"")
                .as("the date inside the signature is coloured as the date, titled with both")
                .contains("<mark class=\"hl r-" + Requirement.DATES.ordinal()
                        + "\" title=\"CUSTOMER_ACKNOWLEDGEMENT, DATES\"><span class=\"anchor\" id=\"d1-e3\"></span>4 March 2026</mark>")
                .contains("data-page=\"Page 2\"")
                .contains("read by OCR: page 2")
                .contains("<span class=\"ocr\">OCR</span>");
    }

    @Test
    void evidenceOutsideTheTextIsShownWithoutAHighlight() {
        Finding finding = new Finding(Requirement.PARTIES, "P", Outcome.PASS, "named", List.of(
                new Evidence("beyond", 5, 500, null, null, "a.txt"),
                new Evidence("backwards", 9, 3, null, null, "a.txt"),
                new Evidence("in an attachment that is not there", 0, 3, null, "gone.pdf", "a.txt")));

        String html = HtmlReport.toHtml(report(document("a.txt", "short text", List.of(finding), List.of())));

        assertThat(html).doesNotContain("class=\"anchor\"").doesNotContain("href=\"#d1")
                .contains("<q>beyond</q>").contains("<q>backwards</q>");
    }

    @Test
    void summaryCountsVerdictsAndChartsOutcomesByRequirement() {
        DocumentReport failed = document("a.txt", "x", List.of(new Finding(Requirement.PARTIES, "P", Outcome.FAIL, "no",
                List.of())), List.of());
        DocumentReport passed = new DocumentReport("b.txt", "text/plain", DocumentType.STATEMENT_OF_WORK, Program.AZURE,
                Verdict.PASS, List.of(new Finding(Requirement.PARTIES, "P", Outcome.PASS, "yes", List.of())), Map.of(),
                List.of());

        String html = HtmlReport.toHtml(report(failed, passed));

        assertThat(html).contains("<span class=\"count v-PASS\">1 pass</span>")
                .contains("<span class=\"count v-FAIL\">1 fail</span>")
                .contains("<span class=\"count v-ERROR\">0 error</span>")
                .contains("<svg class=\"chart\"").contains("<title>PARTIES: 1 pass</title>")
                .contains("<title>PARTIES: 1 fail</title>")
                .contains("The document's text was not kept for this report.");
    }
}
