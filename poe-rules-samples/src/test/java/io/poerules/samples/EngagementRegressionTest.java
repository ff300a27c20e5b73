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
import io.poerules.fact.Evidence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

    @TestFactory
    Stream<DynamicTest> everyBundleMatchesItsExpectation() throws IOException {
        List<Path> bundles = SamplePaths.bundles();
        assertThat(bundles).hasSizeGreaterThanOrEqualTo(8);
        return bundles.stream().map(bundle -> DynamicTest.dynamicTest(bundle.getFileName().toString(), () -> {
            Expectation expected = Expectation.readOne(bundle.resolve("expected.json"));
            EngagementReport report = validate(bundle);

            List<String> differences = expected.differences(report.verdict(), null, null, outcomes(report));
            assertThat(differences).as(explain(report)).isEmpty();
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
    void anMsaNeedsNoAmendmentBesideTheStatementOfWorkItFramesButFailsAlone() throws IOException {
        EngagementReport alone = validate(SamplePaths.engagements().resolve("msa-without-amendment"));
        EngagementReport withSow = validate(SamplePaths.engagements().resolve("msa-plus-sow"));

        assertThat(alone.outcome(Requirement.AMENDMENT)).isEqualTo(Outcome.FAIL);
        assertThat(withSow.outcome(Requirement.AMENDMENT)).isEqualTo(Outcome.NOT_APPLICABLE);
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

    static Map<Requirement, Outcome> outcomes(EngagementReport report) {
        Map<Requirement, Outcome> outcomes = new EnumMap<>(Requirement.class);
        for (Requirement r : Requirement.values()) {
            Outcome o = report.outcome(r);
            if (o != null) {
                outcomes.put(r, o);
            }
        }
        return outcomes;
    }

    static String explain(EngagementReport report) {
        StringBuilder out = new StringBuilder("engagement of " + report.documents() + " -> " + report.verdict() + "\n");
        report.findings().forEach(f -> out.append("  ").append(f.requirement()).append(' ').append(f.outcome())
                .append(" [").append(f.ruleId()).append("] ").append(f.reason()).append('\n'));
        report.errors().forEach(e -> out.append("  error ").append(e.code()).append(": ").append(e.message()).append('\n'));
        return out.toString();
    }
}
