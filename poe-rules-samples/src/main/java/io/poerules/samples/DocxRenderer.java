package io.poerules.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Writes a {@link Doc} as a Word document with POI's XWPF: real heading styles, bulleted and numbered
 * lists, tables, side-by-side signature blocks and a footer.
 */
final class DocxRenderer {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private static final String STYLES = "<w:styles " + W + ">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Calibri\"/>"
            + "<w:sz w:val=\"21\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\""
            + " w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + paragraphStyle("Title", "Title", "<w:spacing w:after=\"60\"/>", "<w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"40\"/>")
            + paragraphStyle("Subtitle", "Subtitle", "<w:spacing w:after=\"60\"/>", "<w:color w:val=\"595959\"/><w:sz w:val=\"22\"/>")
            + paragraphStyle("Heading1", "heading 1", "<w:keepNext/><w:spacing w:before=\"280\" w:after=\"80\"/><w:outlineLvl w:val=\"0\"/>",
                    "<w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"28\"/>")
            + paragraphStyle("Heading2", "heading 2", "<w:keepNext/><w:spacing w:before=\"160\" w:after=\"60\"/><w:outlineLvl w:val=\"1\"/>",
                    "<w:b/><w:sz w:val=\"23\"/>")
            + paragraphStyle("ListParagraph", "List Paragraph", "<w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/>", "")
            + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders>"
            + border("top") + border("left") + border("bottom") + border("right") + border("insideH") + border("insideV")
            + "</w:tblBorders></w:tblPr></w:style>"
            + "</w:styles>";

    private static String paragraphStyle(String id, String name, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>" + pPr + "</w:pPr><w:rPr>"
                + rPr + "</w:rPr></w:style>";
    }

    private static String border(String side) {
        return "<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>";
    }

    private static String abstractNum(int id, boolean numbered) {
        return "<w:numbering " + W + "><w:abstractNum w:abstractNumId=\"" + id + "\"><w:multiLevelType w:val=\"singleLevel\"/>"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + (numbered ? "decimal" : "bullet") + "\"/>"
                + "<w:lvlText w:val=\"" + (numbered ? "%1." : "\u2022") + "\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum></w:numbering>";
    }

    private final XWPFDocument docx = new XWPFDocument();
    private XWPFNumbering numbering;
    private int lists;
    private boolean pageBreak;

    private DocxRenderer() {
    }

    static byte[] render(Doc doc) {
        DocxRenderer r = new DocxRenderer();
        try (XWPFDocument docx = r.docx) {
            docx.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
            r.numbering = docx.createNumbering();
            for (Doc.Block block : doc.blocks()) {
                r.add(block);
            }
            if (doc.footer() != null) {
                docx.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(doc.footer());
            }
            POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
            core.setTitle(doc.title());
            core.setCreator(doc.author());
            core.setLastModifiedByUser(doc.author());
            core.setCreated(Optional.of(Reproducible.date(doc.created())));
            core.setModified(Optional.of(Reproducible.date(doc.created())));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.write(out);
            return Reproducible.normalizeZip(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    private XWPFParagraph paragraph(String style) {
        XWPFParagraph p = docx.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        if (pageBreak) {
            p.setPageBreak(true);
            pageBreak = false;
        }
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        return r;
    }

    private void add(Doc.Block block) throws XmlException {
        if (block instanceof Doc.Title t) {
            run(paragraph("Title"), t.text(), false);
        } else if (block instanceof Doc.Subtitle s) {
            run(paragraph("Subtitle"), s.text(), false);
        } else if (block instanceof Doc.Heading h) {
            run(paragraph("Heading1"), h.text(), false);
        } else if (block instanceof Doc.Subheading h) {
            run(paragraph("Heading2"), h.text(), false);
        } else if (block instanceof Doc.Para p) {
            run(paragraph(null), p.text(), false);
        } else if (block instanceof Doc.Items items) {
            BigInteger numId = list(items.numbered());
            for (String item : items.items()) {
                XWPFParagraph p = paragraph("ListParagraph");
                p.setNumID(numId);
                p.setNumILvl(BigInteger.ZERO);
                run(p, item, false);
            }
        } else if (block instanceof Doc.Lines lines) {
            for (String line : lines.lines()) {
                XWPFParagraph p = paragraph(null);
                p.setSpacingAfter(0);
                run(p, line, false);
            }
            paragraph(null).setSpacingAfter(0);
        } else if (block instanceof Doc.Table table) {
            table(table);
        } else if (block instanceof Doc.Signatures signatures) {
            signatures(signatures.blocks());
        } else if (block instanceof Doc.PageBreak) {
            pageBreak = true;
        }
    }

    private BigInteger list(boolean numbered) throws XmlException {
        int id = lists++;
        CTAbstractNum ct = NumberingDocument.Factory.parse(abstractNum(id, numbered)).getNumbering().getAbstractNumArray(0);
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(ct, numbering));
        return numbering.addNum(abstractId);
    }

    private void table(Doc.Table table) {
        int cols = table.header().size();
        XWPFTable t = docx.createTable(table.rows().size() + 1, cols);
        t.setStyleID("TableGrid");
        t.setWidth("100%");
        double total = 0;
        for (double w : table.widths()) {
            total += w;
        }
        fill(t.getRow(0), table.header(), true, table.widths(), total);
        for (int i = 0; i < table.rows().size(); i++) {
            fill(t.getRow(i + 1), table.rows().get(i), false, table.widths(), total);
        }
        paragraph(null).setSpacingAfter(0);
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header, double[] widths, double total) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setWidth(Math.round(100 * widths[c] / total) + "%");
            if (header) {
                cell.setColor("DCE3F0");
            }
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setSpacingAfter(0);
            run(p, cells.get(c), header);
        }
    }

    private void signatures(List<Doc.SignBlock> blocks) {
        XWPFTable t = docx.createTable(1, blocks.size());
        t.setWidth("100%");
        t.removeBorders();
        for (int c = 0; c < blocks.size(); c++) {
            Doc.SignBlock block = blocks.get(c);
            XWPFTableCell cell = t.getRow(0).getCell(c);
            cell.setWidth(Math.round(100.0 / blocks.size()) + "%");
            XWPFParagraph caption = cell.getParagraphs().get(0);
            run(caption, block.caption(), true);
            for (String line : block.lines()) {
                XWPFParagraph p = cell.addParagraph();
                p.setSpacingBefore(120);
                p.setSpacingAfter(0);
                run(p, line, false);
            }
        }
        paragraph(null);
    }
}
