package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.fact.Architecture;
import io.poerules.fact.ArchitectureChange;
import io.poerules.fact.SectionType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArchitectureDetectorTest {

    private final ArchitectureDetector detector = new ArchitectureDetector(
            Map.of(ArchitectureChange.EXPANDS, List.of("extends", "hybrid"),
                    ArchitectureChange.REPLACES, List.of("replaces", "decommissioned")),
            List.of("existing", "on-premises", "datacentre", "hosts"));

    private List<Architecture> found(String text) {
        Sections sections = new Sections(Map.of(SectionType.ARCHITECTURE, List.of("Target Architecture")));
        return TestTexts.detect(detector, sections, text).ofType(Architecture.class);
    }

    @Test
    void aChangeVerbWithAnInfrastructureWordIsAChange() {
        assertThat(found("The target architecture replaces the Reading datacentre."))
                .extracting(Architecture::change).containsExactly(ArchitectureChange.REPLACES);
    }

    @Test
    void aChangeVerbAloneIsNotAChange() {
        assertThat(found("The new portal replaces paper forms for expense claims.")).isEmpty();
    }

    @Test
    void theSentenceMayWrapLinesButNotParagraphs() {
        assertThat(found("The PoC extends the Bank's document\nmanagement system on-premises."))
                .extracting(Architecture::change).containsExactly(ArchitectureChange.EXPANDS);
        assertThat(found("The PoC extends the reporting portal\n\nThe existing team reviews it")).isEmpty();
    }

    @Test
    void anArchitectureSectionIsDescribedEvenWithoutAChange() {
        assertThat(found("Target Architecture\nA hub-and-spoke network in two regions."))
                .extracting(Architecture::change).containsExactly(ArchitectureChange.DESCRIBED);
    }

    @Test
    void evidenceIsTheSentence() {
        assertThat(found("Scope is below. The Hyper-V hosts were decommissioned in August. Done."))
                .singleElement().satisfies(a -> assertThat(a.evidence().text())
                        .isEqualTo("The Hyper-V hosts were decommissioned in August."));
    }
}
