package io.poerules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poerules.api.RuleBuildException;
import io.poerules.api.RuleSet;
import io.poerules.fact.AcknowledgementWindow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV decision tables: compiled to rules, each row described by its values, problems at their row. */
class DecisionTablesTest {

    static RuleSet.Resource csv(String months, String action) {
        return new RuleSet.Resource("analyst/window.csv", "/rules/analyst/window.csv", """
                RuleSet,io.poerules.rules.analyst
                Import,"io.poerules.api.*, io.poerules.fact.*"
                ,
                RuleTable Acknowledgement window,
                METADATA,ACTION
                ,
                "id(""$param"")",%s
                Rule id,Months before the claim date
                ANALYST-ACK-WINDOW,%s
                """.formatted(action, months));
    }

    @Test
    void aRowOfACsvTableIsARuleThatInsertsItsThresholdAndIsDescribedByItsValues() {
        RuleEngine engine = RuleEngine.compile(List.of(csv("6", "insert(new AcknowledgementWindow($param));")));

        assertThat(engine.rules()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("ANALYST-ACK-WINDOW");
            assertThat(r.description()).isEqualTo("Acknowledgement window, row 9: Months before the claim date = 6");
        });
        assertThat(engine.trace(List.of()).facts()).containsExactly(new AcknowledgementWindow(6));
    }

    @Test
    void aChangedValueChangesTheDescription() {
        RuleEngine engine = RuleEngine.compile(List.of(csv("9", "insert(new AcknowledgementWindow($param));")));

        assertThat(engine.rules()).singleElement().extracting(RuleMetadata::description)
                .isEqualTo("Acknowledgement window, row 9: Months before the claim date = 9");
    }

    @Test
    void aProblemInATableIsReportedAtItsRow() {
        assertThatThrownBy(() -> RuleEngine.compile(List.of(csv("6", "insert(new NoSuchThreshold($param));"))))
                .isInstanceOfSatisfying(RuleBuildException.class, e -> assertThat(e.problems()).isNotEmpty()
                        .allSatisfy(p -> {
                            assertThat(p.file()).isEqualTo("/rules/analyst/window.csv");
                            assertThat(p.line()).isEqualTo(9);
                            assertThat(p.column()).isEqualTo(1);
                            assertThat(p.message()).contains("NoSuchThreshold", "in the DRL generated from the table");
                        }));
    }
}
