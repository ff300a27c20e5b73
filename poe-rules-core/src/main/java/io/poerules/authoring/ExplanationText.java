package io.poerules.authoring;

import io.poerules.api.Explanation;
import io.poerules.api.Finding;
import io.poerules.fact.Evidence;
import io.poerules.fact.Fact;
import java.util.List;

/**
 * An {@link Explanation} as text for a terminal: the verdict, every fact with its evidence (text, page,
 * offsets), the facts the rules derived, then every rule, fired or not, with the facts it matched and
 * its findings.
 *
 * @since 0.1.0
 */
public final class ExplanationText {

    private ExplanationText() {
    }

    public static String of(Explanation e) {
        StringBuilder out = new StringBuilder();
        out.append(e.report().source()).append(": ").append(e.report().verdict()).append(" (")
                .append(e.report().documentType()).append(", ").append(e.report().program()).append(")\n");
        e.report().errors().forEach(x -> out.append("  error ").append(x.code()).append(": ").append(x.message())
                .append('\n'));
        out.append("\nFacts extracted (").append(e.facts().size()).append("):\n");
        for (Fact f : e.facts()) {
            out.append("  ").append(describe(f)).append('\n');
            Evidence ev = f.evidence();
            if (ev != null) {
                out.append("      evidence: \"").append(oneLine(ev.text())).append("\"")
                        .append(ev.page() == null ? "" : " page " + ev.page())
                        .append(" chars ").append(ev.start()).append('-').append(ev.end())
                        .append(ev.part() == null ? "" : " in " + ev.part()).append('\n');
            }
        }
        out.append("\nFacts derived by the rules (").append(e.derived().size()).append("):\n");
        e.derived().forEach(d -> out.append("  ").append(describe(d)).append('\n'));
        out.append("\nRules fired (").append(e.firedRules().size()).append(" of ").append(e.rules().size())
                .append("):\n");
        for (Explanation.RuleActivity r : e.firedRules()) {
            out.append("  [").append(r.rule().id()).append("] ").append(r.rule().name())
                    .append(r.fired() > 1 ? " (" + r.fired() + " times)" : "").append('\n');
            for (List<Object> matched : r.matched()) {
                if (!matched.isEmpty()) {
                    out.append("      on: ").append(String.join("; ", matched.stream().map(ExplanationText::describe)
                            .map(s -> s.length() > 160 ? s.substring(0, 159) + "…" : s).toList())).append('\n');
                }
            }
            for (Finding f : r.findings()) {
                out.append("      => ").append(f.requirement()).append(' ').append(f.outcome()).append(": ")
                        .append(f.reason()).append('\n');
            }
        }
        out.append("\nRules not fired (").append(e.rules().size() - e.firedRules().size()).append("):\n");
        e.rules().stream().filter(r -> r.fired() == 0).forEach(r -> out.append("  [").append(r.rule().id())
                .append("] ").append(r.rule().name()).append('\n'));
        return out.toString();
    }

    private static String describe(Object fact) {
        String s = fact.toString();
        int ev = s.indexOf(", evidence=Evidence[");
        if (ev > 0) {
            s = s.substring(0, ev) + "]";
        }
        return oneLine(s);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
