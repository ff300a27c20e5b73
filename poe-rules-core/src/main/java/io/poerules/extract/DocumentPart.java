package io.poerules.extract;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The text of the document itself or of one embedded document (an email attachment). Pages are
 * separated by form feeds ({@code '\f'}) in {@link #text()} where the format has pages.
 *
 * @param name        the attachment's name; {@code null} for the document itself
 * @param depth       0 for the document itself, 1 for its attachments, 2 for theirs ...
 * @param contentType the detected media type
 * @param text        the extracted text
 * @param paged       whether the format has pages (PDF), so that offsets map to page numbers
 * @param title       the title from metadata, or {@code null}
 * @param created     the creation date from metadata, or {@code null}
 * @param email       the email headers when this part is a message, otherwise {@code null}
 * @param ocrPages    the 1-based pages whose text was read by OCR; for a part without pages (an image file),
 *                    {@code [1]} when all its text was; empty when none was
 */
public record DocumentPart(String name, int depth, String contentType, String text, boolean paged, String title,
                           Instant created, EmailHeaders email, List<Integer> ocrPages) {

    public DocumentPart {
        ocrPages = ocrPages == null ? List.of() : List.copyOf(ocrPages);
    }

    /** A part none of whose text was read by OCR. */
    public DocumentPart(String name, int depth, String contentType, String text, boolean paged, String title,
                        Instant created, EmailHeaders email) {
        this(name, depth, contentType, text, paged, title, created, email, List.of());
    }

    /** Whether any of this part's text was read by OCR. */
    public boolean hasOcr() {
        return !ocrPages.isEmpty();
    }

    /** Whether the text on the given 1-based page ({@code null}: a part without pages) was read by OCR. */
    public boolean isOcr(Integer page) {
        if (ocrPages.isEmpty()) {
            return false;
        }
        return !paged || page == null || ocrPages.contains(page);
    }

    /**
     * Separates the paragraphs inside a table cell when the row is kept on one line (a vertical tab,
     * which patterns treat as whitespace). Cells themselves are separated by tabs.
     */
    public static final char CELL_LINE_BREAK = '\u000B';

    /** The 1-based page holding the character at {@code offset}, or {@code null} when the format has no pages. */
    public Integer pageAt(int offset) {
        return paged ? pageOf(pageBreaks(), offset) : null;
    }

    /** The offsets of the form feeds that separate pages, in order; computed on each call. */
    public int[] pageBreaks() {
        int[] breaks = new int[16];
        int n = 0;
        for (int i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) {
            if (n == breaks.length) {
                breaks = Arrays.copyOf(breaks, n * 2);
            }
            breaks[n++] = i;
        }
        return Arrays.copyOf(breaks, n);
    }

    /** The 1-based page of an offset, given the page breaks of {@link #pageBreaks()}. */
    public static int pageOf(int[] pageBreaks, int offset) {
        int i = Arrays.binarySearch(pageBreaks, offset);
        return (i >= 0 ? i : -i - 1) + 1;
    }

    /** Whether this part is an email message. */
    public boolean isEmail() {
        return email != null;
    }

    /** The number of non-whitespace characters. */
    public int characters() {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c < 128 ? ASCII_CHARACTERS[c] : Character.isWhitespace(c) ? 0 : 1;
        }
        return n;
    }

    /** For each ASCII character, 1 when it counts as a character ({@link #characters}), 0 when it is white space. */
    private static final int[] ASCII_CHARACTERS = new int[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_CHARACTERS[c] = Character.isWhitespace(c) ? 0 : 1;
        }
    }

    @Override
    public String toString() {
        return "DocumentPart[" + (name == null ? "(main)" : name) + ", " + contentType + ", "
                + text.length() + " chars" + (paged ? ", " + Arrays.stream(text.split("\f", -1)).count() + " pages" : "")
                + "]";
    }
}
