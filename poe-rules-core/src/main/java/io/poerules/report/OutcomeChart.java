package io.poerules.report;

import io.poerules.api.DocumentReport;
import io.poerules.api.Outcome;
import io.poerules.api.Requirement;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An inline SVG chart of requirement × outcome over a batch: one bar per requirement decided for at least
 * one document, split into the documents whose combined outcome for it was PASS, WARN, FAIL and not
 * applicable. No script, no external resource.
 */
final class OutcomeChart {

    static final List<Outcome> ORDER = List.of(Outcome.PASS, Outcome.WARN, Outcome.FAIL, Outcome.NOT_APPLICABLE);
    private static final int LABEL = 230;
    private static final int BAR = 420;
    private static final int ROW = 24;

    private OutcomeChart() {
    }

    /** Per requirement, how many documents had each combined outcome. */
    static Map<Requirement, Map<Outcome, Integer>> counts(List<DocumentReport> documents) {
        Map<Requirement, Map<Outcome, Integer>> counts = new EnumMap<>(Requirement.class);
        for (DocumentReport document : documents) {
            for (Requirement requirement : Requirement.values()) {
                Outcome outcome = document.outcome(requirement);
                if (outcome != null) {
                    counts.computeIfAbsent(requirement, r -> new EnumMap<>(Outcome.class)).merge(outcome, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    static String svg(List<DocumentReport> documents) {
        Map<Requirement, Map<Outcome, Integer>> counts = counts(documents);
        int max = counts.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(1);
        int height = ROW * (counts.size() + 1) + 8;
        int width = LABEL + BAR + 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-labelledby=\"chart-title\"><title id=\"chart-title\">Outcome of each requirement across "
                        + "the documents</title>");
        int y = 4;
        int x = LABEL;
        for (Outcome outcome : ORDER) {
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y + 4).append("\" width=\"12\" height=\"12\" class=\"o-")
                    .append(outcome.name()).append("\"/><text x=\"").append(x + 16).append("\" y=\"").append(y + 15)
                    .append("\">").append(label(outcome)).append("</text>");
            x += 110;
        }
        y += ROW;
        for (Map.Entry<Requirement, Map<Outcome, Integer>> row : counts.entrySet()) {
            svg.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(row.getKey().name()).append("</text>");
            x = LABEL;
            for (Outcome outcome : ORDER) {
                int n = row.getValue().getOrDefault(outcome, 0);
                if (n == 0) {
                    continue;
                }
                int w = Math.max(1, Math.round((float) BAR * n / max));
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y + 2).append("\" width=\"").append(w)
                        .append("\" height=\"18\" class=\"o-").append(outcome.name()).append("\"><title>")
                        .append(row.getKey().name()).append(": ").append(n).append(' ').append(label(outcome))
                        .append("</title></rect>");
                if (w >= 18) {
                    svg.append("<text class=\"n\" x=\"").append(x + w / 2).append("\" y=\"").append(y + 15)
                            .append("\">").append(n).append("</text>");
                }
                x += w;
            }
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    static String label(Outcome outcome) {
        return outcome == Outcome.NOT_APPLICABLE ? "n/a" : outcome.name().toLowerCase(Locale.ROOT);
    }
}
