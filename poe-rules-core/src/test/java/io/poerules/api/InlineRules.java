package io.poerules.api;

import java.time.LocalDate;
import java.util.List;

/** Validators built on one inline DRL file and a small parties lexicon, for tests of the API. */
final class InlineRules {

    private static final String PARTIES_LEXICON = """
            {"parties": {"customerLabels": ["Customer"], "partnerLabels": ["Partner"]}}""";

    /**
     * The party model in one rule: the mapper finds where a document names an organisation ({@code PartyMention},
     * grouped into an {@code Organisation}) and the rules decide its role; here, an organisation under a party label
     * has that label's role. Every inline rule set has it, beside its own DRL file.
     */
    static final String ROLES_RULES = """
            package test.rules;

            import io.poerules.fact.*;

            rule "A labelled organisation has the label's role"
                @id("T-LABELLED")
                salience 100
            when
                $m : PartyMention(kind == MentionKind.LABEL, roleHint != PartyRole.UNKNOWN)
                $o : Organisation(id == $m.organisation())
            then
                insert(Party.of($o, $m.roleHint(), "labelled '" + $m.cue() + "'"));
            end
            """;

    /** A rule that names the customer, and one that throws on a customer named "Poison Ltd". */
    static final String PARTIES_RULES = """
            package test.rules;

            import io.poerules.api.*;
            import io.poerules.fact.*;

            global io.poerules.rules.Findings findings;

            rule "Customer named"
                @id("T-CUSTOMER") @requirement("PARTIES")
            when
                $p : Party(role == PartyRole.CUSTOMER)
            then
                findings.met(kcontext, "Customer " + $p.name(), $p);
            end

            rule "Blows up on a poison customer"
                @id("T-POISON") @requirement("PARTIES")
            when
                Party(name == "Poison Ltd")
            then
                throw new IllegalStateException("rule failure");
            end
            """;

    private InlineRules() {
    }

    /** A validator with the rules of one DRL file, 200 characters per document, two threads, as of 2026-11-30. */
    static PoeValidator validator(String drlName, String drl) {
        return builder(drlName, drl).build();
    }

    /** The builder of {@link #validator}, for a test to change. */
    static PoeValidator.Builder builder(String drlName, String drl) {
        return PoeValidator.builder()
                .rules(ruleSet(drlName, drl))
                .limits(Limits.DEFAULTS.withMaxCharacters(200))
                .referenceDate(LocalDate.of(2026, 11, 30))
                .threads(2);
    }

    /** The rule set of {@link #validator}: the DRL file, the roles rule ({@link #ROLES_RULES}) and the parties lexicon. */
    static RuleSet ruleSet(String drlName, String drl) {
        return RuleSet.of("inline", "1", List.of(
                new RuleSet.Resource("test/rules/" + drlName, drlName, drl),
                new RuleSet.Resource("test/rules/roles.drl", "roles.drl", ROLES_RULES),
                new RuleSet.Resource("lexicons/parties.json", "parties.json", PARTIES_LEXICON)));
    }
}
