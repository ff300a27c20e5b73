package io.poerules.map;

import io.poerules.map.lexicon.PhraseGroups;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values that labels introduce, whatever the layout: {@code Label: value} on one line, a label
 * cell and the value in the next cell of its row (a Word, Excel or HTML table, or columns of a PDF line), a
 * label alone on its line and the value on the next line, and a row of label cells over a row of values.
 * A label matches at the start of a cell. Immutable and thread-safe.
 */
final class LabelledValues {

    /** How the value stands to its label. */
    enum Layout {
        /** After the label and a colon or dash, in the same cell: {@code Client: Contoso}. */
        SAME_CELL,
        /** After the label and a space only, in the same cell: {@code Prepared for Contoso}. */
        RUN_ON,
        /** In the next filled cell of the label's row. */
        NEXT_CELL,
        /** On the next line with text, the label alone on its line, or in the next paragraph of its cell. */
        NEXT_LINE,
        /** In the row below, in the label's column, under a row of labels. */
        COLUMN
    }

    /**
     * A value and its label.
     *
     * @param label      the lexicon phrase that matched
     * @param value      the value's text, one line
     * @param valueStart offset of the value in the part's text
     * @param valueEnd   offset past it
     * @param line       the label's line
     * @param layout     how the value stands to the label
     */
    record Labelled(String label, String value, int valueStart, int valueEnd, PartText.Line line, Layout layout) {
    }

    private static final Pattern SEPARATOR = Pattern.compile("^\\s*[:：\\-–—=]+\\s*");
    /** A label's other language after a slash ("CONTRATANTE / CUSTOMER:", "Kunde / Client"). */
    private static final Pattern SECOND_LANGUAGE = Pattern.compile("^\\s*/\\s*[\\p{L}][\\p{L}'’ ]{0,30}?(?=\\s*[:：\\t]|\\s*$)");
    /** The break between two paragraphs of one table cell. */
    private static final char CELL_PARAGRAPH = '\u000B';
    /**
     * Three spaces or more end a value: the next field of a form written with spaces ("Quote #: 123   Version: 2"); and
     * so does a cell's next paragraph (the address under a company's name).
     */
    private static final Pattern FIELD_GAP = Pattern.compile("\\s{3,}| \u00b7 | \\| |" + CELL_PARAGRAPH);
    private static final int MAX_LINES_TO_VALUE = 3;

    private final PhraseMatcher labels;
    private final PhraseMatcher headings;

    LabelledValues(PhraseMatcher labels) {
        this(labels, labels);
    }

    /**
     * @param labels   the labels whose values are read
     * @param headings the labels that can stand beside them in a row of headings, theirs included ("Prestataire |
     *                 Client"): no value is one of them
     */
    LabelledValues(PhraseMatcher labels, PhraseMatcher headings) {
        this.labels = labels;
        this.headings = headings;
    }

    /**
     * Every labelled value of a part, in the order of the text. Where a label's value can be read two ways (the
     * next cell of a row of headings, or the line under the label), both are given, the nearer first, for the
     * same label line.
     */
    List<Labelled> find(PartText text) {
        List<Labelled> out = new ArrayList<>();
        List<PartText.Line> lines = text.lines();
        for (PartText.Line line : lines) {
            if (line.isBlank()) {
                continue;
            }
            List<PartText.Cell> cells = text.cells(line);
            for (int i = 0; i < cells.size(); i++) {
                PartText.Cell cell = cells.get(i);
                PhraseMatcher.Match m = cell.isEmpty() ? null : labels.findStartingBy(cell.text(), 0);
                if (m != null && m.start() == 0) {
                    read(text, line, cells, i, m, out);
                }
            }
        }
        return out;
    }

    /** The values of the label {@code m} that starts the cell {@code i} of a line, added to {@code out}. */
    private void read(PartText text, PartText.Line line, List<PartText.Cell> cells, int i, PhraseMatcher.Match m,
                      List<Labelled> out) {
        List<PartText.Line> lines = text.lines();
        Labelled value = valueOf(text, lines, line, cells, i, m);
        if (value == null) {
            return;
        }
        out.add(value);
        if (value.layout() == Layout.SAME_CELL && value.value().codePoints().noneMatch(Character::isLetter)) {
            Labelled next = nextLine(text, lines, line, m);
            if (next != null) {
                out.add(next);
            }
        }
        if (value.layout() == Layout.NEXT_CELL) {
            Labelled under = below(text, lines, line, i, m);
            if (under != null && under.layout() == Layout.COLUMN) {
                out.add(under);
            }
        }
    }

    /**
     * Several readers of labelled values run over a part's cells in one pass: each cell's labels are looked for
     * in every reader's list at once. Immutable and thread-safe.
     */
    static final class Readers {
        private final List<LabelledValues> readers;
        private final PhraseGroups labels;

        Readers(List<LabelledValues> readers) {
            this.readers = List.copyOf(readers);
            this.labels = PhraseGroups.of(this.readers.stream().map(r -> r.labels.phrases()).toList());
        }

        /** For each reader, in order, what its {@link LabelledValues#find} gives. */
        List<List<Labelled>> find(PartText text) {
            List<List<Labelled>> out = new ArrayList<>();
            readers.forEach(r -> out.add(new ArrayList<>()));
            for (PartText.Line line : text.lines()) {
                if (line.isBlank()) {
                    continue;
                }
                List<PartText.Cell> cells = text.cells(line);
                for (int i = 0; i < cells.size(); i++) {
                    PartText.Cell cell = cells.get(i);
                    List<PhraseMatcher.Match> starts = cell.isEmpty() ? List.of() : labels.findStartingBy(cell.text(), 0);
                    for (int r = 0; r < starts.size(); r++) {
                        PhraseMatcher.Match m = starts.get(r);
                        if (m != null && m.start() == 0) {
                            readers.get(r).read(text, line, cells, i, m, out.get(r));
                        }
                    }
                }
            }
            return out;
        }
    }

