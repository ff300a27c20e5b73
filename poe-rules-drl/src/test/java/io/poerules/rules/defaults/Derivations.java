package io.poerules.rules.defaults;

import io.poerules.api.DocumentType;
import io.poerules.api.Finding;
import io.poerules.api.Requirement;
import io.poerules.api.RuleSet;
import io.poerules.fact.DocumentKind;
import io.poerules.fact.Evidence;
import io.poerules.fact.Extraction;
import io.poerules.fact.MentionKind;
import io.poerules.fact.Organisation;
import io.poerules.fact.PartyMention;
import io.poerules.fact.PartyRole;
import io.poerules.fact.ValidationContext;
import io.poerules.rules.RuleEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The default rules run over facts a test writes, as the mapper would have found them, for tests of the derivation
 * rules: which facts the rules derived and which findings they made.
 */
final class Derivations {

    private static RuleEngine engine;

    private Derivations() {
    }

    /** The default rules, compiled once for all tests. */
    static synchronized RuleEngine engine() {
        if (engine == null) {
            engine = RuleEngine.compile(RuleSet.defaults().rulesAndTables());
        }
        return engine;
    }

    /** What the rules did with the facts. */
    record Result(List<Object> facts, List<Finding> findings) {

        /** The facts of a type in the session at the end, the derived ones included. */
        <T> List<T> all(Class<T> type) {
            return facts.stream().filter(type::isInstance).map(type::cast).toList();
        }

        List<Finding> findings(Requirement requirement) {
            return findings.stream().filter(f -> f.requirement() == requirement).toList();
        }
    }

    /** Runs the default rules over the facts. */
    static Result derive(Object... facts) {
        RuleEngine.Trace trace = engine().trace(Arrays.asList(facts));
        return new Result(trace.facts(), trace.findings());
    }

    /**
     * Runs the default rules over the facts of one document with text ({@code sow.pdf} unless the facts say
     * otherwise), as of 2026-11-30: with its extraction and validation context, so that the requirement rules judge.
     */
    static Result judge(Object... facts) {
        List<Object> all = new ArrayList<>(Arrays.asList(facts));
        all.add(new Extraction("application/pdf", 2000, 1, false, evidence("Statement of Work")));
        all.add(new ValidationContext(LocalDate.of(2026, 11, 30)));
        return derive(all.toArray());
    }

    /** Evidence in {@code sow.pdf}. */
    static Evidence evidence(String text) {
        return evidence(text, "sow.pdf");
    }

    static Evidence evidence(String text, String source) {
        return new Evidence(text, 0, text.length(), 1, null, source);
    }

    /** An organisation of {@code sow.pdf} with no alias or domain. */
    static Organisation organisation(String id, String name) {
        return new Organisation(id, name, List.of(), List.of(), evidence(name, source(id)));
    }

    static Organisation organisation(String id, String name, List<String> domains) {
        return new Organisation(id, name, List.of(), domains, evidence(name, source(id)));
    }

    /** A mention of the organisation with the given id, in its document. */
    static PartyMention mention(Organisation organisation, MentionKind kind, PartyRole hint, String cue) {
        return new PartyMention(organisation.id(), organisation.name(), kind, hint, cue, 0, null,
                evidence(cue + ": " + organisation.name(), source(organisation.id())));
    }

    /** The kind of a document, with evidence in it. */
    static DocumentKind kind(DocumentType type, String source) {
        return new DocumentKind(type, 6, evidence("title", source));
    }

    /** The document an organisation id names: "sow.pdf#1" is of sow.pdf. */
    static String source(String organisationId) {
        return organisationId.substring(0, organisationId.indexOf('#'));
    }
}
