package io.poerules.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.Claim;
import io.poerules.api.DocumentReport;
import io.poerules.api.EngagementReport;
import io.poerules.api.Finding;
import io.poerules.api.Outcome;
import io.poerules.api.PoeValidator;
import io.poerules.api.Requirement;
import io.poerules.api.Verdict;
import io.poerules.check.Suite;
import io.poerules.junit.PoeSuite;
import io.poerules.fact.Evidence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every engagement bundle of {@code engagements/}, validated through the Java API against its
 * {@code claim.json}, gets the verdict and failed requirements its {@code expected.json} states, and
 * every evidence of its findings names one of its documents. No reference date is set: an engagement is
 * judged as of its claim date, so the bundles do not age.
 */
class EngagementRegressionTest {

    private static PoeValidator validator;

    @BeforeAll
    static void build() {
        validator = PoeValidator.builder().build();
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    static EngagementReport validate(Path bundle) throws IOException {
        return validator.validateEngagement(Claim.read(bundle.resolve("claim.json")), SamplePaths.bundleDocuments(bundle));
    }

    /** Through the same tools as {@code poe check}: the JUnit helper of poe-rules-junit over {@code engagements/}. */
    @TestFactory
    Stream<DynamicNode> everyBundleMatchesItsExpectation() throws IOException {
        Suite suite = Suite.read(SamplePaths.engagements());
        assertThat(suite.cases()).hasSize(SamplePaths.bundles().size()).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(c -> assertThat(c.kind()).isEqualTo(Suite.Kind.ENGAGEMENT))
                .allSatisfy(c -> assertThat(c.expected()).as(c.name()).isNotNull());
        return PoeSuite.dynamicTests(suite, validator);
    }

    @TestFactory
    Stream<DynamicTest> everyEvidenceOfABundleNamesOneOfItsDocuments() throws IOException {
        return SamplePaths.bundles().stream().map(bundle -> DynamicTest.dynamicTest(bundle.getFileName().toString(), () -> {
            EngagementReport report = validate(bundle);
            assertThat(report.errors()).isEmpty();
            List<String> documents = SamplePaths.bundleDocuments(bundle).stream().map(Path::toString).toList();
            assertThat(report.documents()).containsExactlyElementsOf(documents);
            assertThat(report.findings()).flatExtracting(Finding::evidence).extracting(Evidence::source)
                    .as("every evidence names a document of the bundle").allMatch(documents::contains);
        }));
    }

    @Test
    void aSowWithoutSignatureAndTheCustomersApprovalPassOnlyTogether() throws IOException {
        EngagementReport report = validate(SamplePaths.engagements().resolve("sow-unsigned-plus-approval-email"));

        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
        assertThat(report.documentReports()).extracting(DocumentReport::verdict).containsOnly(Verdict.FAIL);
        DocumentReport sow = entry(report, "sow-");
        DocumentReport email = entry(report, "email-");
        assertThat(sow.outcome(Requirement.CUSTOMER_ACKNOWLEDGEMENT)).isEqualTo(Outcome.FAIL);
        assertThat(email.outcome(Requirement.SERVICE_DETAIL)).isEqualTo(Outcome.FAIL);
        assertThat(report.findings(Requirement.CUSTOMER_ACKNOWLEDGEMENT)).singleElement().satisfies(f ->
                assertThat(f.evidence()).extracting(Evidence::source).containsOnly(email.source()));
        assertThat(report.findings(Requirement.SERVICE_DETAIL)).singleElement().satisfies(f ->
                assertThat(f.evidence()).extracting(Evidence::source).contains(sow.source()));
    }

    @Test
    void aPurchaseOrderAndTheQuotationWithThePlanPassOnlyTogether() throws IOException {
        EngagementReport report = validate(SamplePaths.engagements().resolve("po-plus-quote-with-plan"));

        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
        assertThat(report.documentReports()).extracting(DocumentReport::verdict).containsOnly(Verdict.FAIL);
        assertThat(report.outcome(Requirement.IMPLEMENTATION_PLAN)).isEqualTo(Outcome.PASS);
        assertThat(entry(report, "po-").outcome(Requirement.SERVICE_DETAIL)).isEqualTo(Outcome.FAIL);
        assertThat(entry(report, "quote-").outcome(Requirement.CUSTOMER_ACKNOWLEDGEMENT)).isEqualTo(Outcome.FAIL);
    }

    @Test
    void anMsaIsCompletedByTheStatementOfWorkItFramesButFailsAlone() throws IOException {
        EngagementReport alone = validate(SamplePaths.engagements().resolve("msa-without-amendment"));
        EngagementReport withSow = validate(SamplePaths.engagements().resolve("msa-plus-sow"));

        assertThat(alone.outcome(Requirement.AMENDMENT)).isEqualTo(Outcome.FAIL);
        assertThat(withSow.outcome(Requirement.AMENDMENT)).as("the SOW is the MSA's addendum (AMENDMENT-BY-DOCUMENT)")
                .isEqualTo(Outcome.PASS);
        assertThat(entry(withSow, "msa-").outcome(Requirement.AMENDMENT)).as("the MSA judged alone still needs it")
                .isEqualTo(Outcome.FAIL);
        assertThat(withSow.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aDocumentAboutAnotherCustomerIsAConflictThatNamesBoth() throws IOException {
        EngagementReport report = validate(SamplePaths.engagements().resolve("wrong-customer-document"));

        assertThat(report.findings(Outcome.FAIL)).singleElement().satisfies(f -> {
            assertThat(f.requirement()).isEqualTo(Requirement.CLAIM_MATCH);
            assertThat(f.reason()).contains("Woodgrove Bank", "Lucerne Publishing",
                    "change-request-2-lucerne-publishing.html");
        });
    }

    @Test
    void aStaleAcknowledgementSaysItsDateAndTheClaimDate() throws IOException {
        EngagementReport report = validate(SamplePaths.engagements().resolve("stale-acknowledgement"));

        assertThat(report.findings(Requirement.DATES)).singleElement().extracting(Finding::reason).asString()
                .contains("2025-10-30", "more than 12 months before the claim date 2026-11-30");
    }

    @Test
    void aMissingClaimedWorkloadIsNamed() throws IOException {
        EngagementReport report = validate(SamplePaths.engagements().resolve("missing-claimed-workload"));

        assertThat(report.findings(Outcome.FAIL)).singleElement().extracting(Finding::reason).asString()
                .startsWith("The claim names Intune, but no document names it");
    }

    private static DocumentReport entry(EngagementReport report, String fileNamePrefix) {
        return report.documentReports().stream()
                .filter(d -> Path.of(d.source()).getFileName().toString().startsWith(fileNamePrefix)).findFirst()
                .orElseThrow();
    }
}
