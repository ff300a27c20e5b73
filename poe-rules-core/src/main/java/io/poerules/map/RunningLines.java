package io.poerules.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The running headers and footers of a paged part: lines that two pages or more repeat among their first or
 * last lines, page numbers aside.
 */
final class RunningLines {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private static final int EDGE_LINES = 3;

    private RunningLines() {
    }

    /** The first occurrence of each running line, in the order of the text; none for a part without pages. */
    static List<PartText.Line> of(PartText text) {
        if (!text.part().paged()) {
            return List.of();
        }
        Map<String, List<PartText.Line>> byKey = new HashMap<>();
        List<List<PartText.Line>> pages = pages(text);
        if (pages.size() < 2) {
            return List.of();
        }
        for (List<PartText.Line> page : pages) {
            List<PartText.Line> edges = new ArrayList<>(page.subList(0, Math.min(EDGE_LINES, page.size())));
            for (PartText.Line l : page.subList(Math.min(page.size(), Math.max(EDGE_LINES, page.size() - EDGE_LINES)),
                    page.size())) {
                edges.add(l);
            }
            List<String> keys = edges.stream().map(l -> key(l.text())).toList();
            keys.forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()));
            for (int e = 0; e < edges.size(); e++) {
                PartText.Line l = edges.get(e);
                List<PartText.Line> seen = byKey.get(keys.get(e));
                if (seen.isEmpty() || !text.pageAt(seen.get(seen.size() - 1).start()).equals(text.pageAt(l.start()))) {
                    seen.add(l);
                }
            }
        }
        List<PartText.Line> out = new ArrayList<>();
        byKey.forEach((key, lines) -> {
            if (lines.size() >= 2 && key.chars().anyMatch(Character::isLetter)) {
                out.add(lines.get(0));
            }
        });
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** A line without its digits, so that "Page 2 of 5" and "Page 3 of 5" are one running line. */
    private static String key(String line) {
        return (PartText.containsAny(line, "0123456789") ? DIGITS.matcher(line).replaceAll("#") : line).strip();
    }

    private static List<List<PartText.Line>> pages(PartText text) {
        List<List<PartText.Line>> pages = new ArrayList<>();
        Integer current = null;
        for (PartText.Line line : text.lines()) {
            if (line.isBlank()) {
                continue;
            }
            Integer page = text.pageAt(line.start());
            if (!page.equals(current)) {
                pages.add(new ArrayList<>());
                current = page;
            }
            pages.get(pages.size() - 1).add(line);
        }
        return pages;
    }
}
