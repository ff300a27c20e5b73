package io.poerules.authoring;

import io.poerules.api.Explanation;
import io.poerules.api.Finding;
import io.poerules.fact.Evidence;
import io.poerules.fact.Fact;
import io.poerules.fact.Organisation;
import io.poerules.fact.Party;
import io.poerules.fact.PartyMention;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An {@link Explanation} as text for a terminal: the verdict, the parties (how each was found and why it has its
 * role), every fact with its evidence (text, page, offsets), the facts the rules derived, then every rule, fired or
 * not, with the facts it matched and its findings.
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
        out.append(parties(e.facts(), e.derived()));
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

    /**
     * The organisations a document names, each with its role and the reason for it (or "no role"), its other names,
     * and the mentions that found it: their kind, cue and page.
     */
    static String parties(List<Fact> facts, List<Object> derived) {
        List<Organisation> organisations = facts.stream().filter(Organisation.class::isInstance)
                .map(Organisation.class::cast).toList();
        if (organisations.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\nParties (").append(organisations.size()).append("):\n");
        for (Organisation o : organisations) {
            Party party = derived.stream().filter(Party.class::isInstance).map(Party.class::cast)
                    .filter(p -> o.id().equals(p.organisation())).findFirst().orElse(null);
            out.append("  ").append(party == null ? "no role" : party.role()).append(' ').append(o.name());
            if (!o.aliases().isEmpty() || !o.domains().isEmpty()) {
                List<String> names = new ArrayList<>(o.aliases());
                names.addAll(o.domains());
                out.append(", also ").append(String.join(", ", names));
            }
            out.append('\n');
            if (party != null) {
                out.append("      why: ").append(party.reason()).append('\n');
            }
            List<String> found = facts.stream().filter(PartyMention.class::isInstance).map(PartyMention.class::cast)
                    .filter(m -> o.id().equals(m.organisation())).map(ExplanationText::foundBy).distinct().toList();
            out.append("      found: ").append(String.join("; ", found)).append('\n');
        }
        return out.toString();
    }

    /** How a mention found its organisation: "PREAMBLE 'between' page 1". */
    private static String foundBy(PartyMention m) {
        Evidence ev = m.evidence();
        return m.kind() + (m.cue() == null || m.cue().isBlank() ? "" : " '" + m.cue() + "'")
                + (ev == null || ev.page() == null ? "" : " page " + ev.page());
    }

    /**
     * A fact as its type and fields, without its evidence (shown on its own line): {@code Party[role=CUSTOMER,
     * name=Contoso Ltd, domain=null]}, {@code BusinessNeed}; a list of facts as the list of each.
     */
    static String describe(Object fact) {
        if (fact instanceof Collection<?> facts) {
            return facts.stream().map(ExplanationText::describe).collect(Collectors.joining(", ", "[", "]"));
        }
        if (fact == null || !fact.getClass().isRecord()) {
            return oneLine(String.valueOf(fact));
        }
        List<String> fields = new ArrayList<>();
        for (RecordComponent c : fact.getClass().getRecordComponents()) {
            if (c.getType() == Evidence.class) {
                continue;
            }
            try {
                fields.add(c.getName() + "=" + c.getAccessor().invoke(fact));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return oneLine(fact.toString());
            }
        }
        String name = fact.getClass().getSimpleName();
        return oneLine(fields.isEmpty() ? name : name + fields.stream().collect(Collectors.joining(", ", "[", "]")));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
