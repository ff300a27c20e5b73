package io.poerules.cli;

import io.poerules.api.DocumentReport;
import io.poerules.api.EngagementReport;
import io.poerules.api.ValidationReport;
import io.poerules.api.Verdict;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The line {@code poe validate} ends with: how many passed, failed, need review or could not be evaluated,
 * counting what decides the exit code: each engagement, and each document outside an engagement.
 */
final class RunSummary {

    private RunSummary() {
    }

    static String line(ValidationReport report, TerminalStyle style) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        List<String> inEngagements = report.engagements().stream().flatMap(e -> e.documents().stream()).toList();
        report.engagements().stream().map(EngagementReport::verdict).forEach(v -> counts.merge(v, 1, Integer::sum));
        report.documents().stream().filter(d -> !inEngagements.contains(d.source())).map(DocumentReport::verdict)
                .forEach(v -> counts.merge(v, 1, Integer::sum));
        return "Result: " + count(counts, Verdict.PASS, "passed", style) + ", " + count(counts, Verdict.FAIL, "failed", style)
                + ", " + count(counts, Verdict.REVIEW, "review", style) + ", " + count(counts, Verdict.ERROR, "error", style);
    }

    private static String count(Map<Verdict, Integer> counts, Verdict verdict, String word, TerminalStyle style) {
        int n = counts.getOrDefault(verdict, 0);
        String text = n + " " + word;
        return n == 0 ? text : style.paint(verdict.name()).replace(verdict.name(), text);
    }
}
