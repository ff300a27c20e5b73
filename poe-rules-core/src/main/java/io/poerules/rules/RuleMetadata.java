package io.poerules.rules;

import io.poerules.api.Outcome;
import io.poerules.api.Requirement;
import java.util.Locale;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * The metadata every rule carries: {@code @id}, {@code @requirement}, {@code @severity},
 * {@code @description}.
 *
 * @param id          unique rule id
 * @param requirement the requirement the rule decides, or {@code null} for derivation rules
 * @param severity    the outcome when the rule says the requirement is not met (FAIL or WARN)
 * @param description what the rule checks
 * @since 0.1.0
 */
public record RuleMetadata(String id, Requirement requirement, Outcome severity, String description) {

    /** Metadata keys. */
    public static final String ID = "id";
    public static final String REQUIREMENT = "requirement";
    public static final String SEVERITY = "severity";
    public static final String DESCRIPTION = "description";

    /** Reads a rule's metadata; {@link #validate(Rule)} says what is wrong with it. */
    public static RuleMetadata of(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        String requirement = text(meta.get(REQUIREMENT));
        String severity = text(meta.get(SEVERITY));
        return new RuleMetadata(
                text(meta.get(ID)) == null ? rule.getName() : text(meta.get(ID)),
                requirement == null ? null : Requirement.valueOf(requirement.toUpperCase(Locale.ROOT)),
                "WARN".equalsIgnoreCase(severity) ? Outcome.WARN : Outcome.FAIL,
                text(meta.get(DESCRIPTION)));
    }

    /**
     * What is wrong with a rule's metadata, or {@code null} when nothing is. Verdict rules (those in a
     * package that uses {@code findings}) need {@code @id} and a known {@code @requirement}.
     */
    public static String validate(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        if (text(meta.get(ID)) == null) {
            return "rule \"" + rule.getName() + "\" has no @id";
        }
        String requirement = text(meta.get(REQUIREMENT));
        if (requirement != null) {
            try {
                Requirement.valueOf(requirement.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return "rule \"" + rule.getName() + "\" names unknown @requirement " + requirement;
            }
        }
        String severity = text(meta.get(SEVERITY));
        if (severity != null && !severity.equalsIgnoreCase("FAIL") && !severity.equalsIgnoreCase("WARN")) {
            return "rule \"" + rule.getName() + "\" has @severity " + severity + "; use FAIL or WARN";
        }
        return null;
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isEmpty() ? null : s;
    }
}
