package io.poerules.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link Doc} as plain text the way people type one: underlined headings, wrapped
 * paragraphs, dashed bullets, space-aligned tables. Also used for email bodies.
 */
final class TextRenderer {

    private final int width;
    private final StringBuilder out = new StringBuilder();

    private TextRenderer(int width) {
        this.width = width;
    }

    static String render(Doc doc, int width) {
        TextRenderer r = new TextRenderer(width);
        for (Doc.Block block : doc.blocks()) {
            r.add(block);
        }
        if (doc.footer() != null) {
            r.out.append('\n').append(doc.footer()).append('\n');
        }
        return r.out.toString().stripTrailing() + "\n";
    }

    private void add(Doc.Block block) {
        if (block instanceof Doc.Title t) {
            out.append(t.text()).append('\n').append("=".repeat(Math.min(width, t.text().length()))).append('\n');
        } else if (block instanceof Doc.Subtitle s) {
            out.append(s.text()).append('\n');
        } else if (block instanceof Doc.Heading h) {
            out.append('\n').append(h.text()).append('\n').append("-".repeat(Math.min(width, h.text().length()))).append("\n\n");
        } else if (block instanceof Doc.Subheading h) {
            out.append(h.text()).append('\n');
        } else if (block instanceof Doc.Para p) {
            wrap(p.text(), "", "");
            out.append('\n');
        } else if (block instanceof Doc.Items items) {
            int n = 1;
            for (String item : items.items()) {
                String marker = items.numbered() ? (n++) + ". " : "- ";
                wrap(item, "  " + marker, "  " + " ".repeat(marker.length()));
            }
            out.append('\n');
        } else if (block instanceof Doc.Lines lines) {
            lines.lines().forEach(l -> out.append(l).append('\n'));
            out.append('\n');
        } else if (block instanceof Doc.Table table) {
            table(table);
        } else if (block instanceof Doc.Signatures signatures) {
            for (Doc.SignBlock s : signatures.blocks()) {
                out.append(s.caption()).append("\n\n");
                s.lines().forEach(l -> out.append(l).append('\n'));
                out.append('\n');
            }
        }
    }

    private void wrap(String text, String first, String rest) {
        StringBuilder line = new StringBuilder(first);
        int prefix = first.length();
        for (String word : text.split(" ")) {
            if (line.length() > prefix && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(rest);
                prefix = rest.length();
            }
            if (line.length() > prefix) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }

    private void table(Doc.Table table) {
        List<List<String>> all = new ArrayList<>();
        all.add(table.header());
        all.addAll(table.rows());
        int[] w = new int[table.header().size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                w[i] = Math.max(w[i], row.get(i).length());
            }
        }
        for (int r = 0; r < all.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < w.length; i++) {
                String cell = all.get(r).get(i);
                line.append(i == w.length - 1 ? cell : cell + " ".repeat(w[i] - cell.length() + 3));
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < w.length; i++) {
                    rule.append("-".repeat(w[i])).append(i == w.length - 1 ? "" : "   ");
                }
                out.append(rule).append('\n');
            }
        }
        out.append('\n');
    }
}
