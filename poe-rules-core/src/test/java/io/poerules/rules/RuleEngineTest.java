package io.poerules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.api.Finding;
import io.poerules.api.Outcome;
import io.poerules.api.Requirement;
import io.poerules.api.RuleBuildException;
import io.poerules.api.RuleProblem;
import io.poerules.api.RuleSet;
import io.poerules.fact.Evidence;
import io.poerules.fact.Party;
import io.poerules.fact.PartyRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    private static final String HEADER = """
            package test.rules;

            import io.poerules.api.*;
            import io.poerules.fact.*;

            global io.poerules.rules.Findings findings;

            """;

    private static RuleSet.Resource drl(String name, String rules) {
        return new RuleSet.Resource("test/rules/" + name, "/analyst/rules/" + name, HEADER + rules);
    }

    private static List<RuleProblem> problems(RuleSet.Resource... files) {
        try {
            RuleEngine.compile(List.of(files));
        } catch (RuleBuildException e) {
            return e.problems();
        }
        throw new AssertionError("the rules compiled without a problem");
    }

    private static final String CUSTOMER_RULES = """
            rule "Customer named"
                @id("T-CUSTOMER") @requirement("PARTIES") @description("A customer is named.")
            when
                $p : Party(role == PartyRole.CUSTOMER)
            then
                findings.met(kcontext, "Customer " + $p.name(), $p);
            end

            rule "No partner"
                @id("T-NO-PARTNER") @requirement("parties") @severity("WARN")
            when
                not Party(role == PartyRole.PARTNER)
            then
                findings.notMet(kcontext, "No partner");
            end
            """;

    @Test
    void rulesReportFindingsWithTheirMetadata() {
        RuleEngine engine = RuleEngine.compile(List.of(drl("parties.drl", CUSTOMER_RULES)));
        Evidence evidence = new Evidence("Customer: Contoso Ltd", 0, 21, 1, null);

        List<Finding> findings = engine.evaluate(List.of(new Party(PartyRole.CUSTOMER, "Contoso Ltd", null, evidence)));

        assertThat(engine.rules()).extracting(RuleMetadata::id, RuleMetadata::requirement, RuleMetadata::severity)
                .containsExactlyInAnyOrder(tuple("T-CUSTOMER", Requirement.PARTIES, Outcome.FAIL),
                        tuple("T-NO-PARTNER", Requirement.PARTIES, Outcome.WARN));
        assertThat(findings).containsExactlyInAnyOrder(
                new Finding(Requirement.PARTIES, "T-CUSTOMER", Outcome.PASS, "Customer Contoso Ltd", List.of(evidence)),
                new Finding(Requirement.PARTIES, "T-NO-PARTNER", Outcome.WARN, "No partner", List.of()));
    }

    @Test
    void aTraceNamesTheFactsEachRuleMatchedAndNotDroolsInitialFact() {
        RuleEngine engine = RuleEngine.compile(List.of(drl("parties.drl", CUSTOMER_RULES)));
        Party customer = new Party(PartyRole.CUSTOMER, "Contoso Ltd", null, new Evidence("Customer: Contoso Ltd", 0, 21, 1, null));

        RuleEngine.Trace trace = engine.trace(List.of(customer));

        assertThat(trace.fired()).extracting(RuleEngine.Firing::ruleId, RuleEngine.Firing::facts)
                .containsExactlyInAnyOrder(tuple("T-CUSTOMER", List.of(customer)), tuple("T-NO-PARTNER", List.of()));
    }

    @Test
    void eachEvaluationStartsFromAnEmptySession() {
        RuleEngine engine = RuleEngine.compile(List.of(drl("parties.drl", CUSTOMER_RULES)));
        Evidence evidence = new Evidence("Partner: Fabrikam", 0, 17, null, null);

        engine.evaluate(List.of(new Party(PartyRole.PARTNER, "Fabrikam", null, evidence)));
        List<Finding> second = engine.evaluate(List.of());

        assertThat(second).extracting(Finding::ruleId).containsExactly("T-NO-PARTNER");
    }

    @Test
    void compileErrorNamesTheFileAndLine() {
        List<RuleProblem> problems = problems(drl("broken.drl", """
                rule "Broken"
                    @id("T-BROKEN") @requirement("PARTIES")
                when
                    Party(role == PartyRole.CUSTOMER
                then
                    findings.met(kcontext, "never");
                end
                """));

        int thenLine = (int) HEADER.lines().count() + 5;
        assertThat(problems).extracting(RuleProblem::file).containsOnly("/analyst/rules/broken.drl");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(thenLine);
            assertThat(p.message()).contains("'then'");
        });
    }

    @Test
    void aSyntaxErrorIsAtItsOneBasedColumnWithoutTheParsersNullPackageAftermath() {
        List<RuleProblem> problems = problems(drl("broken.drl", """
                rule "Broken" @id("T-BROKEN")
                when
                    Party() Party() )
                then
                end
                """));

        int line = (int) HEADER.lines().count() + 3;
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).as("the ')' is the 21st character of its line").isEqualTo(21);
            assertThat(p.message()).contains("mismatched input ')'");
        });
    }

    @Test
    void compileErrorsInEveryFileAreListed() {
        List<RuleProblem> problems = problems(
                drl("one.drl", "rule \"One\" @id(\"T-1\") when NoSuchFact() then end\n"),
                drl("two.drl", "rule \"Two\" @id(\"T-2\") when Party(noSuchField == 1) then end\n"));

        assertThat(problems).extracting(RuleProblem::file)
                .contains("/analyst/rules/one.drl", "/analyst/rules/two.drl");
    }

    @Test
    void ruleWithoutIdIsAProblem() {
        List<RuleProblem> problems = problems(drl("no-id.drl", """
                rule "Nameless"
                    @requirement("PARTIES")
                when
                    Party()
                then
                end
                """));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("/analyst/rules/no-id.drl");
            assertThat(p.message()).isEqualTo("rule \"Nameless\" has no @id");
        });
    }

    @Test
    void duplicateIdIsAProblem() {
        String rule = """
                rule "%s"
                    @id("T-SAME") @requirement("PARTIES")
                when
                    Party()
                then
                end
                """;

        List<RuleProblem> problems = problems(drl("first.drl", rule.formatted("First")),
                drl("second.drl", rule.formatted("Second")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("rule \"Second\" repeats @id T-SAME, already used at /analyst/rules/first.drl:8");
            assertThat(p.file()).isEqualTo("/analyst/rules/second.drl");
            assertThat(p.line()).as("the line of the repeating rule").isEqualTo(8);
        });
    }

    @Test
    void unknownRequirementIsAProblem() {
        List<RuleProblem> problems = problems(drl("typo.drl", """
                rule "Typo"
                    @id("T-TYPO") @requirement("PARTYS")
                when
                    Party()
                then
                end
                """));

        assertThat(problems).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("rule \"Typo\" names unknown @requirement PARTYS; use one of [")
                        .contains("PARTIES"));
    }

    @Test
    void everyMetadataProblemIsListedNotOnlyTheFirst() {
        List<RuleProblem> problems = problems(drl("many.drl", """
                rule "No id"
                when
                    Party()
                then
                end

                rule "Bad requirement"
                    @id("T-BAD-REQ") @requirement("NOPE")
                when
                    Party()
                then
                end

                rule "Bad severity"
                    @id("T-BAD-SEV") @requirement("PARTIES") @severity("ERROR")
                when
                    Party()
                then
                end
                """));

        assertThat(problems).extracting(RuleProblem::message).containsExactlyInAnyOrder(
                "rule \"No id\" has no @id",
                "rule \"Bad requirement\" names unknown @requirement NOPE; use one of " + java.util.Arrays.toString(
                        Requirement.values()),
                "rule \"Bad severity\" has @severity ERROR; use FAIL or WARN");
        assertThat(problems).extracting(RuleProblem::line).as("each at its rule's line").containsExactlyInAnyOrder(8, 14, 21);
    }
}
