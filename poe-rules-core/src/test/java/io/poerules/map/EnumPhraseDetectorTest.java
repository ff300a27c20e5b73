package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.fact.PartnerRole;
import io.poerules.fact.RoleType;
import io.poerules.fact.SectionType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** EnumPhraseDetector does not count the phrases of the sections it leaves out. */
class EnumPhraseDetectorTest {

    private static final String SOW = """
            Scope of Work
            Corrib Advisory provides two weeks of hypercare after the cut-over.

            Out of Scope
            A managed service for the new servers, and hypercare beyond two weeks.

            Pricing
            The managed service is quoted separately.
            """;

    private final Sections sections = new Sections(Map.of(
            SectionType.SCOPE, List.of("Scope of Work"),
            SectionType.ASSUMPTIONS, List.of("Out of Scope", "Assumptions"),
            SectionType.PRICING, List.of("Pricing")));

    private static EnumPhraseDetector<RoleType> detector(Set<SectionType> leftOut) {
        SharedPhrases shared = new SharedPhrases();
        EnumPhraseDetector<RoleType> detector = new EnumPhraseDetector<>(RoleType.class, Map.of(
                RoleType.SUPPORT, List.of("hypercare"),
                RoleType.MANAGED_SERVICE, List.of("managed service")), PartnerRole::new, shared, leftOut);
        shared.freeze();
        return detector;
    }

    private List<PartnerRole> roles(Set<SectionType> leftOut, String text) {
        return TestTexts.detect(detector(leftOut), sections, text).ofType(PartnerRole.class);
    }

    @Test
    void phrasesInALeftOutSectionDoNotCount() {
        assertThat(roles(Set.of(SectionType.ASSUMPTIONS), SOW))
                .extracting(PartnerRole::type, r -> r.evidence().text())
                .containsExactlyInAnyOrder(
                        tuple(RoleType.SUPPORT, "Corrib Advisory provides two weeks of hypercare after the cut-over."),
                        tuple(RoleType.MANAGED_SERVICE, "The managed service is quoted separately."));
    }

    @Test
    void phrasesOnlyInALeftOutSectionGiveNoFact() {
        assertThat(roles(Set.of(SectionType.ASSUMPTIONS), """
                Assumptions
                The customer keeps its own managed service provider for hypercare.
                """)).isEmpty();
    }

    @Test
    void withoutLeftOutSectionsEveryPhraseCounts() {
        assertThat(roles(Set.of(), SOW)).extracting(PartnerRole::type).containsExactlyInAnyOrder(
                RoleType.SUPPORT, RoleType.MANAGED_SERVICE, RoleType.SUPPORT, RoleType.MANAGED_SERVICE);
    }

    @Test
    void phraseAfterTheLeftOutSectionCountsAgain() {
        assertThat(roles(Set.of(SectionType.ASSUMPTIONS), """
                Out of Scope
                Hypercare beyond two weeks.

                Scope of Work
                Two weeks of hypercare after go-live.
                """)).extracting(r -> r.evidence().text()).containsExactly("Two weeks of hypercare after go-live.");
    }
}