    /** Whether a cell is only a label, perhaps with a colon after it. */
    boolean isLabel(String cell) {
        PhraseMatcher.Match m = headings.findStartingBy(cell, 0);
        return m != null && m.start() == 0 && PartText.isOnlySpaceOr(cell.substring(m.end()), ":：");
    }

    private Labelled valueOf(PartText text, List<PartText.Line> lines, PartText.Line line, List<PartText.Cell> cells,
                             int index, PhraseMatcher.Match m) {
        PartText.Cell cell = cells.get(index);
        int labelEnd = m.end();
        Matcher second = SECOND_LANGUAGE.matcher(cell.text().substring(labelEnd));
        if (second.lookingAt()) {
            labelEnd += second.end();
        }
        String rest = cell.text().substring(labelEnd);
        Matcher separator = SEPARATOR.matcher(rest);
        if (separator.lookingAt()) {
            String value = rest.substring(separator.end());
            if (!value.isBlank()) {
                return inCell(m, cell, labelEnd + separator.end(), line, Layout.SAME_CELL);
            }
        } else if (rest.stripLeading().length() < rest.length() && rest.substring(0, rest.length()
                - rest.stripLeading().length()).indexOf(CELL_PARAGRAPH) >= 0) {
            return inCell(m, cell, labelEnd, line, Layout.NEXT_LINE);
        } else if (!rest.isEmpty()) {
            return Character.isWhitespace(rest.charAt(0)) && PartText.wordCount(m.phrase()) > 1
                    ? inCell(m, cell, m.end() + 1, line, Layout.RUN_ON) : null;
        }
        for (int j = index + 1; j < cells.size(); j++) {
            if (!cells.get(j).isEmpty()) {
                return isLabel(cells.get(j).text()) && !allLabels(cells) ? null
                        : allLabels(cells) ? below(text, lines, line, index, m) : inCell(m, cells.get(j), 0, line, Layout.NEXT_CELL);
            }
        }
        if (allLabels(cells) && cells.stream().filter(c -> !c.isEmpty()).count() > 1) {
            return below(text, lines, line, index, m);
        }
        Labelled under = index > 0 ? below(text, lines, line, index, m) : null;
        return under != null ? under : nextLine(text, lines, line, m);
    }

    private boolean allLabels(List<PartText.Cell> cells) {
        return cells.stream().filter(c -> !c.isEmpty()).allMatch(c -> isLabel(c.text()));
    }

    /** The value in a cell, from {@code from} to the next field gap. */
    private static Labelled inCell(PhraseMatcher.Match m, PartText.Cell cell, int from, PartText.Line line, Layout layout) {
        String value = cell.text().substring(from);
        int lead = value.length() - value.stripLeading().length();
        from += lead;
        value = value.substring(lead);
        Matcher gap = FIELD_GAP.matcher(value);
        int end = gap.find() ? gap.start() : value.length();
        String cut = value.substring(0, end).strip();
        if (cut.isEmpty()) {
            return null;
        }
        int start = cell.start() + from + (value.length() - value.stripLeading().length());
        return new Labelled(m.phrase(), flat(cut), start, start + cut.length(), line, layout);
    }

    /** The value on the next line with text, when the label stands alone on its line. */
    private Labelled nextLine(PartText text, List<PartText.Line> lines, PartText.Line line, PhraseMatcher.Match m) {
        for (int k = line.index() + 1; k < lines.size() && k <= line.index() + MAX_LINES_TO_VALUE; k++) {
            PartText.Line next = lines.get(k);
            if (next.isBlank()) {
                continue;
            }
            PartText.Cell first = text.cells(next).stream().filter(c -> !c.isEmpty()).findFirst().orElse(null);
            if (first == null || isLabel(first.text()) || headings.findStartingBy(first.text(), 0) != null) {
                return null;
            }
            return inCell(m, first, 0, line, Layout.NEXT_LINE);
        }
        return null;
    }

    /**
     * The value under a label in a row of labels, or under a label that stands in a later cell of its row: the cell in
     * its column of the next row with text; or, for the first column of a PDF whose columns were written one after the
     * other, the next line when it is one cell.
     */
    private Labelled below(PartText text, List<PartText.Line> lines, PartText.Line line, int column,
                           PhraseMatcher.Match m) {
        for (int k = line.index() + 1; k < lines.size() && k <= line.index() + MAX_LINES_TO_VALUE; k++) {
            PartText.Line next = lines.get(k);
            if (next.isBlank()) {
                continue;
            }
            List<PartText.Cell> cells = text.cells(next);
            if (cells.size() == 1) {
                return column == 0 && !isLabel(cells.get(0).text()) ? inCell(m, cells.get(0), 0, line, Layout.COLUMN)
                        : null;
            }
            return column < cells.size() && !cells.get(column).isEmpty() && !isLabel(cells.get(column).text())
                    ? inCell(m, cells.get(column), 0, line, Layout.COLUMN) : null;
        }
        return null;
    }

    private static String flat(String value) {
        return PartText.collapseSpaces(value.replace(io.poerules.extract.DocumentPart.CELL_LINE_BREAK, ' '));
    }
}
