package io.poerules.extract;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the body text of one part from Tika's XHTML events, marking page starts with a form feed
 * and charging every character to the document's {@link TextBudget}. A table row of two or more filled
 * cells stays on one line, the paragraphs inside its cells kept apart by a vertical tab and the cells separated
 * by the tab Tika writes before each cell, so empty cells keep their place. A row with one filled cell
 * (a box around a signature block) keeps its paragraphs on their own lines.
 */
final class PartTextHandler extends DefaultHandler {

    private final TextBudget budget;
    private final PdfColumns columns;
    private final StringBuilder text = new StringBuilder();
    private int pages;
    private int divDepth;
    /** The depth of the open page's division while its body text is replaced by the column-aware text, else -1. */
    private int replacedPageDepth = -1;
    private int headDepth;
    private int cellDepth;
    private int cellStart;
    private int rowDepth;
    private int rowStart;
    private int filledCells;
    private final java.util.SortedSet<Integer> ocrPages = new java.util.TreeSet<>();
    /** The depth of the open OCR division, else -1; and the spaces in a row read by OCR so far. */
    private int ocrDepth = -1;
    private int spaces;

    PartTextHandler(TextBudget budget) {
        this(budget, null);
    }

    /**
     * @param columns the column-aware text of the part's pages when the part is a PDF ({@link ColumnPdfParser}
     *                fills it), written in place of the body text Tika gives for each page it has; or {@code null}
     */
    PartTextHandler(TextBudget budget, PdfColumns columns) {
        this.budget = budget;
        this.columns = columns;
    }

    /** The column-aware text this handler writes for a PDF's pages, or {@code null}. */
    PdfColumns columns() {
        return columns;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head")) {
            headDepth++;
        } else if (name.equals("div") && "page".equals(atts.getValue("class"))) {
            divDepth++;
            if (pages > 0) {
                append("\f");
            }
            String columnText = columns == null ? null : columns.page(pages);
            pages++;
            if (columnText != null && !columnText.isBlank()) {
                append(columnText);
                replacedPageDepth = divDepth;
            }
        } else if (name.equals("div") && "ocr".equals(atts.getValue("class"))) {
            divDepth++;
            ocrDepth = divDepth;
            ocrPages.add(Math.max(1, pages));
            append("\n");
        } else if (name.equals("td") || name.equals("th")) {
            if (++cellDepth == 1) {
                cellStart = text.length();
            }
        } else if (isBreak(name)) {
            if (name.equals("div")) {
                divDepth++;
            }
            append("\n");
            if (name.equals("tr") && ++rowDepth == 1) {
                rowStart = text.length();
                filledCells = 0;
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head")) {
            headDepth--;
        } else if (name.equals("td") || name.equals("th")) {
            if (cellDepth == 1 && !text.substring(cellStart).isBlank()) {
                filledCells++;
            }
            cellDepth = Math.max(0, cellDepth - 1);
        } else if (isBreak(name)) {
            if (name.equals("div")) {
                if (divDepth == replacedPageDepth) {
                    replacedPageDepth = -1;
                }
                if (divDepth == ocrDepth) {
                    ocrDepth = -1;
                }
                divDepth = Math.max(0, divDepth - 1);
            }
            if (name.equals("tr") && rowDepth > 0 && --rowDepth == 0 && filledCells >= 2) {
                joinRowOnOneLine();
            }
            append("\n");
        }
    }

    private static boolean isBreak(String name) {
        return switch (name) {
            case "p", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "div", "table", "blockquote", "pre" -> true;
            default -> false;
        };
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (headDepth == 0 && divDepth != replacedPageDepth) {
            append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void append(String s) throws SAXException {
        append(s.toCharArray(), 0, s.length());
    }

    private void append(char[] ch, int start, int length) throws SAXException {
        int granted = budget.take(length);
        for (int i = start; i < start + granted; i++) {
            char c = ch[i];
            if (ocrDepth >= 0 && (c == ' ' || c == '|')) {
                appendOcrSpace();
                continue;
            }
            spaces = 0;
            if (c == '\u00A0' || cellDepth > 0 && c == '\t') {
                text.append(' ');
            } else if (c != '\r' && c != '\u0000') {
                text.append(c);
            }
        }
    }

    /**
     * A space of text read by OCR (or a table's rule, which Tesseract reads as {@code |}), written with the gaps
     * between words kept: a gap of
     * {@value #OCR_COLUMN_SPACES} spaces or more separates columns (a table, signature blocks side by side), as
     * a tab separates a row's cells.
     */
    private void appendOcrSpace() {
        spaces++;
        if (spaces < OCR_COLUMN_SPACES) {
            text.append(' ');
        } else if (spaces == OCR_COLUMN_SPACES) {
            text.setLength(text.length() - (OCR_COLUMN_SPACES - 1));
            text.append('\t');
        }
    }

    private static final int OCR_COLUMN_SPACES = 4;

    /**
     * A row of two or more filled cells becomes one line: the line breaks inside its cells become
     * {@link DocumentPart#CELL_LINE_BREAK}, whitespace to every pattern, that table readers can split on.
     */
    private void joinRowOnOneLine() {
        for (int i = rowStart; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                text.setCharAt(i, DocumentPart.CELL_LINE_BREAK);
            }
        }
    }

    /** Whether the part had page divisions (a PDF). */
    boolean paged() {
        return pages > 0;
    }

    /**
     * The 1-based pages whose text Tesseract read (Tika marks it {@code <div class="ocr">}); {@code [1]} for
     * a part without pages (an image) read by OCR; empty when no OCR took place.
     */
    java.util.List<Integer> ocrPages() {
        return java.util.List.copyOf(ocrPages);
    }

    /** The collected text with runs of blank lines collapsed. */
    String text() {
        return text.toString().replaceAll("\u000B{2,}", "\u000B").replaceAll("[ \u000B]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
