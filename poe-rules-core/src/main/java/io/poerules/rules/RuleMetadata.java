package io.poerules.rules;

import io.poerules.api.DocumentType;
import io.poerules.api.Outcome;
import io.poerules.api.Program;
import io.poerules.api.Requirement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * The metadata every rule carries: {@code @id}, {@code @requirement}, {@code @severity},
 * {@code @description}, and optionally {@code @documentTypes} and {@code @program} (what the rule
 * applies to, for the rule catalog).
 *
 * @param id            unique rule id
 * @param requirement   the requirement the rule decides, or {@code null} for derivation rules
 * @param severity      the outcome when the rule says the requirement is not met (FAIL or WARN)
 * @param description   what the rule checks
 * @param documentTypes the document types it applies to; empty when it applies to every type
 * @param program       the program it applies to, or {@code null} when it applies to both
 * @param name          the rule's name in its DRL file
 * @since 0.1.0
 */
public record RuleMetadata(String id, Requirement requirement, Outcome severity, String description,
                           List<DocumentType> documentTypes, Program program, String name) {

    /** Metadata keys. */
    public static final String ID = "id";
    public static final String REQUIREMENT = "requirement";
    public static final String SEVERITY = "severity";
    public static final String DESCRIPTION = "description";
    public static final String DOCUMENT_TYPES = "documentTypes";
    public static final String PROGRAM = "program";

    public RuleMetadata {
        documentTypes = documentTypes == null ? List.of() : List.copyOf(documentTypes);
    }

    /** Metadata without document types, program or name. */
    public RuleMetadata(String id, Requirement requirement, Outcome severity, String description) {
        this(id, requirement, severity, description, List.of(), null, id);
    }

    /** Reads a rule's metadata; {@link #validate(Rule)} says what is wrong with it. */
    public static RuleMetadata of(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        String requirement = text(meta.get(REQUIREMENT));
        String severity = text(meta.get(SEVERITY));
        String program = text(meta.get(PROGRAM));
        return new RuleMetadata(
                text(meta.get(ID)) == null ? rule.getName() : text(meta.get(ID)),
                requirement == null ? null : Requirement.valueOf(requirement.toUpperCase(Locale.ROOT)),
                "WARN".equalsIgnoreCase(severity) ? Outcome.WARN : Outcome.FAIL,
                text(meta.get(DESCRIPTION)),
                documentTypes(text(meta.get(DOCUMENT_TYPES))),
                program == null ? null : Program.valueOf(program.toUpperCase(Locale.ROOT)),
                rule.getName());
    }

    private static List<DocumentType> documentTypes(String list) {
        if (list == null) {
            return List.of();
        }
        return Arrays.stream(list.split("[,\\s]+")).filter(s -> !s.isEmpty())
                .map(s -> DocumentType.valueOf(s.toUpperCase(Locale.ROOT))).toList();
    }

    /**
     * What is wrong with the values of a rule's metadata, given as text, or {@code null} when nothing
     * is: an unknown {@code @requirement}, {@code @severity}, {@code @documentTypes} or {@code @program}.
     */
    public static String validateValues(String ruleName, Map<String, String> meta) {
        String requirement = meta.get(REQUIREMENT);
        if (requirement != null && !isConstant(Requirement.class, requirement)) {
            return "rule \"" + ruleName + "\" names unknown @requirement " + requirement + "; use one of "
                    + Arrays.toString(Requirement.values());
        }
        String severity = meta.get(SEVERITY);
        if (severity != null && !severity.equalsIgnoreCase("FAIL") && !severity.equalsIgnoreCase("WARN")) {
            return "rule \"" + ruleName + "\" has @severity " + severity + "; use FAIL or WARN";
        }
        String types = meta.get(DOCUMENT_TYPES);
        if (types != null) {
            for (String t : types.split("[,\\s]+")) {
                if (!t.isEmpty() && !isConstant(DocumentType.class, t)) {
                    return "rule \"" + ruleName + "\" names unknown document type " + t + " in @documentTypes; use "
                            + Arrays.toString(DocumentType.values());
                }
            }
        }
        String program = meta.get(PROGRAM);
        if (program != null && !isConstant(Program.class, program)) {
            return "rule \"" + ruleName + "\" names unknown @program " + program + "; use "
                    + Arrays.toString(Program.values());
        }
        return null;
    }

    private static <E extends Enum<E>> boolean isConstant(Class<E> type, String value) {
        try {
            Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
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
        Map<String, String> values = new java.util.HashMap<>();
        meta.forEach((k, v) -> {
            if (text(v) != null) {
                values.put(k, text(v));
            }
        });
        return validateValues(rule.getName(), values);
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
