package io.poerules.report;

import io.poerules.api.DocumentReport;
import io.poerules.api.DocumentText;
import io.poerules.api.EngagementReport;
import io.poerules.api.Finding;
import io.poerules.api.ReportError;
import io.poerules.api.Requirement;
import io.poerules.api.RuleSetInfo;
import io.poerules.api.ValidationReport;
import io.poerules.api.Verdict;
import io.poerules.fact.Evidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report as one self-contained HTML page for people: a summary with the verdict counts and a
 * requirement × outcome chart (inline SVG), then each engagement and each document with its verdict, its
 * findings and, when the entries carry their text ({@link io.poerules.api.PoeValidator.Builder#retainText(boolean)}),
 * the document's text with every piece of evidence highlighted in its requirement's colour. Each finding
 * links to its highlights with plain anchors; the page has no script at all.
 *
 * <p>Document text, file names, reasons and every other value from a document are untrusted: all of it is
 * escaped ({@code & < > " '}, and controls and bidirectional overrides made visible), and a Content Security
 * Policy forbids scripts, frames, forms and every resource from elsewhere, so the page makes no network
 * access. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class HtmlReport {

    /** The page's Content Security Policy: inline styles and data images only, no script. */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    private static final String[] COLOURS = {"#ffe08a", "#a8e6cf", "#ffd3b6", "#c7ceea", "#ffaaa5", "#b5ead7",
        "#e2f0cb", "#f9c6f0", "#bde0fe", "#fdffb6", "#cdb4db", "#ffc8dd", "#caffbf", "#d9d9d9"};

    private HtmlReport() {
    }

    /** The report as an HTML page. */
    public static String toHtml(ValidationReport report) {
        StringBuilder out = new StringBuilder();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the report as an HTML page. */
    public static void write(ValidationReport report, Appendable out) throws IOException {
        new Page(report).write(out);
    }

    /** The CSS class of a requirement's highlight colour. */
    static String colour(Requirement requirement) {
        return requirement == null ? "r-none" : "r-" + requirement.ordinal();
    }

    /** One rendering: the highlight spans of every document, found before any is written. */
    private static final class Page {
        private final ValidationReport report;
        private final Map<String, Integer> documentIndex = new HashMap<>();
        /** Per document, per part index, the spans to highlight. */
        private final List<Map<Integer, List<Highlighter.Span>>> spans = new ArrayList<>();
        /** The anchor of each (document, part, start, end, requirement). */
        private final Map<String, String> anchors = new HashMap<>();

        Page(ValidationReport report) {
            this.report = report;
            for (int i = 0; i < report.documents().size(); i++) {
                documentIndex.putIfAbsent(report.documents().get(i).source(), i);
                spans.add(new LinkedHashMap<>());
            }
            for (int i = 0; i < report.documents().size(); i++) {
                for (Finding finding : report.documents().get(i).findings()) {
                    for (Evidence evidence : finding.evidence()) {
                        anchor(i, finding.requirement(), evidence);
                    }
                }
            }
            for (EngagementReport engagement : report.engagements()) {
                for (Finding finding : engagement.findings()) {
                    for (Evidence evidence : finding.evidence()) {
                        Integer doc = evidence.source() == null ? null : documentIndex.get(evidence.source());
                        if (doc != null) {
                            anchor(doc, finding.requirement(), evidence);
                        }
                    }
                }
            }
        }

        /** The anchor id of the evidence's highlight in the document, or {@code null} when it cannot be shown. */
        private String anchor(int doc, Requirement requirement, Evidence evidence) {
            DocumentText text = report.documents().get(doc).text();
            if (text == null) {
                return null;
            }
            DocumentText.Part part = text.part(evidence.part());
            if (part == null) {
                return null;
            }
            int partIndex = text.parts().indexOf(part);
            String key = doc + "/" + partIndex + "/" + evidence.start() + "/" + evidence.end() + "/" + requirement;
            String existing = anchors.get(key);
            if (existing != null) {
                return existing;
            }
            Highlighter.Span span = new Highlighter.Span(evidence.start(), evidence.end(), colour(requirement),
                    requirement == null ? "evidence" : requirement.name(), "d" + (doc + 1) + "-e" + (anchors.size() + 1));
            if (!Highlighter.fits(span, part.text().length())) {
                return null;
            }
            anchors.put(key, span.id());
            spans.get(doc).computeIfAbsent(partIndex, p -> new ArrayList<>()).add(span);
            return span.id();
        }

        private String linkedAnchor(Integer doc, Requirement requirement, Evidence evidence) {
            if (doc == null) {
                return null;
            }
            DocumentText text = report.documents().get(doc).text();
            DocumentText.Part part = text == null ? null : text.part(evidence.part());
            if (part == null) {
                return null;
            }
            return anchors.get(doc + "/" + text.parts().indexOf(part) + "/" + evidence.start() + "/" + evidence.end()
                    + "/" + requirement);
        }

        void write(Appendable out) throws IOException {
            StringBuilder html = new StringBuilder(64 * 1024);
            html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY)
                    .append("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>").append(Html.escape(report.tool().name())).append(" report</title>\n<style>\n")
                    .append(css()).append("</style>\n</head>\n<body>\n");
            header(html);
            summary(html);
            for (int i = 0; i < report.engagements().size(); i++) {
                engagement(i, report.engagements().get(i), html);
            }
            for (int i = 0; i < report.documents().size(); i++) {
                document(i, report.documents().get(i), html);
            }
            html.append("</body>\n</html>\n");
            out.append(html);
        }

        private void header(StringBuilder html) {
            html.append("<header><h1>Proof of execution: validation report</h1><p class=\"meta\">")
                    .append(Html.escape(report.tool().name())).append(' ').append(Html.escape(report.tool().version()));
            RuleSetInfo rules = report.ruleSet();
            if (rules != null) {
                html.append(", rule set ").append(Html.escape(rules.name())).append(' ').append(Html.escape(rules.version()))
                        .append(" (").append(rules.rules()).append(rules.rules() == 1 ? " rule)" : " rules)");
            }
            html.append("</p></header>\n");
        }

        private void summary(StringBuilder html) {
            html.append("<section id=\"summary\"><h2>Summary</h2>\n");
            if (!report.engagements().isEmpty()) {
                html.append("<p class=\"counts\"><span class=\"what\">Engagements</span> ");
                counts(report.engagements().stream().map(EngagementReport::verdict).toList(), html);
                html.append("</p>\n");
            }
            html.append("<p class=\"counts\"><span class=\"what\">Documents</span> ");
            counts(report.documents().stream().map(DocumentReport::verdict).toList(), html);
            html.append("</p>\n");
            if (!report.documents().isEmpty()) {
                html.append("<figure>").append(OutcomeChart.svg(report.documents()))
                        .append("<figcaption>Outcome of each requirement, by document</figcaption></figure>\n");
            }
            html.append("<h3>Highlight colours</h3><ul class=\"legend\">");
            for (Requirement requirement : Requirement.values()) {
                html.append("<li><span class=\"swatch ").append(colour(requirement)).append("\"></span>")
                        .append(requirement.name()).append("</li>");
            }
            html.append("</ul>\n<h3>Contents</h3><ol class=\"toc\">");
            for (int i = 0; i < report.engagements().size(); i++) {
                EngagementReport e = report.engagements().get(i);
                html.append("<li>").append(verdict(e.verdict())).append(" <a href=\"#eng-").append(i + 1)
                        .append("\">Engagement: ").append(Html.escape(e.claim().customerName())).append("</a></li>");
            }
            for (int i = 0; i < report.documents().size(); i++) {
                DocumentReport d = report.documents().get(i);
                html.append("<li>").append(verdict(d.verdict())).append(" <a href=\"#doc-").append(i + 1).append("\">")
                        .append(Html.escape(d.source())).append("</a></li>");
            }
            html.append("</ol></section>\n");
        }

        private static void counts(List<Verdict> verdicts, StringBuilder html) {
            Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
            verdicts.forEach(v -> counts.merge(v, 1, Integer::sum));
            for (Verdict v : Verdict.values()) {
                html.append("<span class=\"count v-").append(v.name()).append("\">").append(counts.getOrDefault(v, 0))
                        .append(' ').append(v.name().toLowerCase(Locale.ROOT)).append("</span> ");
            }
        }

        private static String verdict(Verdict verdict) {
            return "<span class=\"verdict v-" + verdict.name() + "\">" + verdict.name() + "</span>";
        }

        private void engagement(int index, EngagementReport engagement, StringBuilder html) {
            html.append("<section class=\"engagement\" id=\"eng-").append(index + 1).append("\"><h2>")
                    .append(verdict(engagement.verdict())).append(" Engagement: ")
                    .append(Html.escape(engagement.claim().customerName())).append("</h2>\n<p class=\"meta\">Partner ")
                    .append(Html.escape(engagement.claim().partnerName())).append(", program ")
                    .append(engagement.claim().program()).append(", claim date ").append(engagement.claim().claimDate())
                    .append("</p>\n<p class=\"meta\">Documents: ");
            for (int i = 0; i < engagement.documents().size(); i++) {
                String source = engagement.documents().get(i);
                Integer doc = documentIndex.get(source);
                html.append(i == 0 ? "" : ", ");
                if (doc != null) {
                    html.append("<a href=\"#doc-").append(doc + 1).append("\">").append(Html.escape(source)).append("</a>");
                } else {
                    html.append(Html.escape(source));
                }
            }
            html.append("</p>\n");
            findings(engagement.findings(), null, html);
            errors(engagement.errors(), html);
            html.append("</section>\n");
        }

        private void document(int index, DocumentReport document, StringBuilder html) {
            html.append("<section class=\"document\" id=\"doc-").append(index + 1).append("\"><h2>")
                    .append(verdict(document.verdict())).append(' ').append(Html.escape(document.source()))
                    .append("</h2>\n<p class=\"meta\">").append(document.documentType()).append(", ")
                    .append(document.program()).append(", ").append(Html.escape(document.contentType())).append("</p>\n");
            findings(document.findings(), index, html);
            errors(document.errors(), html);
            DocumentText text = document.text();
            if (text == null) {
                html.append("<p class=\"note\">The document's text was not kept for this report.</p>\n");
            } else {
                for (int p = 0; p < text.parts().size(); p++) {
                    DocumentText.Part part = text.parts().get(p);
                    html.append("<h3>").append(p == 0 ? "Text" : "Attachment " + Html.escape(part.name()));
                    if (!part.ocrPages().isEmpty()) {
                        html.append(" <span class=\"ocr\">read by OCR").append(part.paged() ? ": page"
                                + (part.ocrPages().size() == 1 ? " " : "s ") + String.join(", ",
                                part.ocrPages().stream().map(String::valueOf).toList()) : "").append("</span>");
                    }
                    html.append("</h3>\n<div class=\"text\">")
                            .append(Highlighter.render(part.text(), spans.get(index).getOrDefault(p, List.of()), part.paged()))
                            .append("</div>\n");
                }
            }
            html.append("</section>\n");
        }

        /** @param doc the document the findings are about, or {@code null} for an engagement's */
        private void findings(List<Finding> findings, Integer doc, StringBuilder html) {
            if (findings.isEmpty()) {
                return;
            }
            html.append("<table class=\"findings\"><thead><tr><th>Requirement</th><th>Outcome</th><th>Rule</th>"
                    + "<th>Reason and evidence</th></tr></thead><tbody>\n");
            for (Finding f : findings) {
                html.append("<tr class=\"o-").append(f.outcome().name()).append("\"><td><span class=\"swatch ")
                        .append(colour(f.requirement())).append("\"></span>")
                        .append(f.requirement() == null ? "" : f.requirement().name()).append("</td><td class=\"outcome\">")
                        .append(f.outcome().name()).append("</td><td>").append(Html.escape(f.ruleId())).append("</td><td>")
                        .append(Html.escape(f.reason()));
                if (!f.evidence().isEmpty()) {
                    html.append("<ul class=\"evidence\">");
                    for (Evidence e : f.evidence()) {
                        Integer target = doc != null ? doc : e.source() == null ? null : documentIndex.get(e.source());
                        String id = linkedAnchor(target, f.requirement(), e);
                        html.append("<li>");
                        if (doc == null && e.source() != null) {
                            html.append("<span class=\"src\">").append(Html.escape(e.source())).append("</span> ");
                        }
                        if (e.page() != null) {
                            html.append("<span class=\"page\">p. ").append(e.page()).append("</span> ");
                        }
                        if (e.part() != null) {
                            html.append("<span class=\"part\">").append(Html.escape(e.part())).append("</span> ");
                        }
                        if (id != null) {
                            html.append("<a class=\"ev\" href=\"#").append(id).append("\">").append(Html.escape(e.text()))
                                    .append("</a>");
                        } else {
                            html.append("<q>").append(Html.escape(e.text())).append("</q>");
                        }
                        if (e.ocr()) {
                            html.append(" <span class=\"ocr\">OCR</span>");
                        }
                        html.append("</li>");
                    }
                    html.append("</ul>");
                }
                html.append("</td></tr>\n");
            }
            html.append("</tbody></table>\n");
        }

        private static void errors(List<ReportError> errors, StringBuilder html) {
            if (errors.isEmpty()) {
                return;
            }
            html.append("<ul class=\"errors\">");
            for (ReportError e : errors) {
                html.append("<li><b>").append(e.code()).append("</b> ");
                if (e.source() != null) {
                    html.append(Html.escape(e.source())).append(": ");
                }
                if (e.part() != null) {
                    html.append(Html.escape(e.part())).append(": ");
                }
                html.append(Html.escape(e.message())).append("</li>");
            }
            html.append("</ul>\n");
        }

        private static String css() {
            StringBuilder css = new StringBuilder("""
                    body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 2rem;color:#1b1b1b;background:#fff}
                    h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-top:1px solid #ccc;padding-top:1rem;overflow-wrap:anywhere}
                    .meta,.note{color:#555}.counts .what{display:inline-block;width:7rem;font-weight:600}
                    .count,.verdict{display:inline-block;padding:0 .5rem;border-radius:.6rem;margin-right:.3rem;font-weight:600;color:#fff}
                    .v-PASS{background:#2e7d32}.v-FAIL{background:#c62828}.v-REVIEW{background:#b26a00}.v-ERROR{background:#6a1b9a}
                    .chart text{font:12px system-ui,sans-serif;fill:#1b1b1b}.chart text.n{fill:#fff;text-anchor:middle;font-weight:600}
                    .chart .o-PASS{fill:#2e7d32}.chart .o-WARN{fill:#e6a100}.chart .o-FAIL{fill:#c62828}.chart .o-NOT_APPLICABLE{fill:#9e9e9e}
                    .legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;list-style:none;padding:0}
                    .swatch{display:inline-block;width:.9rem;height:.9rem;border:1px solid #999;margin-right:.35rem;vertical-align:-2px}
                    table.findings{border-collapse:collapse;width:100%;margin:.5rem 0}
                    .findings th,.findings td{border-bottom:1px solid #e0e0e0;padding:.3rem .4rem;text-align:left;vertical-align:top}
                    tr.o-FAIL .outcome{color:#c62828;font-weight:700}tr.o-WARN .outcome{color:#b26a00;font-weight:700}tr.o-PASS .outcome{color:#2e7d32}
                    .evidence{margin:.2rem 0 0;padding-left:1.1rem}.evidence a{color:#0b57d0;overflow-wrap:anywhere}
                    .src,.part,.page{color:#555;font-size:.85em}.ocr{font-size:.75em;background:#eee;border:1px solid #bbb;border-radius:.3rem;padding:0 .3rem;color:#333}
                    .errors{color:#8a1c1c}
                    .text{white-space:pre-wrap;overflow-wrap:anywhere;font:13px/1.5 ui-monospace,Menlo,Consolas,monospace;background:#fafafa;border:1px solid #ddd;padding:.8rem;max-height:none}
                    .text mark.hl{color:inherit;border-radius:2px}
                    .pb{display:block;border-top:1px dashed #aaa;margin:.6rem 0 .2rem;color:#777;font-size:.8em}.pb.first{border-top:0;margin-top:0}
                    .pb::before{content:attr(data-page)}
                    .anchor{scroll-margin-top:40vh}mark:has(>.anchor:target){outline:3px solid #0b57d0;outline-offset:1px}
                    """);
            for (int i = 0; i < Requirement.values().length; i++) {
                css.append(".r-").append(i).append("{background:").append(COLOURS[i % COLOURS.length]).append("}\n");
            }
            return css.append(".r-none{background:#eee}\n").toString();
        }
    }
}
