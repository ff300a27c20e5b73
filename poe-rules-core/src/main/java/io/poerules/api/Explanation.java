package io.poerules.api;

import io.poerules.fact.Fact;
import io.poerules.rules.RuleEngine;
import io.poerules.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a document got its verdict: every fact extracted from it with its evidence, the facts the rules
 * derived from them, and for every rule of the rule set whether it fired, on which facts, and the
 * findings it made. What {@code poe explain} shows an analyst who wonders why a rule did or did not
 * match. Immutable.
 *
 * @param report  the document's report entry, as {@link PoeValidator#validate(java.nio.file.Path)} gives it
 * @param facts   the facts mapped from the document, each with its evidence
 * @param derived the facts the rules inserted (applicable requirements, acknowledgements, thresholds ...)
 * @param rules   every rule of the rule set, sorted by id, with what it did
 * @since 0.1.0
 */
public record Explanation(DocumentReport report, List<Fact> facts, List<Object> derived, List<RuleActivity> rules) {

    public Explanation {
        facts = List.copyOf(facts);
        derived = List.copyOf(derived);
        rules = List.copyOf(rules);
    }

    /**
     * What one rule did for the document.
     *
     * @param rule     the rule's metadata
     * @param fired    how many times it fired (0 when its conditions never matched)
     * @param matched  the facts of each firing, in order
     * @param findings the findings it made
     */
    public record RuleActivity(RuleMetadata rule, int fired, List<List<Object>> matched, List<Finding> findings) {
        public RuleActivity {
            matched = List.copyOf(matched);
            findings = List.copyOf(findings);
        }
    }

    /** The rules that fired at least once. */
    public List<RuleActivity> firedRules() {
        return rules.stream().filter(r -> r.fired() > 0).toList();
    }

    static Explanation of(DocumentReport report, List<Fact> facts, List<Object> derived,
                          List<RuleEngine.Firing> firings, List<RuleMetadata> rules) {
        List<RuleActivity> activities = new ArrayList<>();
        for (RuleMetadata rule : rules) {
            List<List<Object>> matched = firings.stream().filter(f -> f.ruleId().equals(rule.id()))
                    .map(RuleEngine.Firing::facts).toList();
            List<Finding> findings = report.findings().stream().filter(f -> rule.id().equals(f.ruleId())).toList();
            activities.add(new RuleActivity(rule, matched.size(), matched, findings));
        }
        return new Explanation(report, facts, derived, activities);
    }
}
