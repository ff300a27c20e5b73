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

    /** Writes each line as Tika does, with a tab where a wide gap separates two runs of text. */
    private static final class ColumnStripper extends PDFTextStripper {

        private final long deadlineNanos;
        private final List<String> pages = new ArrayList<>();
        private final StringBuilder page = new StringBuilder();
        private TextPosition last;
        private boolean separatorPending;
        /** Whether the line so far has a letter or digit: a gap after a bullet or a symbol alone is a word gap. */
        private boolean lineHasWord;

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
            page.setLength(0);
            last = null;
            separatorPending = false;
            lineHasWord = false;
        }

        @Override
        protected void endPage(PDPage pdPage) {
            pages.add(page.toString());
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (separatorPending && !positions.isEmpty()) {
                page.append(lineHasWord && isColumnGap(last, positions.get(0)) ? '\t' : ' ');
            }
            separatorPending = false;
            page.append(text);
            lineHasWord |= text.codePoints().anyMatch(Character::isLetterOrDigit);
            if (!positions.isEmpty()) {
                last = positions.get(positions.size() - 1);
            }
        }

        @Override
        protected void writeWordSeparator() {
            separatorPending = true;
        }

        @Override
        protected void writeLineSeparator() {
            page.append('\n');
            last = null;
            separatorPending = false;
            lineHasWord = false;
        }

        @Override
        protected void writeParagraphStart() {
            page.append('\n');
        }

        @Override
        protected void writeParagraphEnd() {
            page.append('\n');
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
