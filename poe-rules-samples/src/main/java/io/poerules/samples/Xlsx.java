package io.poerules.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small spreadsheet writer over POI's XSSF for purchase orders: a title, plain and bold cells,
 * long text merged across columns, a bordered line-item table.
 */
final class Xlsx implements AutoCloseable {

    enum Style { PLAIN, BOLD, TITLE, HEADER, CELL, NUMBER, MONEY, TOTAL, NOTE }

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle[] styles = new CellStyle[Style.values().length];
    private XSSFSheet sheet;
    private int next;
    private int columns;

    Xlsx() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font title = workbook.createFont();
        title.setBold(true);
        title.setFontHeightInPoints((short) 15);
        for (Style s : Style.values()) {
            CellStyle cs = workbook.createCellStyle();
            cs.setVerticalAlignment(VerticalAlignment.TOP);
            switch (s) {
                case BOLD -> cs.setFont(bold);
                case TITLE -> cs.setFont(title);
                case HEADER -> {
                    cs.setFont(bold);
                    cs.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
                    cs.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    borders(cs);
                    cs.setWrapText(true);
                }
                case CELL -> {
                    borders(cs);
                    cs.setWrapText(true);
                }
                case NUMBER -> borders(cs);
                case MONEY -> {
                    borders(cs);
                    cs.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
                }
                case TOTAL -> {
                    cs.setFont(bold);
                    cs.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
                }
                case NOTE -> cs.setWrapText(true);
                default -> {
                }
            }
            styles[s.ordinal()] = cs;
        }
    }

    private static void borders(CellStyle cs) {
        cs.setBorderTop(BorderStyle.THIN);
        cs.setBorderBottom(BorderStyle.THIN);
        cs.setBorderLeft(BorderStyle.THIN);
        cs.setBorderRight(BorderStyle.THIN);
    }

    /** Starts a sheet with column widths in characters. */
    Xlsx sheet(String name, int... widths) {
        sheet = workbook.createSheet(name);
        next = 0;
        columns = widths.length;
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        return this;
    }

    /** A row of cells in one style; a {@link Number} is written as a number. */
    Xlsx row(Style style, Object... values) {
        XSSFRow row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                continue;
            }
            XSSFCell cell = row.createCell(i);
            Style st = style;
            if (values[i] instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                if (style == Style.CELL) {
                    st = n instanceof Double ? Style.MONEY : Style.NUMBER;
                } else if (style == Style.BOLD && n instanceof Double) {
                    st = Style.TOTAL;
                }
            } else {
                cell.setCellValue(values[i].toString());
            }
            cell.setCellStyle(styles[st.ordinal()]);
        }
        return this;
    }

    /** One text merged across all columns; {@code lines} sets the row height for wrapped text. */
    Xlsx wide(Style style, String text, int lines) {
        int r = next;
        row(style, text);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        }
        if (lines > 1) {
            sheet.getRow(r).setHeightInPoints(15f * lines);
        }
        return this;
    }

    /** Sets the height of the last row, for wrapped cells. */
    Xlsx tall(int lines) {
        sheet.getRow(next - 1).setHeightInPoints(15f * lines);
        return this;
    }

    Xlsx blank() {
        next++;
        return this;
    }

    byte[] write(String title, String author, LocalDateTime created) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator(author);
        core.setLastModifiedByUser(author);
        core.setCreated(Optional.of(Reproducible.date(created)));
        core.setModified(Optional.of(Reproducible.date(created)));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return Reproducible.normalizeZip(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
