package io.poerules.samples;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes a {@link Doc} as a small, self-contained HTML page (as exported from an intranet or wiki). */
final class HtmlRenderer {

    private HtmlRenderer() {
    }

    static String render(Doc doc) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(esc(doc.title())).append("</title>\n")
                .append("<meta name=\"author\" content=\"").append(esc(doc.author())).append("\">\n")
                .append("<meta name=\"date\" content=\"").append(doc.created().format(DateTimeFormatter.ISO_LOCAL_DATE)).append("\">\n")
                .append("<style>\n")
                .append("body { font-family: Segoe UI, Arial, sans-serif; max-width: 52em; margin: 2em auto; color: #222; }\n")
                .append("h1 { color: #1f3864; margin-bottom: 0.2em; } h2 { color: #1f3864; border-bottom: 1px solid #ccd; }\n")
                .append(".subtitle { color: #595959; margin-top: 0; }\n")
                .append("table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #999; padding: 4px 8px; text-align: left; }\n")
                .append("th { background: #dce3f0; } .signatures { display: flex; gap: 3em; } .signature p { margin: 0.4em 0; }\n")
                .append("footer { margin-top: 3em; font-size: 0.8em; color: #777; }\n")
                .append("</style>\n</head>\n<body>\n");
        for (Doc.Block block : doc.blocks()) {
            add(h, block);
        }
        if (doc.footer() != null) {
            h.append("<footer>").append(esc(doc.footer())).append("</footer>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void add(StringBuilder h, Doc.Block block) {
        if (block instanceof Doc.Title t) {
            h.append("<h1>").append(esc(t.text())).append("</h1>\n");
        } else if (block instanceof Doc.Subtitle s) {
            h.append("<p class=\"subtitle\">").append(esc(s.text())).append("</p>\n");
        } else if (block instanceof Doc.Heading x) {
            h.append("<h2>").append(esc(x.text())).append("</h2>\n");
        } else if (block instanceof Doc.Subheading x) {
            h.append("<h3>").append(esc(x.text())).append("</h3>\n");
        } else if (block instanceof Doc.Para p) {
            h.append("<p>").append(esc(p.text())).append("</p>\n");
        } else if (block instanceof Doc.Items items) {
            String tag = items.numbered() ? "ol" : "ul";
            h.append('<').append(tag).append(">\n");
            for (String item : items.items()) {
                h.append("  <li>").append(esc(item)).append("</li>\n");
            }
            h.append("</").append(tag).append(">\n");
        } else if (block instanceof Doc.Lines lines) {
            h.append("<p>");
            for (int i = 0; i < lines.lines().size(); i++) {
                h.append(i == 0 ? "" : "<br>\n").append(esc(lines.lines().get(i)));
            }
            h.append("</p>\n");
        } else if (block instanceof Doc.Table table) {
            h.append("<table>\n  <tr>");
            table.header().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
            h.append("</tr>\n");
            for (List<String> row : table.rows()) {
                h.append("  <tr>");
                row.forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        } else if (block instanceof Doc.Signatures signatures) {
            h.append("<div class=\"signatures\">\n");
            for (Doc.SignBlock s : signatures.blocks()) {
                h.append("<div class=\"signature\">\n<p><strong>").append(esc(s.caption())).append("</strong></p>\n");
                s.lines().forEach(l -> h.append("<p>").append(esc(l)).append("</p>\n"));
                h.append("</div>\n");
            }
            h.append("</div>\n");
        }
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
