package io.poerules.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Columns of plain text laid out with spaces, as a typewriter or a fixed-width font sets two signature blocks side by
 * side: where every line of a paragraph has two spaces or more before one character position and text at it on two
 * lines or more, the spaces before it are a tab, as between the cells of a table. A position only one line uses, or
 * one a line crosses with a single space ("Signature: /s/ T. Hollinshead      Date: ..."), is no column. A line
 * without two spaces between its words (a title over a table laid out with spaces) neither makes nor breaks columns,
 * and keeps its spaces.
 */
final class TextColumns {

    /** Spaces that part two columns at the least. */
    private static final int MIN_GAP = 2;
    /** Lines of a paragraph that must have text at a column. */
    private static final int MIN_LINES = 2;
    /** Two spaces or more between two characters of a line. */
    private static final Pattern GAP = Pattern.compile("\\S {" + MIN_GAP + ",}\\S");

    private TextColumns() {
    }

    /** The text with the spaces before each column of its paragraphs turned into a tab. */
    static String withTabs(String text) {
        if (text.indexOf("   ") < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < lines.length) {
            int j = i;
            while (j < lines.length && !lines[j].isBlank()) {
                j++;
            }
            if (j == i) {
                out.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
                i++;
                continue;
            }
            List<String> paragraph = List.of(lines).subList(i, j);
            List<Integer> columns = columns(paragraph);
            for (int k = i; k < j; k++) {
                out.append(columns.isEmpty() || !hasGap(lines[k]) ? lines[k] : split(lines[k], columns)).append(k + 1 < lines.length ? "\n" : "");
            }
            i = j;
        }
        return out.toString();
    }

    /**
     * The positions where every line of a paragraph that reaches them has text after two spaces or more, two lines or
     * more with text on both sides.
     */
    private static List<Integer> columns(List<String> paragraph) {
        List<Integer> columns = new ArrayList<>();
        if (paragraph.size() < MIN_LINES) {
            return columns;
        }
        int width = paragraph.stream().mapToInt(String::length).max().orElse(0);
        for (int p = MIN_GAP + 1; p < width; p++) {
            int bothSides = 0;
            boolean column = true;
            for (String line : paragraph) {
                if (line.length() <= p || !hasGap(line)) {
                    continue;
                }
                if (line.charAt(p) == ' ' || !line.substring(p - MIN_GAP, p).isBlank()) {
                    column = false;
                    break;
                }
                bothSides += line.substring(0, p).isBlank() ? 0 : 1;
            }
            if (column && bothSides >= MIN_LINES) {
                columns.add(p);
            }
        }
        return columns;
    }

    private static boolean hasGap(String line) {
        return GAP.matcher(line).find();
    }

    /** A line with a tab in place of the spaces before each column it reaches. */
    private static String split(String line, List<Integer> columns) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int p : columns) {
            if (line.length() <= p) {
                break;
            }
            out.append(line.substring(from, p).stripTrailing()).append('\t');
            from = p;
        }
        return out.append(line.substring(from)).toString();
    }
}
