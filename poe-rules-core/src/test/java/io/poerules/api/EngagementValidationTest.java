package io.poerules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.fact.Evidence;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engagement path with a small inline rule set: the documents are judged alone with the claim as
 * context and together in one session, evidence names its document, and a document that could not be
 * read keeps the engagement from passing.
 */
class EngagementValidationTest {

    private static final String RULES = """
            package test.rules;

            import io.poerules.api.*;
            import io.poerules.fact.*;
            import java.util.List;

            global io.poerules.rules.Findings findings;

            rule "Claim's customer named"
                @id("T-CUSTOMER") @requirement("CLAIM_MATCH")
            when
                $c : Claim()
                $named : List(size > 0) from collect(Party(role == PartyRole.CUSTOMER, name == $c.customerName()))
            then
                findings.met(kcontext, "Customer " + $c.customerName(), $named);
            end

            rule "Claim's customer not named"
                @id("T-NO-CUSTOMER") @requirement("CLAIM_MATCH")
            when
                $c : Claim()
                not Party(role == PartyRole.CUSTOMER, name == $c.customerName())
            then
                findings.notMet(kcontext, "No " + $c.customerName());
            end

            rule "Partner named"
                @id("T-PARTNER") @requirement("PARTIES")
            when
                $named : List(size > 0) from collect(Party(role == PartyRole.PARTNER))
            then
                findings.met(kcontext, "Partner named", $named);
            end

            rule "Partner not named"
                @id("T-NO-PARTNER") @requirement("PARTIES")
            when
                not Party(role == PartyRole.PARTNER)
            then
                findings.notMet(kcontext, "No partner");
            end

            rule "Reference date"
                @id("T-DATE") @requirement("DATES")
            when
                ValidationContext($ref : referenceDate)
                $e : List() from collect(Engagement())
            then
                findings.met(kcontext, ($e.isEmpty() ? "document" : "engagement") + " as of " + $ref);
            end
            """;

    private static final Claim CLAIM = Claim.builder().partner("Fabrikam Consulting").customer("Contoso Ltd")
            .program(Program.AZURE).claimDate(LocalDate.of(2026, 6, 30)).build();

    private static PoeValidator validator;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() {
        validator = InlineRules.validator("engagement.drl", RULES);
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    private static Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void eachRequirementCanBeMetByAnyDocument() throws IOException {
        Path sow = file("sow.txt", "Customer: Contoso Ltd\n");
        Path email = file("email.txt", "Partner: Fabrikam Consulting\n");

        EngagementReport report = validator.validateEngagement(CLAIM, List.of(sow, email));

        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
        assertThat(report.claim()).isEqualTo(CLAIM);
        assertThat(report.documents()).containsExactly(sow.toString(), email.toString());
        assertThat(report.findings()).extracting(Finding::requirement, Finding::ruleId, Finding::outcome).containsExactly(
                tuple(Requirement.PARTIES, "T-PARTNER", Outcome.PASS),
                tuple(Requirement.DATES, "T-DATE", Outcome.PASS),
                tuple(Requirement.CLAIM_MATCH, "T-CUSTOMER", Outcome.PASS));
        assertThat(report.documentReports()).extracting(DocumentReport::source, DocumentReport::verdict)
                .containsExactly(tuple(sow.toString(), Verdict.FAIL), tuple(email.toString(), Verdict.FAIL));
    }

    @Test
    void evidenceNamesTheDocumentItComesFrom() throws IOException {
        Path sow = file("sow-evidence.txt", "Customer: Contoso Ltd\n");
        Path email = file("email-evidence.txt", "Partner: Fabrikam Consulting\n");

        EngagementReport report = validator.validateEngagement(CLAIM, List.of(sow, email));

        assertThat(report.findings(Requirement.CLAIM_MATCH)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).extracting(Evidence::source).containsExactly(sow.toString()));
        assertThat(report.findings(Requirement.PARTIES)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).extracting(Evidence::source).containsExactly(email.toString()));
        assertThat(report.documentReports().get(0).facts().get("partyMention")).singleElement()
                .satisfies(m -> assertThat(((io.poerules.fact.PartyMention) m).evidence().source())
                        .isEqualTo(sow.toString()));
    }

    @Test
    void theClaimDateIsTheReferenceDateAloneAndTogether() throws IOException {
        Path sow = file("sow-dated.txt", "Customer: Contoso Ltd\nPartner: Fabrikam Consulting\n");

        EngagementReport report = validator.validateEngagement(CLAIM, List.of(sow));

        assertThat(report.findings(Requirement.DATES)).extracting(Finding::reason)
                .containsExactly("engagement as of 2026-06-30");
        assertThat(report.documentReports().get(0).findings(Requirement.DATES)).extracting(Finding::reason)
                .containsExactly("document as of 2026-06-30");
        assertThat(report.documentReports().get(0).outcome(Requirement.CLAIM_MATCH)).isEqualTo(Outcome.PASS);
        assertThat(validator.validate(sow).findings(Requirement.DATES)).extracting(Finding::reason)
                .containsExactly("document as of 2026-11-30");
    }

    @Test
    void anUnreadableDocumentMakesTheEngagementReviewAtBest() throws IOException {
        Path sow = file("sow-complete.txt", "Customer: Contoso Ltd\nPartner: Fabrikam Consulting\n");
        Path empty = Files.createFile(dir.resolve("empty.pdf"));

        EngagementReport report = validator.validateEngagement(CLAIM, List.of(sow, empty));

        assertThat(report.findings(Outcome.FAIL)).isEmpty();
        assertThat(report.errors()).extracting(ReportError::code, ReportError::source)
                .containsExactly(tuple(ErrorCode.EMPTY, empty.toString()));
        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.documentReports()).extracting(DocumentReport::verdict)
                .containsExactly(Verdict.PASS, Verdict.ERROR);
    }

    @Test
    void anEngagementOfUnreadableDocumentsIsAnError() throws IOException {
        Path empty = Files.createFile(dir.resolve("nothing.pdf"));
        Path missing = dir.resolve("missing.pdf");

        EngagementReport report = validator.validateEngagement(CLAIM, List.of(empty, missing));

        assertThat(report.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(report.errors()).extracting(ReportError::source).containsExactly(empty.toString(), missing.toString());
    }

    @Test
    void streamsAreReadInTheOrderGivenAndLeftOpen() {
        Map<String, InputStream> streams = new LinkedHashMap<>();
        TrackingStream email = new TrackingStream("Partner: Fabrikam Consulting\n");
        streams.put("sow.txt", new ByteArrayInputStream("Customer: Contoso Ltd\n".getBytes(StandardCharsets.UTF_8)));
        streams.put("email.txt", email);

        EngagementReport report = validator.validateEngagement(CLAIM, streams);

        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
        assertThat(report.documents()).containsExactly("sow.txt", "email.txt");
        assertThat(email.closed).isFalse();
    }

    @Test
    void theReportRootListsEngagementsBesideDocuments() throws IOException {
        Path sow = file("sow-root.txt", "Customer: Contoso Ltd\nPartner: Fabrikam Consulting\n");
        EngagementReport engagement = validator.validateEngagement(CLAIM, List.of(sow));

        ValidationReport report = validator.report(List.of(engagement), engagement.documentReports());

        assertThat(report.schemaVersion()).isEqualTo("1.1");
        assertThat(report.engagements()).containsExactly(engagement);
        assertThat(report.documents()).extracting(DocumentReport::source).containsExactly(sow.toString());
    }

    private static final class TrackingStream extends ByteArrayInputStream {
        private boolean closed;

        TrackingStream(String text) {
            super(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
