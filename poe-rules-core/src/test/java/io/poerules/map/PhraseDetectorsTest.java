package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.fact.Agreement;
import io.poerules.fact.AgreementType;
import io.poerules.fact.BusinessNeed;
import io.poerules.fact.PartnerRole;
import io.poerules.fact.RoleType;
import io.poerules.fact.Section;
import io.poerules.fact.SectionType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generic detectors: sections, a fact per section or phrase, and a fact per kind of phrase. */
class PhraseDetectorsTest {

    private final Sections sections = new Sections(Map.of(
            SectionType.BUSINESS_NEED, List.of("Business Drivers", "Problem Statement"),
            SectionType.SCOPE, List.of("Scope of Work")));

    @Test
    void sectionDetectorNamesEachSectionWithItsHeadingAndBodySize() {
        List<Section> found = TestTexts.detect(new SectionDetector(), sections, """
                1. Business Drivers
                The lease ends in December.
                The servers are out of support.
                2. Scope of Work
                - Migrate the servers.
                """).ofType(Section.class);

        assertThat(found).extracting(Section::type, Section::heading, Section::lines).containsExactly(
                tuple(SectionType.BUSINESS_NEED, "1. Business Drivers", 2),
                tuple(SectionType.SCOPE, "2. Scope of Work", 1));
    }

    @Test
    void phraseFactDetectorFindsASectionOrAPhraseOncePerLine() {
        PhraseFactDetector detector = new PhraseFactDetector(SectionType.BUSINESS_NEED,
                List.of("end of support", "pain point"), BusinessNeed::new);

        List<BusinessNeed> found = TestTexts.detect(detector, sections, """
                Problem Statement
                Windows Server 2012 reaches end of support, a pain point for the team.
                """).ofType(BusinessNeed.class);

        assertThat(found).extracting(n -> n.evidence().text()).containsExactly(
                "Problem Statement Windows Server 2012 reaches end of support, a pain point for the team.",
                "Windows Server 2012 reaches end of support, a pain point for the team.");
    }

    @Test
    void anEmptySectionIsNoEvidence() {
        PhraseFactDetector detector = new PhraseFactDetector(SectionType.BUSINESS_NEED, List.of(), BusinessNeed::new);

        assertThat(TestTexts.detect(detector, sections, "Business Drivers\n\nScope of Work\n- Migrate the servers.\n")
                .ofType(BusinessNeed.class)).isEmpty();
    }

    @Test
    void enumPhraseDetectorGivesOneFactPerKindAndLine() {
        EnumPhraseDetector<RoleType> detector = new EnumPhraseDetector<>(RoleType.class, Map.of(
                RoleType.ADVISORY, List.of("advisor", "recommendations"),
                RoleType.SUPPORT, List.of("hypercare")), PartnerRole::new);

        List<PartnerRole> found = TestTexts.detect(detector, sections, """
                Fabrikam acted as advisor and wrote recommendations.
                Two weeks of hypercare follow the go-live.
                """).ofType(PartnerRole.class);

        assertThat(found).extracting(PartnerRole::type).containsExactlyInAnyOrder(RoleType.ADVISORY, RoleType.SUPPORT);
    }

    @Test
    void allCapsAgreementNamesMatchOnlyInCapitals() {
        EnumPhraseDetector<AgreementType> detector = new EnumPhraseDetector<>(AgreementType.class,
                Map.of(AgreementType.EA, List.of("EA", "Enterprise Agreement")), Agreement::new);

        assertThat(TestTexts.detect(detector, sections, "Licensed under the customer's EA.\nEach team ate early.\n")
                .ofType(Agreement.class)).singleElement()
                .satisfies(a -> assertThat(a.evidence().text()).isEqualTo("Licensed under the customer's EA."));
    }
}
