package io.poerules.rules.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.PoeValidator;
import io.poerules.api.RuleSet;
import io.poerules.authoring.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code poe-rules-drl/RULES.md} is the catalog of the default rules as {@code poe rules catalog}
 * generates it: a rule added, removed or re-described without regenerating the file fails here.
 */
class RuleCatalogTest {

    static final Path COMMITTED = Path.of("RULES.md");

    @Test
    void committedCatalogIsUpToDate() throws IOException {
        String generated;
        try (PoeValidator validator = PoeValidator.builder().threads(1).build()) {
            generated = RuleCatalog.markdown(RuleSet.defaults().name(), validator.rules());
        }
        if (Boolean.getBoolean("poe.updateCatalog")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertThat(COMMITTED).as("poe-rules-drl/RULES.md").exists();
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("poe-rules-drl/RULES.md is out of date with the rules. Regenerate it: "
                        + "mvn -B -o test -pl poe-rules-drl -am -Dtest=RuleCatalogTest -Dsurefire.failIfNoSpecifiedTests=false"
                        + " -Dpoe.updateCatalog=true   (or: ./poe rules catalog -o poe-rules-drl/RULES.md)")
                .isEqualTo(generated);
        assertThat(generated).contains("`SERVICE-DETAILED`", "`POLICY-ACK-WINDOW`", "PURCHASE_ORDER, EMAIL",
                "AZURE only");
        assertThat(generated).as("the thresholds of the decision table, with their values")
                .contains("| `POLICY-ACK-WINDOW` |  | every document type | Acknowledgement window, row 25: Months before "
                        + "the claim date an acknowledgement may be dated = 12 |");
    }
}
