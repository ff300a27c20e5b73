package io.poerules.map;

import io.poerules.extract.DocumentPart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /**
     * A label without the colon and the white space after it at its end ("Name: " gives "Name"): what replacing the
     * first match of {@code :\s*$} does, without a regular expression's search of the whole label.
     */
    static String withoutTrailingColon(String label) {
        int end = label.length();
        int kept = end;
        if (end > 0 && PartText.isLineSeparator(label.charAt(end - 1))) {
            kept = --end;
        }
        while (end > 0 && PartText.isSpace(label.charAt(end - 1))) {
            end--;
        }
        return end > 0 && label.charAt(end - 1) == ':' ? label.substring(0, end - 1) + label.substring(kept) : label;
    }

    /** How the detector reads the lines of a table: which cells are bare labels, which lines are fields. */
    interface Fields {
        /** Whether a cell is only a field label ("Signature", "Name:", "Date"), its value in the next cell. */
        boolean isLabel(String cell);

        /** Whether a line is a field of a signature block ("Name: Jane Doe", "(Electronically signed)"). */
        boolean isField(String line);

        /** The label a field line starts with, lower case ("name"), or {@code null}. */
        String labelOf(String line);

        /** Whether a cell is only a signature label ("Customer Signature"), its value below it or beside it. */
        boolean isSignatureLabel(String cell);
    }

    /**
     * The table whose rows start at line {@code from}: a row of two or more filled cells, and below it the rows
     * of two or more cells and the lines of one: a field whose neighbours stand on lines of their own (a PDF puts
     * "Signature: Jane Doe" and "Signature: Sam Lee" on two lines when stamps push them apart) goes to the column
     * whose turn its label is, the first "Signature:" to the first column, the second to the second; a short line
     * that is no field continues the line above it (a wrapped title).
     *
     * @return the table, or {@code null} when the line is no table row
     */
    static SignatureTable at(PartText text, List<PartText.Line> lines, int from, Fields fields) {
        List<List<String>> rows = new ArrayList<>();
        int last = from - 1;
        int labelledRows = 0;
        int rowsOfCells = 0;
        for (int i = from; i < lines.size(); i++) {
            List<String> cells = cells(text.raw(lines.get(i)));
            boolean row = cells.stream().filter(c -> !c.isEmpty()).count() >= 2;
            if (!row) {
                cells = cells.stream().filter(c -> !c.isEmpty()).toList();
            }
            if (rows.isEmpty()) {
                if (!isRow(cells)) {
                    break;
                }
            } else if (row) {
                boolean labelled = cells.get(0).isEmpty() || fields.isLabel(flat(cells.get(0)));
                if (isLabelColumn(labelledRows, rowsOfCells) && !labelled
                        && rows.stream().filter(r -> r.size() > 1 && !r.get(0).isEmpty()).count() > 1
                        && !fields.isField(flat(cells.get(1)))) {
                    break;
                }
            } else if (!continues(lines, i, cells, fields)) {
                break;
            }
            if (row) {
                rowsOfCells++;
                labelledRows += cells.get(0).isEmpty() || fields.isLabel(flat(cells.get(0))) ? 1 : 0;
            }
            rows.add(row ? cells : List.of(cells.get(0)));
            last = i;
        }
        if (rows.isEmpty()) {
            return null;
        }
        rows = withoutEmptyLeadingColumns(rows);
        if (isHeaderOfLabels(rows.get(0), fields) && rows.size() > 1) {
            return new SignatureTable(from, last, rowsAsColumns(rows.stream().filter(r -> r.size() > 1).toList()));
        }
        return new SignatureTable(from, last, columns(rows, fields));
    }

    /** Whether the rows so far start with labels: two of three at least ("Requested by" among "Approved by", "Date"). */
    private static boolean isLabelColumn(int labelledRows, int rowsOfCells) {
        return labelledRows * 3 >= rowsOfCells * 2;
    }

    /** The rows without the empty cells that all rows start with (a spreadsheet's unused first columns). */
    private static List<List<String>> withoutEmptyLeadingColumns(List<List<String>> rows) {
        int empty = Integer.MAX_VALUE;
        for (List<String> row : rows) {
            if (row.size() > 1) {
                int e = 0;
                while (e < row.size() - 1 && row.get(e).isEmpty()) {
                    e++;
                }
                empty = Math.min(empty, e);
            }
        }
        if (empty == 0 || empty == Integer.MAX_VALUE) {
            return rows;
        }
        int drop = empty;
        return rows.stream().map(r -> r.size() > 1 ? r.subList(Math.min(drop, r.size() - 1), r.size()) : r).toList();
    }

    /** The table's columns, a party each, from its rows and its lines of one cell. */
    private static List<List<String>> columns(List<List<String>> rows, Fields fields) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<String>> labelled = rows.stream().filter(r -> r.size() > 1 && !r.get(0).isEmpty()).toList();
        long bare = labelled.stream().filter(r -> fields.isLabel(flat(r.get(0)))).count();
        boolean labels = !labelled.isEmpty() && bare * 3 >= labelled.size() * 2;
        int first = labels ? 1 : 0;
        int count = Math.max(1, width - first);
        List<List<String>> columns = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            columns.add(new ArrayList<>());
        }
        java.util.Map<String, Integer> turns = new java.util.HashMap<>();
        int lastColumn = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() > 1) {
                for (int c = first; c < width; c++) {
                    String cell = c < row.size() ? row.get(c) : "";
                    List<String> column = columns.get(c - first);
                    if (labels && !row.get(0).isEmpty()) {
                        column.add(label(row.get(0)) + ": " + flat(cell));
                    } else if (isValueOfLabelAbove(column, flat(cell), fields) && !isValueBelow(rows, r + 1, c, fields)) {
                        column.set(column.size() - 1, label(column.get(column.size() - 1)) + ": " + flat(cell));
                    } else {
                        column.addAll(lines(cell));
                    }
                }
                turns.clear();
                continue;
            }
            String line = row.get(0);
            String label = fields.labelOf(line);
            if (label != null) {
                int turn = turns.merge(label, 1, Integer::sum) - 1;
                lastColumn = turn % count;
                columns.get(lastColumn).add(flat(line));
            } else if (fields.isField(line) || columns.get(lastColumn).isEmpty()) {
                columns.get(lastColumn).add(flat(line));
            } else {
                List<String> column = columns.get(awaitingValue(columns, lastColumn));
                column.set(column.size() - 1, column.get(column.size() - 1) + " " + flat(line));
            }
        }
        return columns;
    }

    /**
     * The column a line of one cell goes on: the one whose last line is a label still without its value
     * ("DocuSigned by:" in the right column, whose name a PDF prints on a line of its own), else the last column a
     * line went to.
     */
    private static int awaitingValue(List<List<String>> columns, int lastColumn) {
        for (int c = 0; c < columns.size(); c++) {
            List<String> column = columns.get(c);
            if (!column.isEmpty() && column.get(column.size() - 1).strip().endsWith(":")) {
                return c;
            }
        }
        return lastColumn;
    }

    /**
     * Whether the row {@code r} holds a value in column {@code c} too: under a label, a second value makes the label a
     * column's header over a list ("By" over the authors of a version history), not a form's field.
     */
    private static boolean isValueBelow(List<List<String>> rows, int r, int c, Fields fields) {
        if (r >= rows.size() || rows.get(r).size() <= c) {
            return false;
        }
        String cell = flat(rows.get(r).get(c));
        return !cell.isEmpty() && !fields.isLabel(cell) && !fields.isField(cell);
    }

    /**
     * Whether a cell is the value of the bare label above it in its column ("Customer Signature" over "/s/ Sam Lee"),
     * not the name printed under a label that stands under its signature ("U. Kesselbach" over "Unterschrift" over
     * "Dr. Ulrike Kesselbach").
     */
    private static boolean isValueOfLabelAbove(List<String> column, String cell, Fields fields) {
        int size = column.size();
        return size > 0 && !cell.isEmpty() && fields.isLabel(column.get(size - 1)) && !fields.isField(cell)
                && fields.labelOf(cell) == null && (size < 2 || fields.isField(column.get(size - 2)));
    }

    /**
     * Whether a line of one cell goes on with the table: a field, or a short line (a wrapped title, a stamp)
     * before another field or row.
     */
    private static boolean continues(List<PartText.Line> lines, int i, List<String> cells, Fields fields) {
        String cell = cells.isEmpty() ? "" : cells.get(0);
        if (cell.isEmpty()) {
            return false;
        }
        if (fields.isField(cell)) {
            return true;
        }
        if (PartText.wordCount(cell) > 4 || i + 1 >= lines.size()) {
            return false;
        }
        String next = lines.get(i + 1).text();
        return next.contains("\t") || fields.isField(next);
    }

    /**
     * A first row of labels ("Party | Name | Signature | Date"): each row below is one party. Two cells of three at
     * least are labels: a version history's "Version | Date | Change | By" records changes, not signatures. A row of
     * signature labels only ("Customer Signature | Partner Signature") heads a column per party instead.
     */
    private static boolean isHeaderOfLabels(List<String> header, Fields fields) {
        List<String> filled = header.stream().filter(c -> !c.isEmpty()).map(SignatureTable::flat).toList();
        long labels = filled.stream().filter(fields::isLabel).count();
        return labels >= 2 && labels * 3 >= filled.size() * 2 && !filled.stream().allMatch(fields::isSignatureLabel);
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
        return withoutTrailingColon(flat(cell));
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
