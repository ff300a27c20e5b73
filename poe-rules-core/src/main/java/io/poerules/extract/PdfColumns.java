package io.poerules.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text of a PDF's pages with its columns kept apart: where two runs of text on one line stand
 * further apart than a word gap (the label and the value of a form, two signature blocks side by side,
 * the cells of a table without rules), they are separated by a tab instead of a space, as the cells of
 * a Word table are. Read from the glyphs' positions by PDFBox, with the settings Tika's PDF parser reads
 * the text with, so that the text is the same but for those separators. One instance serves one PDF of
 * one extraction; not thread-safe.
 */
final class PdfColumns {

    private static final Logger LOG = LoggerFactory.getLogger(PdfColumns.class);

    /** A gap wider than this many times the font size separates columns. */
    static final float COLUMN_GAP_EMS = 1.2f;

    private final long deadlineNanos;
    private List<String> pages;

    /** @param deadlineNanos the {@link System#nanoTime()} by which reading must stop */
    PdfColumns(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /**
     * Reads the pages of the first PDF it is given; a later one (a PDF embedded in it) is not this
     * part's. A page that cannot be read leaves every page to Tika's text.
     */
    void read(PDDocument document) {
        if (pages != null) {
            return;
        }
        try {
            pages = new ColumnStripper(deadlineNanos).pages(document);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CancellationException) {
                Thread.currentThread().interrupt();
            }
            LOG.debug("The columns of a PDF could not be read; its text is read without them", e);
            pages = List.of();
        }
    }

    /** The text of a 0-based page, or {@code null} when it was not read. */
    String page(int index) {
        return pages == null || index >= pages.size() ? null : pages.get(index);
    }

    /**
     * Writes each line with a tab where a gap separates two columns: a gap wider than {@link #COLUMN_GAP_EMS}
     * ems, or a narrower one before a run that starts where a column of the page starts (two signature captions
     * side by side whose left one almost reaches the right one). A column starts at the x of a run that stands after
     * a wide gap on two lines of the page or more. Lines come in the order of their places on the page.
     */
    private static final class ColumnStripper extends PDFTextStripper {

        /** How far apart two starts of runs may be and still be one column's, in points. */
        private static final float ALIGNED = 1.5f;
        /** The narrowest gap that can separate columns: wider than a word gap. */
        private static final float MIN_COLUMN_GAP_EMS = 0.5f;

        private final long deadlineNanos;
        private final List<String> pages = new ArrayList<>();
        /** The page's lines, each a list of runs; a {@code null} line stands for an extra line break. */
        private final List<List<Run>> lines = new ArrayList<>();
        private List<Run> line = new ArrayList<>();
        private boolean separatorPending;

        /** Text between two word separators, with its first and last glyph, after a word gap or not. */
        private record Run(String text, TextPosition first, TextPosition last, boolean afterGap) {
        }

        ColumnStripper(long deadlineNanos) {
            this.deadlineNanos = deadlineNanos;
            setSortByPosition(true);
            setWordSeparator(" ");
            setAverageCharTolerance(0.3f);
            setSpacingTolerance(0.5f);
            setDropThreshold(2.5f);
            setSuppressDuplicateOverlappingText(false);
            setLineSeparator("\n");
        }

        List<String> pages(PDDocument document) throws IOException {
            writeText(document, Writer.nullWriter());
            return List.copyOf(pages);
        }

        @Override
        protected void startPage(PDPage pdPage) throws IOException {
            if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadlineNanos > 0) {
                throw new CancellationException("time limit reached");
            }
            lines.clear();
            line = new ArrayList<>();
            separatorPending = false;
        }

        @Override
        protected void endPage(PDPage pdPage) {
            endLine();
            List<Float> columns = columnStarts();
            StringBuilder page = new StringBuilder();
            for (List<Run> runs : lines) {
                if (runs == null) {
                    page.append('\n');
                    continue;
                }
                boolean hasWord = false;
                for (int i = 0; i < runs.size(); i++) {
                    Run run = runs.get(i);
                    if (i > 0 && run.afterGap()) {
                        page.append(hasWord && isColumnGap(runs.get(i - 1).last(), run.first(), columns) ? '\t' : ' ');
                    }
                    page.append(run.text());
                    hasWord |= run.text().codePoints().anyMatch(Character::isLetterOrDigit);
                }
                page.append('\n');
            }
            pages.add(page.toString());
        }

        /** Where the page's columns start: the x of runs after a wide gap, where two lines or more have one. */
        private List<Float> columnStarts() {
            List<Float> starts = new ArrayList<>();
            for (List<Run> runs : lines) {
                for (int i = 1; runs != null && i < runs.size(); i++) {
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

        private static boolean isColumnGap(TextPosition before, TextPosition after, List<Float> columns) {
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

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty()) {
                return;
            }
            StringBuilder glyphs = new StringBuilder();
            positions.forEach(p -> glyphs.append(p.getUnicode()));
            if (!glyphs.toString().equals(text)) {
                line.add(new Run(text, positions.get(0), lastInk(positions), separatorPending && !line.isEmpty()));
                separatorPending = false;
                return;
            }
            int start = 0;
            for (int i = 0; i <= positions.size(); i++) {
                if (i == positions.size() || positions.get(i).getUnicode().isBlank()) {
                    if (i > start) {
                        List<TextPosition> word = positions.subList(start, i);
                        StringBuilder run = new StringBuilder();
                        word.forEach(p -> run.append(p.getUnicode()));
                        line.add(new Run(run.toString(), word.get(0), lastInk(word),
                                separatorPending && !line.isEmpty()));
                    }
                    separatorPending = i < positions.size() || separatorPending && i == start;
                    start = i + 1;
                }
            }
        }

        /** The last glyph that is no space: a space a PDF draws at the end of a run narrows the gap after it. */
        private static TextPosition lastInk(List<TextPosition> positions) {
            for (int i = positions.size() - 1; i > 0; i--) {
                if (!positions.get(i).getUnicode().isBlank()) {
                    return positions.get(i);
                }
            }
            return positions.get(0);
        }

        @Override
        protected void writeWordSeparator() {
            separatorPending = true;
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        private void endLine() {
            if (!line.isEmpty()) {
                lines.add(line);
                line = new ArrayList<>();
            }
            separatorPending = false;
        }

        @Override
        protected void writeParagraphStart() {
            endLine();
            lines.add(null);
        }

        @Override
        protected void writeParagraphEnd() {
            endLine();
            lines.add(null);
        }

        @Override
        protected void writePageStart() {
        }

        @Override
        protected void writePageEnd() {
        }
    }

    /** Whether the gap between two glyphs of one line, upright, is wider than {@link #COLUMN_GAP_EMS} ems. */
    static boolean isColumnGap(TextPosition before, TextPosition after) {
        if (before == null || before.getDir() != 0 || after.getDir() != 0) {
            return false;
        }
        float gap = after.getX() - (before.getX() + before.getWidth());
        float em = Math.max(before.getFontSizeInPt(), after.getFontSizeInPt());
        return em > 0 && gap > COLUMN_GAP_EMS * em;
    }
}
