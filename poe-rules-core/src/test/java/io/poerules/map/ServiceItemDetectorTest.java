package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.fact.SectionType;
import io.poerules.fact.ServiceItem;
import io.poerules.fact.ServiceItemKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceItemDetectorTest {

    private final Sections sections = new Sections(Map.of(
            SectionType.SCOPE, List.of("Scope of Work"),
            SectionType.DELIVERABLES, List.of("Deliverables"),
            SectionType.BENEFITS, List.of("Benefits"),
            SectionType.PRICING, List.of("Pricing")));
    private final ServiceItemDetector detector = new ServiceItemDetector(
            List.of("migrate", "migrated", "configure", "design", "train", "deploy", "plan"),
            List.of("runbook", "design document"));

    private List<ServiceItem> items(String text) {
        return TestTexts.detect(detector, sections, text).ofType(ServiceItem.class);
    }

    @Test
    void bulletedActivityLinesInScopeAreActivities() {
        List<ServiceItem> items = items("""
                Scope of Work
                - Migrate 40 file servers to Azure Files
                • Configure Azure Backup for all production workloads
                3) The partner will train twelve administrators
                """);

        assertThat(items).extracting(ServiceItem::kind, ServiceItem::section, i -> i.evidence().text()).containsExactly(
                tuple(ServiceItemKind.ACTIVITY, SectionType.SCOPE, "- Migrate 40 file servers to Azure Files"),
                tuple(ServiceItemKind.ACTIVITY, SectionType.SCOPE, "• Configure Azure Backup for all production workloads"),
                tuple(ServiceItemKind.ACTIVITY, SectionType.SCOPE, "3) The partner will train twelve administrators"));
    }

    @Test
    void skuAndPriceLinesAreNotActivities() {
        assertThat(items("""
                Scope of Work
                - AZ-VM-D4s-v5  Azure VM D4s v5   12 x $140.00
                - Microsoft 365 E3 (SKU 05e9a617)  250 licences  $8,250.00
                """)).isEmpty();
    }

    @Test
    void anActivityWordInAProductsNameBeforeANumberIsNoActivity() {
        assertThat(items("""
                2\tAAA-11894\tMicrosoft Intune Plan 1\t250\t$8.00
                3\tAAA-11907\tDefender for Endpoint Plan 2\t250\t$5.20
                Plan 3 workshops with the service desk and the branch managers
                We plan 2 waves of migration for the branch laptops
                """)).extracting(i -> i.evidence().text()).containsExactly(
                "Plan 3 workshops with the service desk and the branch managers",
                "We plan 2 waves of migration for the branch laptops");
    }

    @Test
    void shortActivityLineIsNotAnActivity() {
        assertThat(items("Scope of Work\n- Migrate servers")).isEmpty();
    }

    @Test
    void activityLinesUnderBenefitsOrPricingDoNotCount() {
        assertThat(items("""
                Benefits
                - Migrated workloads scale automatically in peak season
                Pricing
                - Migrate file servers: fixed fee of 12,000 USD
                """)).isEmpty();
    }

    @Test
    void outsideAnySectionTheActivityMustLeadTheLine() {
        assertThat(items("""
                We will migrate the payroll database in May
                Last year the customer asked whether anyone could migrate the payroll database
                """)).extracting(i -> i.evidence().text()).containsExactly("We will migrate the payroll database in May");
    }

    @Test
    void linesUnderDeliverablesAreDeliverables() {
        assertThat(items("""
                Deliverables
                - Solution design document
                - Operations runbook for the file servers
                - Handover
                """)).extracting(ServiceItem::kind, ServiceItem::section, i -> i.evidence().text()).containsExactly(
                tuple(ServiceItemKind.DELIVERABLE, SectionType.DELIVERABLES, "- Solution design document"),
                tuple(ServiceItemKind.DELIVERABLE, SectionType.DELIVERABLES, "- Operations runbook for the file servers"));
    }

    @Test
    void numberedLinesUnderDeliverablesAreDeliverables() {
        assertThat(items("""
                Deliverables
                1. Solution design document
                2. Operations runbook for the file servers
                """)).extracting(ServiceItem::kind, ServiceItem::section)
                .containsExactly(tuple(ServiceItemKind.DELIVERABLE, SectionType.DELIVERABLES),
                        tuple(ServiceItemKind.DELIVERABLE, SectionType.DELIVERABLES));
    }

    @Test
    void deliverableTableHeaderIsNotADeliverable() {
        assertThat(items("Deliverables\nDeliverable\tOwner\tDue date")).isEmpty();
    }

    @Test
    void workProductNamedInScopeIsADeliverable() {
        assertThat(items("Scope of Work\n- Operations runbook for file servers")).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ServiceItemKind.DELIVERABLE);
            assertThat(i.section()).isEqualTo(SectionType.SCOPE);
        });
    }

    @Test
    void quotedLinesOfAnEmailAreReadWithoutTheirQuoteMarksAndBullets() {
        assertThat(items("""
                > Scope of Work
                > - Migrate 40 file servers to Azure Files
                > > • Configure Azure Backup for all production workloads
                > - Migrate the servers
                """)).extracting(ServiceItem::kind, ServiceItem::section, i -> i.evidence().text()).containsExactly(
                tuple(ServiceItemKind.ACTIVITY, SectionType.SCOPE, "> - Migrate 40 file servers to Azure Files"),
                tuple(ServiceItemKind.ACTIVITY, SectionType.SCOPE,
                        "> > • Configure Azure Backup for all production workloads"));
    }

    @Test
    void quotedDeliverablesTableHeaderIsNotADeliverable() {
        assertThat(items("""
                > Deliverables
                > Deliverable\tOwner\tDue date
                > - Operations runbook\tFabrikam\tMay
                """)).extracting(i -> i.evidence().text()).containsExactly("> - Operations runbook Fabrikam May");
    }

    @Test
    void activityAfterADashSeparatedSegmentLeadsItsSegment() {
        assertThat(items("""
                Phase 1 Landing Zone Build - deploy the hub network in two regions
                Phase 2 Data Platform Build – migrate the payroll database to Azure SQL
                Phase 3 Data Platform Build-out and migrate the payroll database
                """)).extracting(ServiceItem::kind, i -> i.evidence().text()).containsExactly(
                tuple(ServiceItemKind.ACTIVITY, "Phase 1 Landing Zone Build - deploy the hub network in two regions"),
                tuple(ServiceItemKind.ACTIVITY, "Phase 2 Data Platform Build – migrate the payroll database to Azure SQL"));
    }

    /** A detector whose sections also label inline lists, as the mapper builds it. */
    private List<ServiceItem> itemsWithInlineLists(String text) {
        SharedPhrases shared = new SharedPhrases();
        ServiceItemDetector inline = new ServiceItemDetector(
                List.of("migrate", "migrated", "configure", "design", "train", "deploy", "rebuild"),
                List.of("runbook", "design document"), sections, shared);
        shared.freeze();
        return TestTexts.detect(inline, sections, text).ofType(ServiceItem.class);
    }

    @Test
    void inlineListOfDeliverablesGivesADeliverablePerItemBetweenCommasAndAnd() {
        String line = "Deliverables: migration design, operations runbook, training plan and the handover report.";

        assertThat(itemsWithInlineLists(line)).hasSize(4)
                .allSatisfy(i -> {
                    assertThat(i.kind()).isEqualTo(ServiceItemKind.DELIVERABLE);
                    assertThat(i.section()).isEqualTo(SectionType.DELIVERABLES);
                    assertThat(i.evidence().text()).isEqualTo(line);
                });
    }

    @Test
    void inlineListOfDeliverablesBetweenSemicolonsKeepsCommasInAnItem() {
        assertThat(itemsWithInlineLists(
                "Deliverables: runbook for the file, print and backup servers; knowledge transfer notes.")).hasSize(2)
                .extracting(ServiceItem::kind).containsOnly(ServiceItemKind.DELIVERABLE);
    }

    @Test
    void inlineListOfActivitiesGivesAnActivityPerItemBetweenSemicolons() {
        assertThat(itemsWithInlineLists("Scope of Work: migrate 180 tables; rebuild the cube; re-point 40 reports"))
                .extracting(ServiceItem::kind, ServiceItem::section).containsExactly(
                        tuple(ServiceItemKind.ACTIVITY, SectionType.SCOPE),
                        tuple(ServiceItemKind.ACTIVITY, SectionType.SCOPE),
                        tuple(ServiceItemKind.ACTIVITY, SectionType.SCOPE));
    }

    @Test
    void inlineListOfActivitiesIsNotSplitAtCommasAndSkipsItemsOfFewerThanThreeWords() {
        assertThat(itemsWithInlineLists(
                "Scope of Work: migrate the file servers, configure backup and train the administrators.")).hasSize(1);
        assertThat(itemsWithInlineLists(
                "Scope of Work: migrate servers; configure the Azure Backup vaults; train admins")).hasSize(1);
    }

    @Test
    void listUnderALabelThatIsNoScopeOrDeliverablesHeadingIsOneLine() {
        assertThat(itemsWithInlineLists("Benefits: migration design, operations runbook, training plan and savings."))
                .as("read as any line: its first activity phrase leads the text after the colon")
                .extracting(ServiceItem::kind, ServiceItem::section).containsExactly(tuple(ServiceItemKind.ACTIVITY, null));
    }

    @Test
    void inlineListShortEnoughToBeAHeadingGivesItsItems() {
        assertThat(itemsWithInlineLists("Deliverables: design document, runbook and training"))
                .extracting(ServiceItem::kind).containsExactly(ServiceItemKind.DELIVERABLE,
                        ServiceItemKind.DELIVERABLE, ServiceItemKind.DELIVERABLE);
    }

    @Test
    void clauseWhoseTitleRunsIntoItsTextIsAnItemOfItsSection() {
        Sections clauses = new Sections(Map.of(SectionType.DELIVERABLES, List.of("Entregables")), List.of(), List.of(),
                List.of("Tercera", "Cuarta"));

        List<ServiceItem> items = TestTexts.detect(detector, clauses, """
                Tercera. Entregables. El Proveedor entregará el manual de operación del servicio.
                Cuarta. Precio. Cuota mensual de 4.960 €.""").ofType(ServiceItem.class);

        assertThat(items).extracting(ServiceItem::kind, ServiceItem::section, i -> i.evidence().text()).containsExactly(
                tuple(ServiceItemKind.DELIVERABLE, SectionType.DELIVERABLES,
                        "Tercera. Entregables. El Proveedor entregará el manual de operación del servicio."));
    }

    @Test
    void headingLineIsNotAnItem() {
        assertThat(items("Scope of Work\n- Deploy the landing zone in two regions")).singleElement()
                .extracting(i -> i.evidence().text()).isEqualTo("- Deploy the landing zone in two regions");
    }
}
