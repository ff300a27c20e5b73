package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.fact.SectionType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SectionsTest {

    private final Sections sections = new Sections(Map.of(
            SectionType.SCOPE, List.of("Scope of Work", "Scope"),
            SectionType.DELIVERABLES, List.of("Deliverables"),
            SectionType.BENEFITS, List.of("Benefits")));

    @Test
    void numberedHeadingIsRecognised() {
        assertThat(sections.headingType("3.1 Scope of Work")).isEqualTo(SectionType.SCOPE);
        assertThat(sections.headingType("4. Deliverables")).isEqualTo(SectionType.DELIVERABLES);
        assertThat(sections.headingType("Section 5 - Benefits")).isEqualTo(SectionType.BENEFITS);
    }

    @Test
    void headingInCapitalsIsRecognised() {
        assertThat(sections.headingType("SCOPE OF WORK")).isEqualTo(SectionType.SCOPE);
    }

    @Test
    void headingEndingWithColonIsRecognised() {
        assertThat(sections.headingType("Deliverables:")).isEqualTo(SectionType.DELIVERABLES);
    }

    @Test
    void sentenceNamingTheHeadingIsNotAHeading() {
        assertThat(sections.headingType("The scope of work is described below.")).isNull();
        assertThat(sections.headingType("Scope of work includes moving forty file servers and two databases to Azure"))
                .isNull();
        assertThat(sections.headingType("Scope: migrate forty file servers to Azure Files")).isNull();
    }

    @Test
    void sectionBodyRunsToTheNextLexiconHeading() {
        PartText text = TestTexts.text("""
                Scope of Work
                Migrate the file servers
                Configure backup

                Deliverables
                Runbook for operations""");

        List<Sections.Span> spans = sections.find(text);

        assertThat(spans).extracting(Sections.Span::type).containsExactly(SectionType.SCOPE, SectionType.DELIVERABLES);
        assertThat(spans.get(0).heading().text()).isEqualTo("Scope of Work");
        assertThat(spans.get(0).firstLine()).isEqualTo(1);
        assertThat(spans.get(0).lastLine()).isEqualTo(3);
        assertThat(spans.get(0).bodyLines(text)).isEqualTo(2);
        assertThat(spans.get(1).firstLine()).isEqualTo(5);
        assertThat(spans.get(1).lastLine()).isEqualTo(5);
    }

    @Test
    void sectionEndsAtAnUnknownNumberedOrCapitalisedHeading() {
        PartText text = TestTexts.text("""
                2. Scope of Work
                Migrate the file servers
                3. Pricing
                Fixed fee of 20,000 USD
                Benefits
                Lower running cost
                GOVERNING LAW
                This agreement is governed by the laws of England""");

        List<Sections.Span> spans = sections.find(text);

        assertThat(spans).extracting(Sections.Span::type).containsExactly(SectionType.SCOPE, SectionType.BENEFITS);
        assertThat(spans.get(0).lastLine()).isEqualTo(1);
        assertThat(spans.get(1).firstLine()).isEqualTo(5);
        assertThat(spans.get(1).lastLine()).isEqualTo(5);
    }

    @Test
    void numberedListItemsDoNotEndTheSection() {
        PartText text = TestTexts.text("""
                Deliverables
                1. Solution design document
                2. Operations runbook for the file servers
                3. Knowledge transfer session""");

        List<Sections.Span> spans = sections.find(text);

        assertThat(spans).singleElement().satisfies(span -> {
            assertThat(span.type()).isEqualTo(SectionType.DELIVERABLES);
            assertThat(span.lastLine()).isEqualTo(3);
            assertThat(span.bodyLines(text)).isEqualTo(3);
        });
    }

    @Test
    void lineWithoutAnyHeadingMakesNoSection() {
        assertThat(sections.find(TestTexts.text("Migrate the file servers\nConfigure backup"))).isEmpty();
    }
}
