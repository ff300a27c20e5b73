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
 * a Word table are; and the cells of a row that the PDF draws one after the other are put side by side
 * again ({@link PageLayout}). Read from the glyphs' positions by PDFBox, with the settings Tika's PDF parser
 * reads the text with, in the order of the content as Tika reads it. One instance serves one PDF of
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

    /** Collects each page's lines of runs, as its content draws them, for {@link PageLayout}. */
    private static final class ColumnStripper extends PDFTextStripper {

        private final long deadlineNanos;
        private final List<String> pages = new ArrayList<>();
        private final List<PageLayout.Line> lines = new ArrayList<>();
        private List<PageLayout.Run> line = new ArrayList<>();
        private boolean separatorPending;
        private boolean breakPending;

        ColumnStripper(long deadlineNanos) {
            this.deadlineNanos = deadlineNanos;
            setSortByPosition(false);
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
            breakPending = false;
        }

        @Override
        protected void endPage(PDPage pdPage) {
            endLine();
            pages.add(PageLayout.text(lines));
        }

        /**
         * Adds the words of a string as runs: a space the PDF draws is a word gap, as one PDFBox infers is, so that
         * the gap between two columns is measured between the glyphs that show.
         */
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty()) {
                return;
            }
            StringBuilder glyphs = new StringBuilder();
            positions.forEach(p -> glyphs.append(p.getUnicode()));
            if (!glyphs.toString().equals(text)) {
                line.add(new PageLayout.Run(text, positions.get(0), lastInk(positions), separatorPending && !line.isEmpty()));
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
                        line.add(new PageLayout.Run(run.toString(), word.get(0), lastInk(word),
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
                lines.add(new PageLayout.Line(line, breakPending));
                line = new ArrayList<>();
                breakPending = false;
            }
            separatorPending = false;
        }

        @Override
        protected void writeParagraphStart() {
            endLine();
            breakPending = !lines.isEmpty();
        }

        @Override
        protected void writeParagraphEnd() {
            endLine();
            breakPending = true;
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
