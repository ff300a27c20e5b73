package io.poerules.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The rules of one DRL text as written: name, metadata and where each rule starts and ends, read with
 * Drools' own parser before anything is compiled. Lets the rule set drop a default rule that an
 * analyst's rule replaces (same {@code @id}), and lets the linter point at the line of a rule whose
 * metadata is wrong even when another file does not compile.
 */
public final class DrlRules {

    /**
     * One rule as written.
     *
     * @param name        the rule's name
     * @param id          its {@code @id}, or {@code null}
     * @param requirement its {@code @requirement}, or {@code null}
     * @param line        1-based line of {@code rule}
     * @param column      1-based column of {@code rule}
     * @param start       offset of the first character of the rule in the text
     * @param end         offset just past its {@code end}
     * @param reportsFindings whether its consequence calls the {@code findings} global
     * @param metadata    every metadata key it has, with its value as text
     */
    public record Declared(String name, String id, String requirement, int line, int column, int start, int end,
                           boolean reportsFindings, Map<String, String> metadata) {
    }

    private DrlRules() {
    }

    /** The rules of a DRL text; empty when the text does not parse (the compiler then says why). */
    public static List<Declared> of(String drl) {
        PackageDescr pkg;
        DrlParser parser = new DrlParser();
        try {
            pkg = parser.parse(false, drl);
        } catch (DroolsParserException | RuntimeException e) {
            return List.of();
        }
        if (pkg == null || parser.hasErrors()) {
            return List.of();
        }
        List<Declared> out = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            if (rule.isQuery()) {
                continue;
            }
            Object consequence = rule.getConsequence();
            out.add(new Declared(rule.getName(), value(rule.getAnnotation(RuleMetadata.ID)),
                    value(rule.getAnnotation(RuleMetadata.REQUIREMENT)), Math.max(rule.getLine(), 0),
                    Math.max(rule.getColumn(), 0) + 1, rule.getStartCharacter(), rule.getEndCharacter(),
                    consequence != null && consequence.toString().matches("(?s).*\\b" + RuleEngine.FINDINGS_GLOBAL
                            + "\\s*\\.\\s*\\w+\\s*\\(.*"), metadata(rule)));
        }
        return out;
    }

    /**
     * The text with the given rules blanked out: every character of each rule replaced by a space, but
     * for line breaks, so that line and column numbers of the rest stay as written.
     */
    public static String without(String drl, Collection<Declared> rules) {
        char[] text = drl.toCharArray();
        for (Declared rule : rules) {
            int from = Math.max(0, rule.start());
            int to = Math.min(text.length, rule.end() <= rule.start() ? text.length : rule.end());
            for (int i = from; i < to; i++) {
                if (text[i] != '\n' && text[i] != '\r') {
                    text[i] = ' ';
                }
            }
        }
        return new String(text);
    }

    private static Map<String, String> metadata(RuleDescr rule) {
        Map<String, String> out = new LinkedHashMap<>();
        for (AnnotationDescr a : rule.getAnnotations()) {
            String v = value(a);
            out.put(a.getName(), v == null ? "" : v);
        }
        return out;
    }

    private static String value(AnnotationDescr annotation) {
        if (annotation == null) {
            return null;
        }
        Object value = annotation.getSingleValue();
        return RuleMetadata.text(value);
    }
}
