package io.poerules.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Renders one part's text as escaped HTML with its evidence highlighted. Each span becomes {@code <mark>}
 * elements in its requirement's colour class; where spans overlap, the text is cut at every span boundary
 * and each piece is coloured as its innermost (shortest) span, its title naming every requirement over it.
 * Each span's first piece holds an empty anchor element carrying its id, so that a link to {@code #id} scrolls
 * to it (several spans may start at the same character, so the ids are not on the marks themselves).
 * Spans outside the text, or empty, are left out. Page breaks (form feeds) become page rulers, cell line
 * breaks (vertical tabs) line breaks.
 */
final class Highlighter {

    /**
     * A piece of evidence to highlight.
     *
     * @param start    offset of its first character in the part's text
     * @param end      offset past its last
     * @param colour   the CSS class of its colour
     * @param label    what it is evidence of, for its title (escaped here)
     * @param id       the anchor id links point at (generated, never from the document)
     */
    record Span(int start, int end, String colour, String label, String id) {
        int length() {
            return end - start;
        }
    }

    private Highlighter() {
    }

    /** Whether a span fits in a text of this length. */
    static boolean fits(Span span, int textLength) {
        return span.start() >= 0 && span.end() <= textLength && span.start() < span.end();
    }

    /** The text as HTML, with the spans that fit highlighted. */
    static String render(String text, List<Span> spans, boolean paged) {
        List<Span> valid = spans.stream().filter(s -> fits(s, text.length()))
                .sorted(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::length).reversed()))
                .toList();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (Span s : valid) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        StringBuilder out = new StringBuilder(text.length() + valid.size() * 96);
        int[] page = {1};
        if (paged) {
            out.append("<span class=\"pb first\" data-page=\"Page 1\"></span>");
        }
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            int a = from;
            int b = to;
            List<Span> over = new ArrayList<>();
            for (Span s : valid) {
                if (s.start() <= a && s.end() >= b) {
                    over.add(s);
                }
            }
            if (over.isEmpty()) {
                piece(text, a, b, out, page);
                continue;
            }
            Span inner = over.stream().min(Comparator.comparingInt(Span::length)).orElseThrow();
            out.append("<mark class=\"hl ").append(Html.escape(inner.colour())).append("\" title=\"")
                    .append(Html.escape(String.join(", ", over.stream().map(Span::label).distinct().toList())))
                    .append("\">");
            for (Span s : over) {
                if (s.start() == a) {
                    out.append("<span class=\"anchor\" id=\"").append(Html.escape(s.id())).append("\"></span>");
                }
            }
            piece(text, a, b, out, page);
            out.append("</mark>");
        }
        return out.toString();
    }

    private static void piece(String text, int start, int end, StringBuilder out, int[] page) {
        int from = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\f' || c == '\u000B') {
                Html.escape(text, from, i, out);
                if (c == '\f') {
                    page[0]++;
                    out.append("<span class=\"pb\" data-page=\"Page ").append(page[0]).append("\"></span>");
                } else {
                    out.append('\n');
                }
                from = i + 1;
            }
        }
        Html.escape(text, from, end, out);
    }
}
