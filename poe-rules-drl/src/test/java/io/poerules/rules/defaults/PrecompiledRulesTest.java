package io.poerules.rules.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.poerules.api.RuleSet;
import io.poerules.rules.RuleEngine;
import io.poerules.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default rules ship precompiled into Drools' executable model, and only they use it. */
class PrecompiledRulesTest {

    @Test
    void defaultRulesAreLoadedPrecompiled() {
        RuleEngine engine = RuleEngine.compile(RuleSet.defaults().rulesAndTables());

        assertThat(engine.isPrecompiled()).isTrue();
        assertThat(engine.rules()).isNotEmpty();
    }

    @Test
    void anEditedCopyIsCompiledAndHasTheSameRules() {
        List<RuleSet.Resource> edited = new ArrayList<>();
        for (RuleSet.Resource r : RuleSet.defaults().rulesAndTables()) {
            edited.add(edited.isEmpty() ? new RuleSet.Resource(r.path(), r.origin(), r.content() + "\n// edited\n") : r);
        }

        RuleEngine compiled = RuleEngine.compile(edited);

        assertThat(compiled.isPrecompiled()).isFalse();
        assertThat(compiled.rules()).extracting(RuleMetadata::id, RuleMetadata::requirement, RuleMetadata::severity,
                        RuleMetadata::description)
                .containsExactlyElementsOf(RuleEngine.compile(RuleSet.defaults().rulesAndTables()).rules().stream()
                        .map(m -> tuple(m.id(), m.requirement(), m.severity(), m.description())).toList());
    }
}
