package io.poerules.map;

import io.poerules.extract.DocumentPart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A signature block laid out as a table, read one party at a time. Three layouts: a column per party
 * whose cells hold labelled values ({@code Signature: /s/ Jane Doe | Signature: /s/ Sam Lee}); a first
 * column of labels with a column per party beside it ({@code Name | Jane Doe | Sam Lee}, read as
 * {@code Name: Jane Doe} for the first party); and a first row of labels with a row per party
 * ({@code Party | Name | Date} over {@code Client: Contoso | Jane Doe | 2026-03-04}). Empty cells keep their place, so an unsigned
 * party's column reads as blank fields.
 *
 * @param firstLine index of the table's first row among the lines read
 * @param lastLine  index of its last row
 * @param columns   per party, the column's lines from top to bottom
 */
record SignatureTable(int firstLine, int lastLine, List<List<String>> columns) {

    /** A colon and the white space after it at the end of a label ("Name: "). */
    static final Pattern TRAILING_COLON = Pattern.compile(":\\s*$");

    /**
     * The table whose rows start at line {@code from}: a row of two or more filled cells, and the rows of
     * two or more cells below it.
     *
     * @param isLabel whether a cell is a bare field label ("Signature", "Name:", "Date")
     * @return the table, or {@code null} when the line is no table row
     */
    static SignatureTable at(PartText text, List<PartText.Line> lines, int from, Predicate<String> isLabel,
                             Predicate<String> isField) {
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> wraps = new ArrayList<>();
        int last = from - 1;
        boolean labelColumn = true;
        for (int i = from; i < lines.size(); i++) {
            List<String> cells = cells(text.raw(lines.get(i)));
            boolean row = cells.size() >= 2 && !cells.stream().allMatch(String::isEmpty);
            if (rows.isEmpty()) {
                if (!isRow(cells)) {
                    break;
                }
            } else if (row) {
                boolean labelled = cells.get(0).isEmpty() || isLabel.test(flat(cells.get(0)));
                if (labelColumn && !labelled && rows.stream().anyMatch(r -> r.size() > 1 && !r.get(0).isEmpty())) {
                    break;
                }
            } else if (!continues(lines, i, cells, isField)) {
                break;
            }
            if (row) {
                labelColumn &= cells.get(0).isEmpty() || isLabel.test(flat(cells.get(0)));
            }
            rows.add(cells);
            wraps.add(!row && !rows.isEmpty() && !isField.test(cells.get(0)));
            last = i;
        }
        if (rows.isEmpty()) {
            return null;
        }
        if (isHeaderOfLabels(rows.get(0), isLabel) && rows.size() > 1) {
            return new SignatureTable(from, last, rowsAsColumns(rows));
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        boolean labels = rows.stream().filter(r -> r.size() > 1 && !r.get(0).isEmpty())
                .allMatch(r -> isLabel.test(flat(r.get(0))));
        List<List<String>> columns = new ArrayList<>();
        for (int c = labels ? 1 : 0; c < width; c++) {
            List<String> column = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                String cell = c < row.size() ? row.get(c) : "";
                if (wraps.get(r)) {
                    if (c == (labels ? 1 : 0) && !column.isEmpty()) {
                        column.set(column.size() - 1, column.get(column.size() - 1) + " " + flat(row.get(0)));
                    }
                    continue;
                }
                if (labels && !row.get(0).isEmpty() && row.size() > 1) {
                    column.add(label(row.get(0)) + ": " + flat(cell));
                } else if (row.size() == 1) {
                    if (c == (labels ? 1 : 0)) {
                        column.addAll(lines(row.get(0)));
                    }
                } else {
                    column.addAll(lines(cell));
                }
            }
            columns.add(column);
        }
        return new SignatureTable(from, last, columns);
    }

    /**
     * Whether a line of one cell goes on with the table: a field of the first column whose neighbour wrapped onto a
     * line of its own ("Title: AI Practice Director" below a long title), or a short wrapped line before another
     * field or row.
     */
    private static boolean continues(List<PartText.Line> lines, int i, List<String> cells, Predicate<String> isField) {
        String cell = cells.isEmpty() ? "" : cells.get(0);
        if (cell.isEmpty()) {
            return false;
        }
        if (isField.test(cell)) {
            return true;
        }
        if (PartText.wordCount(cell) > 4 || i + 1 >= lines.size()) {
            return false;
        }
        String next = lines.get(i + 1).text();
        return next.contains("\t") || isField.test(next);
    }

    /** A first row of labels ("Party | Name | Signature | Date"): each row below is one party. */
    private static boolean isHeaderOfLabels(List<String> header, Predicate<String> isLabel) {
        List<String> filled = header.stream().filter(c -> !c.isEmpty()).toList();
        long labels = filled.stream().map(SignatureTable::flat).filter(isLabel).count();
        return labels >= 2 && labels * 2 >= filled.size();
    }

    /** One column per row below the header, each cell labelled with its header ("Date: 6 February 2026"). */
    private static List<List<String>> rowsAsColumns(List<List<String>> rows) {
        List<String> header = rows.get(0);
        List<List<String>> columns = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            List<String> column = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                String label = c < header.size() ? header.get(c) : "";
                column.add(label.isEmpty() ? flat(row.get(c)) : label(label) + ": " + flat(row.get(c)));
            }
            columns.add(column);
        }
        return columns;
    }

    /** The paragraphs of a cell, each a line. */
    private static List<String> lines(String cell) {
        return Arrays.stream(cell.split(String.valueOf(DocumentPart.CELL_LINE_BREAK))).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }

    /** A cell's paragraphs on one line. */
    private static String flat(String cell) {
        return String.join(" ", lines(cell));
    }

    private static String label(String cell) {
        return TRAILING_COLON.matcher(flat(cell)).replaceFirst("");
    }

    /** Whether a line can open a table: a row of two or more cells that are not empty. */
    static boolean isRow(String raw) {
        return isRow(cells(raw));
    }

    private static boolean isRow(List<String> cells) {
        return cells.stream().filter(c -> !c.isEmpty()).count() >= 2;
    }

    /** The trimmed cells of a row; the tab Tika writes before the first cell does not make an empty cell. */
    private static List<String> cells(String raw) {
        String row = raw.startsWith("\t") ? raw.substring(1) : raw;
        List<String> cells = new ArrayList<>();
        for (String cell : row.split("\t", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }
}
