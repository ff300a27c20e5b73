package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.fact.SectionType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SectionsTest {

    private final Sections sections = new Sections(Map.of(
            SectionType.SCOPE, List.of("Scope of Work", "Scope"),
            SectionType.DELIVERABLES, List.of("Deliverables"),
            SectionType.BENEFITS, List.of("Benefits", "What * gains", "Value to *"),
            SectionType.BUSINESS_NEED, List.of("Why * is changing", "Premessa", "Esigenze", "Enquadramento")),
            List.of("Section", "Cláusula"), List.of(), List.of());

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
        assertThat(sections.headingType("Scope of work covers forty file servers to Azure Files")).isNull();
    }

    @Test
    void headingFollowedByASubtitleAfterADashOrColonIsRecognised() {
        assertThat(sections.headingType("Scope – Phase A: upgrade of the data platform")).isEqualTo(SectionType.SCOPE);
        assertThat(sections.headingType("4. Deliverables - Phase 2 handover to the service desk"))
                .isEqualTo(SectionType.DELIVERABLES);
        assertThat(sections.headingType("Scope: migrate forty file servers to Azure Files"))
                .as("a label and its value read as a heading and its subtitle").isEqualTo(SectionType.SCOPE);
        assertThat(sections.headingType("Scope of work for forty file servers in the Leeds office"))
                .as("without a dash or colon, the words after the heading are too many").isNull();
    }

    @Test
    void wildcardInAHeadingStandsForOneToFourWords() {
        assertThat(sections.headingType("What Contoso gains")).isEqualTo(SectionType.BENEFITS);
        assertThat(sections.headingType("What the Firm gains")).isEqualTo(SectionType.BENEFITS);
        assertThat(sections.headingType("5. What Contoso Pharmaceuticals UK Ltd gains")).isEqualTo(SectionType.BENEFITS);
        assertThat(sections.headingType("WHY THE FIRM IS CHANGING")).isEqualTo(SectionType.BUSINESS_NEED);
        assertThat(sections.headingType("Value to Contoso")).isEqualTo(SectionType.BENEFITS);
    }

    @Test
    void wildcardHeadingWithoutWordsOrWithTooManyIsNoHeading() {
        assertThat(sections.headingType("What gains")).isNull();
        assertThat(sections.headingType("What the big old Contoso Firm gains")).isNull();
        assertThat(sections.headingType("What the Firm gainsays")).isNull();
        assertThat(sections.headingType("What the Firm gains in a year is set out in the business case below"))
                .isNull();
    }

    @Test
    void wildcardHeadingStartsASection() {
        PartText text = TestTexts.text("""
                Why Contoso is changing
                The data centre lease ends in March
                What the Firm gains from Azure
                Lower running cost""");

        List<Sections.Span> spans = sections.find(text);

        assertThat(spans).extracting(Sections.Span::type, span -> span.heading().text(), Sections.Span::firstLine,
                Sections.Span::lastLine).containsExactly(
                tuple(SectionType.BUSINESS_NEED, "Why Contoso is changing", 1, 1),
                tuple(SectionType.BENEFITS, "What the Firm gains from Azure", 3, 3));
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

    /** Spanish, Portuguese and English headings, with their connectors and clause numbers in words. */
    private final Sections contractSections = new Sections(Map.of(
            SectionType.SCOPE, List.of("Alcance", "Services"),
            SectionType.DELIVERABLES, List.of("Entregables"),
            SectionType.IMPLEMENTATION_PLAN, List.of("Cronograma"),
            SectionType.PRICING, List.of("Precio"),
            SectionType.ASSUMPTIONS, List.of("Confidentiality")),
            List.of(), List.of("de", "del", "do", "for"), List.of("Cláusula", "Primera", "Segunda", "Tercera", "Cuarta"));

    @Test
    void headingWithAQualifierAfterAConnectorIsRecognised() {
        assertThat(contractSections.headingType("4. Cronograma de implantação")).isEqualTo(SectionType.IMPLEMENTATION_PLAN);
        assertThat(contractSections.headingType("Alcance del servicio")).isEqualTo(SectionType.SCOPE);
        assertThat(contractSections.headingType("Services for the pilot sites")).isEqualTo(SectionType.SCOPE);
        assertThat(contractSections.headingType("Cronograma de implantação das unidades de recebimento de grãos"))
                .as("more than three words after the connector").isNull();
        assertThat(contractSections.headingType("Cronograma implantação acordado com a cooperativa"))
                .as("no connector").isNull();
        assertThat(sections.headingType("Scope of work for forty file servers"))
                .as("without connectors in the lexicon").isNull();
    }

    @Test
    void clauseNumberedInWordsWithItsTitleRunningIntoItsTextStartsASectionOnItsOwnLine() {
        PartText text = TestTexts.text("""
                Primera. Objeto. El Proveedor prestará al Cliente el servicio gestionado.
                Segunda. Alcance del servicio. El servicio comprende las siguientes actividades:
                1. Mesa de ayuda para usuarios en castellano, valenciano e inglés.
                2. Administración de Exchange Online: altas, bajas y modificaciones.
                Tercera. Entregables. El Proveedor entregará el manual de operación.
                Cuarta. Niveles de servicio. Tiempo de respuesta de 30 minutos.
                Quinta. Precio. Cuota mensual de 4.960 € más IVA.""");

        List<Sections.Span> spans = contractSections.find(text);

        assertThat(spans).extracting(Sections.Span::type, Sections.Span::title, Sections.Span::firstLine,
                Sections.Span::lastLine).containsExactly(
                tuple(SectionType.SCOPE, "Alcance del servicio", 1, 3),
                tuple(SectionType.DELIVERABLES, "Entregables", 4, 4));
    }

    @Test
    void clauseNumberedInWordsMayStandAloneOnItsLine() {
        PartText text = TestTexts.text("""
                CLÁUSULA SEGUNDA – ALCANCE
                El servicio comprende la administración de Exchange Online
                Cláusula 3 – Precio
                Cuota mensual""");

        assertThat(contractSections.find(text)).extracting(Sections.Span::type, Sections.Span::firstLine,
                Sections.Span::lastLine).containsExactly(tuple(SectionType.SCOPE, 1, 1),
                tuple(SectionType.PRICING, 3, 3));
        Sections german = new Sections(Map.of(SectionType.SCOPE, List.of("Leistungsumfang")), List.of(), List.of(),
                List.of("§"));
        assertThat(german.find(TestTexts.text("§ 2 Leistungsumfang\nMigration der Dateiserver"))).singleElement()
                .satisfies(span -> assertThat(span.type()).isEqualTo(SectionType.SCOPE));
    }

    @Test
    void ordinalWordStartingASentenceIsNoClause() {
        PartText text = TestTexts.text("""
                Alcance
                Primera fase. Entregables de la fase de diagnóstico.
                Configuración del entorno""");

        assertThat(contractSections.find(text)).singleElement()
                .satisfies(span -> assertThat(span.lastLine()).isEqualTo(2));
    }

    @Test
    void clauseNumberedInFiguresStartsASectionOfAKnownHeadingAndEndsAtTheNextClause() {
        PartText text = TestTexts.text("""
                1. Services. Provider will perform the services described in each Service Order.
                2. Confidentiality. Each party will protect the other party's information.
                3. Warranties. Provider warrants that the services will be performed with care.
                A.3 Services. Provider will:
                design and deploy the recovery landing zone;""");

        assertThat(contractSections.find(text)).extracting(Sections.Span::type, Sections.Span::firstLine,
                Sections.Span::lastLine).containsExactly(
                tuple(SectionType.SCOPE, 0, 0),
                tuple(SectionType.ASSUMPTIONS, 1, 1),
                tuple(SectionType.SCOPE, 3, 4));
    }

    @Test
    void numberedListItemsWithATitleDoNotEndTheSection() {
        PartText text = TestTexts.text("""
                Scope of Work
                1. Discovery. Interviews with the finance and operations teams.
                2. Design. A landing zone with two subscriptions.""");

        assertThat(sections.find(text)).singleElement().satisfies(span -> assertThat(span.lastLine()).isEqualTo(2));
    }

    @Test
    void lineWithoutAnyHeadingMakesNoSection() {
        assertThat(sections.find(TestTexts.text("Migrate the file servers\nConfigure backup"))).isEmpty();
    }

    @Test
    void sectionNumberingWordsOfTheLexiconAndOrdinalNumbersNumberAHeading() {
        assertThat(sections.headingType("Cláusula 2.ª – Enquadramento")).isEqualTo(SectionType.BUSINESS_NEED);
        assertThat(new Sections(Map.of(SectionType.BENEFITS, List.of("Benefits"))).headingType("Section 5 - Benefits"))
                .as("without the numbering word").isNull();

        PartText text = TestTexts.text("""
                Cláusula 2.ª – Enquadramento
                The three servers cannot take the Christmas peak.
                Cláusula 9.ª – Vigência
                O contrato produz efeitos na data da sua assinatura.""");

        assertThat(sections.find(text)).singleElement().satisfies(span -> assertThat(span.lastLine()).isEqualTo(1));
    }

    @Test
    void markdownHeadingMarksAndBoldAroundAHeadingAreNoPartOfIt() {
        assertThat(sections.headingType("## Why Fernhill is changing")).isEqualTo(SectionType.BUSINESS_NEED);
        assertThat(sections.headingType("**Deliverables**")).isEqualTo(SectionType.DELIVERABLES);

        PartText text = TestTexts.text("""
                ## Why Fernhill is changing
                Two Hyper-V hosts are out of warranty.
                ## Things we are assuming
                Fernhill holds an Azure subscription.
                # of hosts: 2""");

        assertThat(sections.find(text)).singleElement().satisfies(span -> assertThat(span.lastLine()).isEqualTo(1));
    }

    @Test
    void twoHeadingsJoinedByAShortWordAreTheFirstOnesHeading() {
        assertThat(sections.headingType("1. Premessa ed esigenze del Committente")).isEqualTo(SectionType.BUSINESS_NEED);
        assertThat(sections.headingType("Premessa generale sulle attività del Committente"))
                .as("words that are no heading after the first").isNull();
    }

    @Test
    void headingInAnotherLanguageAfterASlashCounts() {
        assertThat(sections.headingType("Sisältö / Scope")).isEqualTo(SectionType.SCOPE);
        assertThat(sections.headingType("Toimitettavat / Deliverables")).isEqualTo(SectionType.DELIVERABLES);
        assertThat(sections.headingType("Input / output of the scope")).isNull();
        assertThat(sections.headingType("Phase\tActivities\tWeeks Milestone / Deliverables"))
                .as("a table's header row").isNull();
    }
}
