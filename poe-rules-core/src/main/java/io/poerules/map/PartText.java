package io.poerules.map;

import io.poerules.extract.DocumentPart;
import io.poerules.fact.Evidence;
import io.poerules.map.lexicon.PhraseGroups;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One part's text split into lines with their offsets, and the evidence factory for it.
 */
final class PartText {

    /** A line of text. @param start offset of its first character @param end offset past its last @param text the line, stripped */
    record Line(int index, int start, int end, String text) {
        boolean isBlank() {
            return text.isEmpty();
        }

        int words() {
            return text.isEmpty() ? 0 : wordCount(text);
        }
    }

    /**
     * {@code s.split("\\s+").length}, counted without splitting: the runs of other characters, and
     * the empty string {@code split} puts first when {@code s} starts with white space.
     */
    static int wordCount(CharSequence s) {
        int runs = 0;
        boolean inWord = false;
        boolean spaced = false;
        for (int i = 0; i < s.length(); i++) {
            if (isSpace(s.charAt(i))) {
                inWord = false;
                spaced = true;
            } else if (!inWord) {
                inWord = true;
                runs++;
            }
        }
        if (!spaced) {
            return 1;
        }
        return runs > 0 && isSpace(s.charAt(0)) ? runs + 1 : runs;
    }

    /**
     * {@code s.replaceAll("\\s+", " ")}, without a regular expression: each run of white space
     * as one space; {@code s} itself when it has no run to replace.
     */
    static String collapseSpaces(String s) {
        int i = 0;
        int length = s.length();
        while (i < length && !isRunToReplace(s, i)) {
            i++;
        }
        if (i == length) {
            return s;
        }
        StringBuilder out = new StringBuilder(length).append(s, 0, i);
        while (i < length) {
            char c = s.charAt(i++);
            if (isSpace(c)) {
                while (i < length && isSpace(s.charAt(i))) {
                    i++;
                }
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code s} holds only white space and characters of {@code chars}: {@code s.replaceAll("[\\s" + chars +
     * "]", "").isEmpty()}, without a regular expression.
     */
    static boolean isOnlySpaceOr(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c) && chars.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} holds one of the characters of {@code chars} anywhere. */
    static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code s} without the white space and characters of {@code chars} at its end: {@code s.replaceAll("[\\s" + chars
     * + "]+$", "")}, without a regular expression.
     */
    static String stripEnd(String s, String chars) {
        int kept = s.length();
        if (kept > 0 && isLineSeparator(s.charAt(kept - 1))) {
            kept--;
        }
        int end = kept;
        while (end > 0 && (isSpace(s.charAt(end - 1)) || chars.indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end == kept ? s : s.substring(0, end) + s.substring(kept);
    }

    /**
     * Whether {@code c} ends a line without being white space as {@code \\s} means it: {@code $} matches before such a
     * character at the end of a text.
     */
    static boolean isLineSeparator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Whether the white space at {@code i} is other than one plain space. */
    private static boolean isRunToReplace(String s, int i) {
        char c = s.charAt(i);
        return isSpace(c) && (c != ' ' || i + 1 < s.length() && isSpace(s.charAt(i + 1)));
    }

    /** Whether {@code c} is white space as {@code \\s} means it: {@code [ \\t\\n\\x0B\\f\\r]}. */
    static boolean isSpace(char c) {
        return c <= ' ' && (SPACES >>> c & 1) != 0;
    }

    /** The characters of {@link #isSpace}, as the bits of their codes. */
    private static final long SPACES = 1L << ' ' | 1L << '\t' | 1L << '\n' | 1L << '\u000B' | 1L << '\f' | 1L << '\r';

    private final DocumentPart part;
    private final String source;
    private final List<Line> lines;
    /** Each line's cells, read once (a part is read by one thread). */
    private List<List<Cell>> cellsOfLines;
    private final int[] pageBreaks;
    /** The order of day and month in this part's numeric dates, once read (a part is read by one thread). */
    private DateParser.Order dateOrder;
    private boolean dateOrderRead;
    /** The last {@link PhraseGroups} searched in this text, and what it found (a part is read by one thread). */
    private PhraseGroups searched;
    private List<List<PhraseMatcher.Match>> found;

    PartText(DocumentPart part) {
        this(part, null);
    }

    /** @param source the document the part belongs to, named in every evidence made here */
    PartText(DocumentPart part, String source) {
        this.part = part;
        this.source = source;
        this.lines = split(part.text());
        this.pageBreaks = part.paged() ? part.pageBreaks() : null;
    }

    /** What the phrase groups find in this text, searched once per part and group set. */
    List<List<PhraseMatcher.Match>> phraseMatches(PhraseGroups groups) {
        if (searched != groups) {
            found = groups.findAll(part.text());
            searched = groups;
        }
        return found;
    }

    /** The order of day and month in this part's numeric dates ({@link DateParser#orderIn}), read once. */
    DateParser.Order dateOrder(DateParser dates) {
        if (!dateOrderRead) {
            dateOrder = dates.orderIn(part.text());
            dateOrderRead = true;
        }
        return dateOrder;
    }

    /** The dates of this part's whole text, numeric ones read in the part's order. */
    List<DateParser.Found> dates(DateParser dates) {
        return dates.findAll(this);
    }

    /** The dates of a piece of this part's text, numeric ones read in the part's order. */
    List<DateParser.Found> dates(DateParser dates, String piece) {
        return dates.findAllOrderedBy(piece, () -> dateOrder(dates));
    }

    /** The 1-based page of an offset, or {@code null} when the format has no pages. */
    Integer pageAt(int offset) {
        return pageBreaks == null ? null : DocumentPart.pageOf(pageBreaks, offset);
    }

    /** The lines between line feeds and form feeds, each trimmed; the last ends with the text. */
    private static List<Line> split(String text) {
        List<Line> out = new ArrayList<>();
        int length = text.length();
        int newline = -1;
        int formFeed = -1;
        for (int start = 0; start <= length; ) {
            newline = newline >= start ? newline : next(text, '\n', start);
            formFeed = formFeed >= start ? formFeed : next(text, '\f', start);
            int end = Math.min(newline, formFeed);
            int a = trimmedStart(text, start, end);
            int b = trimmedEnd(text, a, end);
            out.add(new Line(out.size(), a, b, text.substring(a, b)));
            start = end + 1;
        }
        return out;
    }

    /** Where {@code c} next stands from {@code from} on, or the text's length. */
    private static int next(String text, char c, int from) {
        int at = text.indexOf(c, from);
        return at < 0 ? text.length() : at;
    }

    /** Where the range {@code [from, to)} of a text starts without its leading white space. */
    private static int trimmedStart(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Where the range {@code [from, to)} of a text ends without its trailing white space. */
    private static int trimmedEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    DocumentPart part() {
        return part;
    }

    /** The document this part belongs to, or {@code null}. */
    String source() {
        return source;
    }

    /** Evidence from this part's metadata rather than a place in its text. */
    Evidence metadata(String text) {
        return Evidence.metadata(text, part.name(), source);
    }

    /** Evidence from the document's metadata (not this part's). */
    Evidence documentMetadata(String text) {
        return Evidence.metadata(text, null, source);
    }

    String text() {
        return part.text();
    }

    List<Line> lines() {
        return lines;
    }

    /** The line holding an offset. */
    Line lineAt(int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lines.get(lo);
    }

    /** A line as extracted, with its leading and trailing tabs and spaces (table rows keep empty cells). */
    String raw(Line line) {
        return part.text().substring(rawStart(line), rawEnd(line));
    }

    private int rawStart(Line line) {
        String text = part.text();
        int start = line.start();
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\f') {
            start--;
        }
        return start;
    }

    private int rawEnd(Line line) {
        String text = part.text();
        int end = line.end();
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\f') {
            end++;
        }
        return end;
    }

    /** A cell of a line: its text without surrounding white space, and the offsets of that text. */
    record Cell(String text, int start, int end) {
        boolean isEmpty() {
            return text.isEmpty();
        }
    }

    /**
     * The cells of a line, separated by tabs (a table row, or columns of a PDF line); a line without tabs is
     * one cell. Empty cells keep their place; the tab Tika writes before a row's first cell makes none. The
     * paragraphs inside a cell ({@link DocumentPart#CELL_LINE_BREAK}) stay in it.
     */
    List<Cell> cells(Line line) {
        if (line.index() < lines.size() && lines.get(line.index()) == line) {
            if (cellsOfLines == null) {
                cellsOfLines = new ArrayList<>(Collections.nCopies(lines.size(), null));
            }
            List<Cell> cached = cellsOfLines.get(line.index());
            if (cached == null) {
                cached = Collections.unmodifiableList(readCells(line));
                cellsOfLines.set(line.index(), cached);
            }
            return cached;
        }
        return readCells(line);
    }

    private List<Cell> readCells(Line line) {
        String text = part.text();
        int from = rawStart(line);
        int to = rawEnd(line);
        if (from < to && text.charAt(from) == '\t') {
            from++;
        }
        List<Cell> cells = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '\t') {
                int a = trimmedStart(text, start, i);
                int b = trimmedEnd(text, a, i);
                cells.add(new Cell(text.substring(a, b), a, b));
                start = i + 1;
            }
        }
        return cells;
    }

    /** Evidence for a span of text. */
    Evidence evidence(int start, int end) {
        String span = part.text().substring(start, Math.min(end, part.text().length()));
        String text = collapseSpaces(span).strip();
        Integer page = pageAt(start);
        return new Evidence(text, start, end, page, part.name(), source, part.isOcr(page));
    }

    /** Evidence for a whole line. */
    Evidence evidence(Line line) {
        return evidence(line.start(), line.end());
    }

    /** Evidence for lines {@code from} to {@code to} inclusive. */
    Evidence evidence(Line from, Line to) {
        return evidence(from.start(), to.end());
    }

    /** Evidence for the line that holds the offset. */
    Evidence lineEvidence(int offset) {
        return evidence(lineAt(offset));
    }
}
