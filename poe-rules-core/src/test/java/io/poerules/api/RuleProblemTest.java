package io.poerules.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleProblemTest {

    @Test
    void anMvelMessageIsFoldedOntoOneLine() {
        String mvel = """
                Unable to Analyse Expression naem == "x":
                [Error: unable to resolve method using strict-mode: io.poerules.fact.Product.naem()]
                [Near : {... naem == "x" ....}]
                             ^
                [Line: 10, Column: 8]""";

        RuleProblem problem = new RuleProblem("rules/mine.drl", 10, 0, mvel);

        assertThat(problem).hasToString("rules/mine.drl:10:0: Unable to Analyse Expression naem == \"x\": "
                + "unable to resolve method using strict-mode: io.poerules.fact.Product.naem()");
    }

    @Test
    void aOneLineMessageIsKeptAsItIs() {
        assertThat(new RuleProblem("a.drl", 3, 7, "rule \"x\" has no @id $1 \\ [brackets]").message())
                .isEqualTo("rule \"x\" has no @id $1 \\ [brackets]");
    }
}
