package io.poerules.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays a {@link Doc} out on A4 pages with the standard 14 Helvetica fonts and writes it with
 * PDFBox, uncompressed (see {@link Reproducible}).
 */
final class PdfRenderer {

    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float MARGIN = 64;
    private static final float TOP = HEIGHT - 60;
    private static final float BOTTOM = 64;
    private static final float TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final float[] NAVY = {0.12f, 0.22f, 0.45f};
    private static final float[] BLACK = {0f, 0f, 0f};
    private static final float[] GREY = {0.35f, 0.35f, 0.35f};

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private sealed interface Op {
    }

    private record Text(PDFont font, float size, float x, float y, String text, float[] color) implements Op {
    }

    private record Rect(float x, float y, float w, float h, boolean fill) implements Op {
    }

    private final List<List<Op>> pages = new ArrayList<>();
    private List<Op> page;
    private float y;

    private PdfRenderer() {
        newPage();
    }

    /** Renders a document. @param seed distinguishes the document id of documents with equal titles */
    static byte[] render(Doc doc, String seed) {
        return render(doc, seed, null);
    }

    /** Renders a document encrypted (RC4 128-bit, which PDFBox derives without randomness) with a user password. */
    static byte[] render(Doc doc, String seed, String userPassword) {
        PdfRenderer r = new PdfRenderer();
        for (Doc.Block block : doc.blocks()) {
            r.layout(block);
        }
        try (PDDocument pdf = new PDDocument()) {
            Reproducible.pdfInfo(pdf, doc, seed);
            r.write(pdf, doc.footer());
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(userPassword + "-owner", userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                policy.setPreferAES(false);
                pdf.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        y = TOP;
    }

    private void ensure(float height) {
        if (y - height < BOTTOM && !page.isEmpty()) {
            newPage();
        }
    }

    private void layout(Doc.Block block) {
        if (block instanceof Doc.Title t) {
            for (String line : wrap(t.text(), bold, 18, TEXT_WIDTH)) {
                ensure(24);
                text(bold, 18, MARGIN, line, NAVY);
                y -= 24;
            }
            y -= 2;
        } else if (block instanceof Doc.Subtitle s) {
            for (String line : wrap(s.text(), regular, 10.5f, TEXT_WIDTH)) {
                ensure(14);
                text(regular, 10.5f, MARGIN, line, GREY);
                y -= 14;
            }
            y -= 4;
        } else if (block instanceof Doc.Heading h) {
            y -= 10;
            ensure(18 + 3 * 13.5f);
            for (String line : wrap(h.text(), bold, 12.5f, TEXT_WIDTH)) {
                text(bold, 12.5f, MARGIN, line, NAVY);
                y -= 17;
            }
            y -= 2;
        } else if (block instanceof Doc.Subheading h) {
            y -= 4;
            ensure(15 + 2 * 13.5f);
            text(bold, 10.5f, MARGIN, h.text(), BLACK);
            y -= 15;
        } else if (block instanceof Doc.Para p) {
            paragraph(p.text(), MARGIN, TEXT_WIDTH, null);
            y -= 6;
        } else if (block instanceof Doc.Items items) {
            int n = 1;
            for (String item : items.items()) {
                String marker = items.numbered() ? (n++) + "." : "\u2022";
                paragraph(item, MARGIN + 18, TEXT_WIDTH - 18, marker);
                y -= 2.5f;
            }
            y -= 4;
        } else if (block instanceof Doc.Lines lines) {
            for (String line : lines.lines()) {
                paragraph(line, MARGIN, TEXT_WIDTH, null);
            }
            y -= 6;
        } else if (block instanceof Doc.Table table) {
            table(table);
        } else if (block instanceof Doc.Signatures signatures) {
            y -= 4;
            for (Doc.SignBlock s : signatures.blocks()) {
                ensure(16 + s.lines().size() * 16f);
                text(bold, 10, MARGIN, s.caption(), BLACK);
                y -= 18;
                for (String line : s.lines()) {
                    text(regular, 10, MARGIN, line, BLACK);
                    y -= 16;
                }
                y -= 12;
            }
        } else if (block instanceof Doc.PageBreak && !page.isEmpty()) {
            newPage();
        }
    }

    /** Wraps text into lines; a marker (bullet, number) goes left of the first line. */
    private void paragraph(String text, float x, float width, String marker) {
        List<String> lines = wrap(text, regular, 10, width);
        for (int i = 0; i < lines.size(); i++) {
            ensure(13.5f);
            if (i == 0 && marker != null) {
                text(regular, 10, x - 14, marker, BLACK);
            }
            text(regular, 10, x, lines.get(i), BLACK);
            y -= 13.5f;
        }
    }

    private void table(Doc.Table table) {
        double total = 0;
        for (double w : table.widths()) {
            total += w;
        }
        float[] cols = new float[table.widths().length];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = (float) (TEXT_WIDTH * table.widths()[i] / total);
        }
        y -= 2;
        row(table.header(), cols, true);
        for (List<String> r : table.rows()) {
            if (rowHeight(r, cols, false) > y - BOTTOM) {
                newPage();
                row(table.header(), cols, true);
            }
            row(r, cols, false);
        }
        y -= 10;
    }

    private float rowHeight(List<String> cells, float[] cols, boolean header) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, wrap(cells.get(i), header ? bold : regular, 9, cols[i] - 8).size());
        }
        return lines * 11.5f + 7;
    }

    /** Draws a row line by line across its cells, so that text extraction reads each visual line in order. */
    private void row(List<String> cells, float[] cols, boolean header) {
        float h = rowHeight(cells, cols, header);
        PDFont font = header ? bold : regular;
        List<List<String>> wrapped = new ArrayList<>();
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            if (header) {
                page.add(new Rect(x, y - h, cols[i], h, true));
            }
            page.add(new Rect(x, y - h, cols[i], h, false));
            wrapped.add(wrap(cells.get(i), font, 9, cols[i] - 8));
            x += cols[i];
        }
        for (int line = 0; ; line++) {
            boolean any = false;
            x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                if (line < wrapped.get(i).size() && !wrapped.get(i).get(line).isEmpty()) {
                    page.add(new Text(font, 9, x + 4, y - 11 - line * 11.5f, wrapped.get(i).get(line), BLACK));
                    any = true;
                }
                x += cols[i];
            }
            if (!any) {
                break;
            }
        }
        y -= h;
    }

    private void text(PDFont font, float size, float x, String text, float[] color) {
        page.add(new Text(font, size, x, y - size, text, color));
    }

    private List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        out.add(line.toString());
        return out;
    }

    private static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not in WinAnsiEncoding: " + text, e);
        }
    }

    private void write(PDDocument pdf, String footer) throws IOException {
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            PDPage p = new PDPage(PDRectangle.A4);
            pdf.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, p, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                for (Op op : pages.get(i)) {
                    draw(cs, op);
                }
                String pageNo = "Page " + (i + 1) + " of " + n;
                if (footer != null) {
                    draw(cs, new Text(regular, 8, MARGIN, 36, footer, GREY));
                }
                draw(cs, new Text(regular, 8, WIDTH - MARGIN - width(pageNo, regular, 8), 36, pageNo, GREY));
            }
        }
    }

    private static void draw(PDPageContentStream cs, Op op) throws IOException {
        if (op instanceof Text t) {
            cs.setNonStrokingColor(t.color()[0], t.color()[1], t.color()[2]);
            cs.beginText();
            cs.setFont(t.font(), t.size());
            cs.newLineAtOffset(t.x(), t.y());
            cs.showText(t.text());
            cs.endText();
        } else if (op instanceof Rect r && r.fill()) {
            cs.setNonStrokingColor(0.88f, 0.91f, 0.96f);
            cs.addRect(r.x(), r.y(), r.w(), r.h());
            cs.fill();
        } else if (op instanceof Rect r) {
            cs.setStrokingColor(0.6f, 0.6f, 0.6f);
            cs.setLineWidth(0.5f);
            cs.addRect(r.x(), r.y(), r.w(), r.h());
            cs.stroke();
        }
    }
}
