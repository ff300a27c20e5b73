package io.poerules.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * Lays out the lines of one PDF page, in the order its content draws them, as text with the page's columns kept
 * apart. A run of lines that goes down the page is a block; blocks of a few lines that stand side by side from the
 * same height (the cells of a table row, two signature blocks, a running header's left and right parts) are one
 * row, written line by line with a tab between the cells. Longer blocks (the columns of an article) stay one after
 * the other. Within a line, a gap wider than {@link PdfColumns#COLUMN_GAP_EMS} ems is a tab, and so is a narrower one
 * before a run that starts where a column of the page starts (a caption that almost reaches its neighbour).
 */
final class PageLayout {

    /** How far apart two starts of runs may be and still be one column's, in points. */
    private static final float ALIGNED = 1.5f;
    /** The narrowest gap that can separate columns: wider than a word gap. */
    private static final float MIN_COLUMN_GAP_EMS = 0.5f;
    /** The most lines of a block that can be a cell of a row. */
    private static final int MAX_CELL_LINES = 12;
    /** How far apart two lines can stand and be one line of a row, in points. */
    private static final float SAME_LINE = 2.5f;

    /** Text between two word gaps, with its first glyph and its last that is no space, after a word gap or not. */
    record Run(String text, TextPosition first, TextPosition last, boolean afterGap) {
    }

    /** A line as PDFBox gives it: its runs, and whether a paragraph break comes before it. */
    record Line(List<Run> runs, boolean breakBefore) {
        float y() {
            return runs.get(0).first().getYDirAdj();
        }

        float left() {
            return runs.get(0).first().getXDirAdj();
        }

        float right() {
            TextPosition last = runs.get(runs.size() - 1).last();
            return last.getXDirAdj() + last.getWidthDirAdj();
        }
    }

    private final List<Line> lines;
    private final List<Float> columns;

    private PageLayout(List<Line> lines) {
        this.lines = lines;
        this.columns = columnStarts(lines);
    }

    /** The page's text. */
    static String text(List<Line> lines) {
        return new PageLayout(lines).text();
    }

    private String text() {
        StringBuilder out = new StringBuilder();
        List<List<Line>> blocks = blocks();
        int i = 0;
        while (i < blocks.size()) {
            int end = rowEnd(blocks, i);
            if (end == i + 1) {
                for (Line line : blocks.get(i)) {
                    out.append(line.breakBefore() ? "\n" : "").append(render(line)).append('\n');
                }
            } else {
                out.append(blocks.get(i).get(0).breakBefore() ? "\n" : "");
                writeRow(blocks.subList(i, end), out);
            }
            i = end;
        }
        return out.toString();
    }

    /**
     * The runs of lines that go down the page: a line at or above the one before starts a block, and so does one that
     * starts further left (the first cell of the next row of a table). A paragraph break does not: the room to sign
     * under a block's caption, or the space between the rows of a table drawn column by column, is one.
     */
    private List<List<Line>> blocks() {
        List<List<Line>> blocks = new ArrayList<>();
        Line previous = null;
        for (Line line : lines) {
            if (previous == null || line.y() <= previous.y() + 0.5f
                    || line.left() < previous.left() - ALIGNED) {
                blocks.add(new ArrayList<>());
            }
            blocks.get(blocks.size() - 1).add(line);
            previous = line;
        }
        return blocks;
    }

    /**
     * Past the last block of the row that starts at block {@code first}: the blocks that start within its height and
     * stand right of its lines at their own heights.
     */
    private static int rowEnd(List<List<Line>> blocks, int first) {
        List<Line> start = blocks.get(first);
        if (start.size() > MAX_CELL_LINES) {
            return first + 1;
        }
        List<Line> row = new ArrayList<>(start);
        float top = start.get(0).y();
        float bottom = start.get(start.size() - 1).y();
        int end = first + 1;
        while (end < blocks.size()) {
            List<Line> next = blocks.get(end);
            float nextTop = next.get(0).y();
            float nextBottom = next.get(next.size() - 1).y();
            float nextLeft = next.stream().map(Line::left).min(Float::compare).orElse(0f);
            boolean beside = row.stream().filter(l -> l.y() >= nextTop - SAME_LINE && l.y() <= nextBottom + SAME_LINE)
                    .allMatch(l -> l.right() <= nextLeft + ALIGNED);
            if (next.size() > MAX_CELL_LINES || !beside || nextTop < top - SAME_LINE || nextTop > bottom + SAME_LINE) {
                break;
            }
            row.addAll(next);
            bottom = Math.max(bottom, nextBottom);
            end++;
        }
        return end;
    }

    /** The blocks of a row, line by line from the top, a tab between the cells of a line. */
    private void writeRow(List<List<Line>> row, StringBuilder out) {
        List<Line> all = new ArrayList<>();
        row.forEach(all::addAll);
        all.sort(Comparator.comparingDouble(Line::y));
        int i = 0;
        while (i < all.size()) {
            int j = i + 1;
            while (j < all.size() && all.get(j).y() - all.get(i).y() <= SAME_LINE) {
                j++;
            }
            List<Line> cells = new ArrayList<>(all.subList(i, j));
            cells.sort(Comparator.comparingDouble(Line::left));
            for (int c = 0; c < cells.size(); c++) {
                out.append(c > 0 ? "\t" : "").append(render(cells.get(c)));
            }
            out.append('\n');
            i = j;
        }
    }

    private String render(Line line) {
        StringBuilder out = new StringBuilder();
        boolean hasWord = false;
        List<Run> runs = line.runs();
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < runs.size(); i++) {
            gaps.add(runs.get(i).afterGap() ? gap(runs.get(i - 1).last(), runs.get(i).first()) : 0f);
        }
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            if (i > 0 && run.afterGap()) {
                boolean column = hasWord && isColumnGap(runs.get(i - 1).last(), run.first())
                        && widerThanTheOthers(gaps, i - 1);
                out.append(column ? '\t' : ' ');
            }
            out.append(run.text());
            hasWord |= run.text().codePoints().anyMatch(Character::isLetterOrDigit);
        }
        return out.toString();
    }

    /**
     * Whether a line's gap is wider than twice the middle of its other gaps: in a justified line all the gaps are
     * wide, and none parts two columns.
     */
    private static boolean widerThanTheOthers(List<Float> gaps, int index) {
        List<Float> others = new ArrayList<>();
        for (int i = 0; i < gaps.size(); i++) {
            if (i != index && gaps.get(i) > 0) {
                others.add(gaps.get(i));
            }
        }
        if (others.size() < 2) {
            return true;
        }
        others.sort(Float::compare);
        return gaps.get(index) > 2 * others.get(others.size() / 2);
    }

    private static float gap(TextPosition before, TextPosition after) {
        return after.getX() - (before.getX() + before.getWidth());
    }

    private boolean isColumnGap(TextPosition before, TextPosition after) {
        if (PdfColumns.isColumnGap(before, after)) {
            return true;
        }
        if (before == null || before.getDir() != 0 || after.getDir() != 0) {
            return false;
        }
        float gap = after.getX() - (before.getX() + before.getWidth());
        float em = Math.max(before.getFontSizeInPt(), after.getFontSizeInPt());
        return em > 0 && gap > MIN_COLUMN_GAP_EMS * em
                && columns.stream().anyMatch(c -> Math.abs(c - after.getX()) <= ALIGNED);
    }

    /** Where the page's columns start: the x of runs after a wide gap, where two lines or more have one. */
    private static List<Float> columnStarts(List<Line> lines) {
        List<Float> starts = new ArrayList<>();
        for (Line line : lines) {
            List<Run> runs = line.runs();
            for (int i = 1; i < runs.size(); i++) {
                if (runs.get(i).afterGap() && PdfColumns.isColumnGap(runs.get(i - 1).last(), runs.get(i).first())) {
                    starts.add(runs.get(i).first().getX());
                }
            }
        }
        List<Float> columns = new ArrayList<>();
        for (float x : starts) {
            if (columns.stream().noneMatch(c -> Math.abs(c - x) <= ALIGNED)
                    && starts.stream().filter(o -> Math.abs(o - x) <= ALIGNED).count() >= 2) {
                columns.add(x);
            }
        }
        return columns;
    }
}
