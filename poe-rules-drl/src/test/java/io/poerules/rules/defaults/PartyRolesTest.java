package io.poerules.rules.defaults;

import static io.poerules.rules.defaults.Derivations.derive;
import static io.poerules.rules.defaults.Derivations.judge;
import static io.poerules.rules.defaults.Derivations.kind;
import static io.poerules.rules.defaults.Derivations.mention;
import static io.poerules.rules.defaults.Derivations.organisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.api.Claim;
import io.poerules.api.DocumentType;
import io.poerules.api.Finding;
import io.poerules.api.Outcome;
import io.poerules.api.Program;
import io.poerules.api.Requirement;
import io.poerules.fact.Engagement;
import io.poerules.fact.MentionKind;
import io.poerules.fact.Organisation;
import io.poerules.fact.Party;
import io.poerules.fact.PartyMention;
import io.poerules.fact.PartyRole;
import io.poerules.fact.RoleClaim;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * party-roles.drl: the organisations a document names (with the mentions the mapper found) in, the parties the rules
 * decide out, each with its role and the reasons for it.
 */
class PartyRolesTest {

    private static final Organisation CONTOSO = organisation("sow.pdf#1", "Contoso Ltd");
    private static final Organisation FABRIKAM = organisation("sow.pdf#2", "Fabrikam Consulting Ltd");

    @BeforeAll
    static void compileOnce() {
        Derivations.engine();
    }

    /** The parties the rules decided: organisation id, name, role and reason. */
    private static ListAssert<Tuple> parties(Object... facts) {
        return assertThat(derive(facts).all(Party.class).stream()
                .map(p -> tuple(p.organisation(), p.name(), p.role(), p.reason())).toList());
    }

    @Test
    void aPartyLabelGivesItsRole() {
        PartyMention client = mention(CONTOSO, MentionKind.LABEL, PartyRole.CUSTOMER, "Client");

        Derivations.Result result = derive(CONTOSO, client);

        assertThat(result.all(RoleClaim.class)).containsExactly(
                new RoleClaim("sow.pdf#1", PartyRole.CUSTOMER, 10, "labelled 'Client'", client.evidence()));
        assertThat(result.all(Party.class)).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo(PartyRole.CUSTOMER);
            assertThat(p.name()).isEqualTo("Contoso Ltd");
            assertThat(p.organisation()).isEqualTo("sow.pdf#1");
            assertThat(p.evidence()).isEqualTo(CONTOSO.evidence());
            assertThat(p.reason()).isEqualTo("customer: labelled 'Client' (10)");
        });
    }

    @Test
    void aDefinedTermGivesItsRole() {
        parties(FABRIKAM, mention(FABRIKAM, MentionKind.DEFINED_TERM, PartyRole.PARTNER, "Supplier"))
                .containsExactly(tuple("sow.pdf#2", "Fabrikam Consulting Ltd", PartyRole.PARTNER,
                        "partner: defined as 'Supplier' (10)"));
    }

    @Test
    void aMentionWhoseWordsGiveNoRoleClaimsNone() {
        Derivations.Result result = derive(CONTOSO, mention(CONTOSO, MentionKind.LABEL, PartyRole.UNKNOWN, "Company"),
                mention(CONTOSO, MentionKind.PREAMBLE, PartyRole.UNKNOWN, "between"));

        assertThat(result.all(RoleClaim.class)).isEmpty();
        assertThat(result.all(Party.class)).isEmpty();
    }

    @Test
    void aSignatureBlocksLabelGivesTheRoleOfTheCompanyItIsSignedFor() {
        parties(CONTOSO, mention(CONTOSO, MentionKind.SIGNATURE, PartyRole.CUSTOMER, "For the Customer"))
                .containsExactly(tuple("sow.pdf#1", "Contoso Ltd", PartyRole.CUSTOMER,
                        "customer: signs as the customer (6)"));
    }

    @Test
    void theLetterheadOfAStatementOfWorkIsThePartners() {
        parties(FABRIKAM, mention(FABRIKAM, MentionKind.LETTERHEAD, PartyRole.UNKNOWN, "letterhead"),
                kind(DocumentType.STATEMENT_OF_WORK, "sow.pdf"))
                .containsExactly(tuple("sow.pdf#2", "Fabrikam Consulting Ltd", PartyRole.PARTNER,
                        "partner: on the letterhead of the statement of work (4)"));
    }

    @Test
    void theIssuerOfAPurchaseOrderIsTheCustomer() {
        Organisation issuer = organisation("po.pdf#1", "Contoso Ltd");

        parties(issuer, mention(issuer, MentionKind.LETTERHEAD, PartyRole.UNKNOWN, "letterhead"),
                kind(DocumentType.PURCHASE_ORDER, "po.pdf"))
                .containsExactly(tuple("po.pdf#1", "Contoso Ltd", PartyRole.CUSTOMER,
                        "customer: on the letterhead of the purchase order (4)"));
    }

    @Test
    void theLetterheadIsJudgedByTheKindOfItsOwnDocument() {
        Organisation issuer = organisation("po.pdf#1", "Contoso Ltd");

        Derivations.Result result = derive(issuer, mention(issuer, MentionKind.LETTERHEAD, PartyRole.UNKNOWN, "letterhead"),
                kind(DocumentType.STATEMENT_OF_WORK, "sow.pdf"), kind(DocumentType.PURCHASE_ORDER, "po.pdf"));

        assertThat(result.all(RoleClaim.class)).extracting(RoleClaim::role, RoleClaim::weight)
                .containsExactly(tuple(PartyRole.CUSTOMER, 4));
    }

    @Test
    void aLabelOutweighsTheLetterheadAndTheReasonSaysBoth() {
        parties(CONTOSO, mention(CONTOSO, MentionKind.LABEL, PartyRole.CUSTOMER, "Client"),
                mention(CONTOSO, MentionKind.LETTERHEAD, PartyRole.UNKNOWN, "letterhead"),
                kind(DocumentType.STATEMENT_OF_WORK, "sow.pdf"))
                .containsExactly(tuple("sow.pdf#1", "Contoso Ltd", PartyRole.CUSTOMER,
                        "customer: labelled 'Client' (10); against: on the letterhead of the statement of work (4)"));
    }

    @Test
    void evidenceThatWeighsTheSameForBothRolesDecidesNone() {
        parties(CONTOSO, mention(CONTOSO, MentionKind.LABEL, PartyRole.CUSTOMER, "Client"),
                mention(CONTOSO, MentionKind.LABEL, PartyRole.PARTNER, "Supplier")).isEmpty();
    }

    @Test
    void aLabelTheDocumentGivesTwoOrganisationsClaimsNoRoleForEither() {
        Derivations.Result result = derive(CONTOSO, FABRIKAM,
                mention(CONTOSO, MentionKind.LABEL, PartyRole.CUSTOMER, "Accepted for"),
                mention(FABRIKAM, MentionKind.LABEL, PartyRole.CUSTOMER, "Accepted for"));

        assertThat(result.all(RoleClaim.class)).isEmpty();
        assertThat(result.all(Party.class)).isEmpty();
    }

    @Test
    void aLabelTheDocumentGivesOneOrganisationClaimsItsRole() {
        PartyMention accepted = mention(CONTOSO, MentionKind.LABEL, PartyRole.CUSTOMER, "Accepted for");

        assertThat(derive(CONTOSO, FABRIKAM, accepted).all(RoleClaim.class)).containsExactly(
                new RoleClaim("sow.pdf#1", PartyRole.CUSTOMER, 10, "labelled 'Accepted for'", accepted.evidence()));
    }

    @Test
    void aDefinedTermTheDocumentGivesTwoOrganisationsClaimsNoRoleForEither() {
        Derivations.Result result = derive(CONTOSO, FABRIKAM,
                mention(CONTOSO, MentionKind.DEFINED_TERM, PartyRole.CUSTOMER, "Customer"),
                mention(FABRIKAM, MentionKind.DEFINED_TERM, PartyRole.CUSTOMER, "Customer"));

        assertThat(result.all(RoleClaim.class)).isEmpty();
    }

    @Test
    void theSameLabelInAnotherDocumentDoesNotCancelALabel() {
        Organisation elsewhere = organisation("other.pdf#1", "Northwind Traders");

        assertThat(derive(CONTOSO, elsewhere, mention(CONTOSO, MentionKind.LABEL, PartyRole.CUSTOMER, "Accepted for"),
                mention(elsewhere, MentionKind.LABEL, PartyRole.CUSTOMER, "Accepted for")).all(RoleClaim.class))
                .extracting(RoleClaim::organisation, RoleClaim::role, RoleClaim::weight)
                .containsExactlyInAnyOrder(tuple("sow.pdf#1", PartyRole.CUSTOMER, 10),
                        tuple("other.pdf#1", PartyRole.CUSTOMER, 10));
    }

    @Test
    void aSignatureLabelTheBlocksGiveTwoOrganisationsClaimsNoRoleForEither() {
        Derivations.Result result = derive(CONTOSO, FABRIKAM,
                mention(CONTOSO, MentionKind.SIGNATURE, PartyRole.CUSTOMER, "Accepted for"),
                mention(FABRIKAM, MentionKind.SIGNATURE, PartyRole.CUSTOMER, "Accepted for"));

        assertThat(result.all(RoleClaim.class)).isEmpty();
        assertThat(result.all(Party.class)).isEmpty();
    }

    @Test
    void aSignatureLabelTheBlocksGiveOneOrganisationClaimsItsRole() {
        PartyMention accepted = mention(CONTOSO, MentionKind.SIGNATURE, PartyRole.CUSTOMER, "Accepted for");

        assertThat(derive(CONTOSO, FABRIKAM, accepted).all(RoleClaim.class)).containsExactly(
                new RoleClaim("sow.pdf#1", PartyRole.CUSTOMER, 6, "signs as the customer", accepted.evidence()));
    }

    @Test
    void twoBlocksThatGiveTheSameRoleInOtherWordsEachClaimIt() {
        assertThat(derive(CONTOSO, FABRIKAM,
                mention(CONTOSO, MentionKind.SIGNATURE, PartyRole.CUSTOMER, "For the Customer"),
                mention(FABRIKAM, MentionKind.SIGNATURE, PartyRole.CUSTOMER, "Accepted for")).all(RoleClaim.class))
                .extracting(RoleClaim::organisation, RoleClaim::role, RoleClaim::weight)
                .containsExactlyInAnyOrder(tuple("sow.pdf#1", PartyRole.CUSTOMER, 6),
                        tuple("sow.pdf#2", PartyRole.CUSTOMER, 6));
    }

    @Test
    void theIssuerOfAStatementOfWorkIsThePartner() {
        PartyMention issuer = mention(FABRIKAM, MentionKind.ISSUER, PartyRole.UNKNOWN, "issued by");

        Derivations.Result result = derive(FABRIKAM, issuer, kind(DocumentType.STATEMENT_OF_WORK, "sow.pdf"));

        assertThat(result.all(RoleClaim.class)).containsExactly(new RoleClaim("sow.pdf#2", PartyRole.PARTNER, 4,
                "issues the statement of work", issuer.evidence()));
        assertThat(result.all(Party.class)).extracting(Party::organisation, Party::role, Party::reason)
                .containsExactly(tuple("sow.pdf#2", PartyRole.PARTNER, "partner: issues the statement of work (4)"));
    }

    @Test
    void theOrganisationAPurchaseOrderSaysIssuesItIsTheCustomer() {
        Organisation issuer = organisation("po.pdf#1", "Contoso Ltd");

        parties(issuer, mention(issuer, MentionKind.ISSUER, PartyRole.UNKNOWN, "issued by"),
                kind(DocumentType.PURCHASE_ORDER, "po.pdf"))
                .containsExactly(tuple("po.pdf#1", "Contoso Ltd", PartyRole.CUSTOMER,
                        "customer: issues the purchase order (4)"));
    }

    @Test
    void theOrganisationThatPerformsTheWorkIsThePartner() {
        PartyMention performs = mention(FABRIKAM, MentionKind.PERFORMER, PartyRole.PARTNER, "will deliver");

        Derivations.Result result = derive(FABRIKAM, performs);

        assertThat(result.all(RoleClaim.class)).containsExactly(new RoleClaim("sow.pdf#2", PartyRole.PARTNER, 5,
                "performs the work ('will deliver')", performs.evidence()));
        assertThat(result.all(Party.class)).extracting(Party::organisation, Party::role, Party::reason)
                .containsExactly(tuple("sow.pdf#2", PartyRole.PARTNER, "partner: performs the work ('will deliver') (5)"));
    }

    @Test
    void theOrganisationTheWorkIsForIsTheCustomer() {
        PartyMention servedBy = mention(CONTOSO, MentionKind.SERVED, PartyRole.CUSTOMER, "for");

        Derivations.Result result = derive(CONTOSO, servedBy);

        assertThat(result.all(RoleClaim.class)).containsExactly(new RoleClaim("sow.pdf#1", PartyRole.CUSTOMER, 5,
                "the work is for it ('for')", servedBy.evidence()));
        assertThat(result.all(Party.class)).extracting(Party::organisation, Party::role, Party::reason)
                .containsExactly(tuple("sow.pdf#1", PartyRole.CUSTOMER, "customer: the work is for it ('for') (5)"));
    }

    @Test
    void aPerformerPhraseTheDocumentSaysOfTwoOrganisationsClaimsNoRoleForEither() {
        Derivations.Result result = derive(CONTOSO, FABRIKAM,
                mention(CONTOSO, MentionKind.PERFORMER, PartyRole.PARTNER, "will deliver"),
                mention(FABRIKAM, MentionKind.PERFORMER, PartyRole.PARTNER, "will deliver"));

        assertThat(result.all(RoleClaim.class)).isEmpty();
        assertThat(result.all(Party.class)).isEmpty();
    }

    @Test
    void twoOrganisationsTheDocumentSaysPerformTheWorkInOtherWordsClaimNoRoleEither() {
        // ROLE-PERFORMS compares the kind of mention, not its phrase: two performers in one document tell nothing.
        assertThat(derive(CONTOSO, FABRIKAM,
                mention(CONTOSO, MentionKind.PERFORMER, PartyRole.PARTNER, "will deliver"),
                mention(FABRIKAM, MentionKind.PERFORMER, PartyRole.PARTNER, "will carry out the following"))
                .all(RoleClaim.class)).isEmpty();
    }

    @Test
    void theWorkSaidToBeForTwoOrganisationsClaimsNoRoleForEither() {
        assertThat(derive(CONTOSO, FABRIKAM, mention(CONTOSO, MentionKind.SERVED, PartyRole.CUSTOMER, "for"),
                mention(FABRIKAM, MentionKind.SERVED, PartyRole.CUSTOMER, "for")).all(RoleClaim.class)).isEmpty();
    }

    @Test
    void thePerformerAndTheOrganisationTheWorkIsForEachClaimTheirRole() {
        parties(CONTOSO, FABRIKAM, mention(FABRIKAM, MentionKind.PERFORMER, PartyRole.PARTNER, "will deliver"),
                mention(CONTOSO, MentionKind.SERVED, PartyRole.CUSTOMER, "for"))
                .containsExactlyInAnyOrder(
                        tuple("sow.pdf#1", "Contoso Ltd", PartyRole.CUSTOMER, "customer: the work is for it ('for') (5)"),
                        tuple("sow.pdf#2", "Fabrikam Consulting Ltd", PartyRole.PARTNER,
                                "partner: performs the work ('will deliver') (5)"));
    }

    @Test
    void aPerformerInAnotherDocumentDoesNotCancelOne() {
        Organisation elsewhere = organisation("other.pdf#1", "Northwind Traders");

        assertThat(derive(FABRIKAM, elsewhere,
                mention(FABRIKAM, MentionKind.PERFORMER, PartyRole.PARTNER, "will deliver"),
                mention(elsewhere, MentionKind.PERFORMER, PartyRole.PARTNER, "will deliver")).all(RoleClaim.class))
                .extracting(RoleClaim::organisation, RoleClaim::role, RoleClaim::weight)
                .containsExactlyInAnyOrder(tuple("sow.pdf#2", PartyRole.PARTNER, 5),
                        tuple("other.pdf#1", PartyRole.PARTNER, 5));
    }

    @Test
    void aLabelOutweighsThePerformerPhraseAndTheReasonSaysBoth() {
        parties(CONTOSO, mention(CONTOSO, MentionKind.LABEL, PartyRole.CUSTOMER, "Client"),
                mention(CONTOSO, MentionKind.PERFORMER, PartyRole.PARTNER, "will deliver"))
                .containsExactly(tuple("sow.pdf#1", "Contoso Ltd", PartyRole.CUSTOMER,
                        "customer: labelled 'Client' (10); against: performs the work ('will deliver') (5)"));
    }

    @Test
    void theSenderOfAReplyIsTheCustomerAndWhomItAnswersThePartner() {
        Organisation contoso = organisation("mail.eml#1", "Contoso", List.of("contoso.com"));
        Organisation fabrikam = organisation("mail.eml#2", "Fabrikam", List.of("fabrikam.com"));

        parties(contoso, fabrikam, mention(contoso, MentionKind.EMAIL_SENDER, PartyRole.UNKNOWN, "reply"),
                mention(fabrikam, MentionKind.EMAIL_COUNTERPART, PartyRole.UNKNOWN, "reply"))
                .containsExactlyInAnyOrder(
                        tuple("mail.eml#1", "Contoso", PartyRole.CUSTOMER, "customer: sends the reply (3)"),
                        tuple("mail.eml#2", "Fabrikam", PartyRole.PARTNER, "partner: receives the reply (3)"));
    }

    @Test
    void theSenderOfAFirstMessageIsThePartnerAndItsRecipientTheCustomer() {
        Organisation fabrikam = organisation("mail.eml#1", "Fabrikam", List.of("fabrikam.com"));
        Organisation contoso = organisation("mail.eml#2", "Contoso", List.of("contoso.com"));

        parties(fabrikam, contoso, mention(fabrikam, MentionKind.EMAIL_SENDER, PartyRole.UNKNOWN, "first message"),
                mention(contoso, MentionKind.EMAIL_COUNTERPART, PartyRole.UNKNOWN, "first message"))
                .containsExactlyInAnyOrder(
                        tuple("mail.eml#1", "Fabrikam", PartyRole.PARTNER, "partner: sends the first message (3)"),
                        tuple("mail.eml#2", "Contoso", PartyRole.CUSTOMER, "customer: receives the first message (3)"));
    }

    @Test
    void theClaimsCustomerAndPartnerOutweighWhatTheDocumentSays() {
        Claim claim = Claim.builder().partner("Fabrikam Consulting", "fabrikam.com").customer("Contoso Ltd", "contoso.com")
                .program(Program.AZURE).claimDate(LocalDate.of(2026, 11, 30)).build();
        Organisation byDomain = organisation("sow.pdf#2", "Service Desk", List.of("fabrikam.com"));

        parties(claim, CONTOSO, byDomain, mention(CONTOSO, MentionKind.LABEL, PartyRole.PARTNER, "Supplier"))
                .containsExactlyInAnyOrder(
                        tuple("sow.pdf#1", "Contoso Ltd", PartyRole.CUSTOMER,
                                "customer: the claim's customer (20); against: labelled 'Supplier' (10)"),
                        tuple("sow.pdf#2", "Service Desk", PartyRole.PARTNER, "partner: the claim's partner (20)"));
    }

    @Test
    void theOtherOfTwoOrganisationsHasTheOtherRole() {
        parties(CONTOSO, FABRIKAM, mention(CONTOSO, MentionKind.LABEL, PartyRole.CUSTOMER, "Client"),
                mention(FABRIKAM, MentionKind.PREAMBLE, PartyRole.UNKNOWN, "between"))
                .containsExactlyInAnyOrder(
                        tuple("sow.pdf#1", "Contoso Ltd", PartyRole.CUSTOMER, "customer: labelled 'Client' (10)"),
                        tuple("sow.pdf#2", "Fabrikam Consulting Ltd", PartyRole.PARTNER,
                                "partner: the other party of the document, beside the customer Contoso Ltd"));
    }

    @Test
    void theOtherOfThreeOrganisationsHasNoRole() {
        parties(CONTOSO, FABRIKAM, organisation("sow.pdf#3", "Northwind Traders"),
                mention(CONTOSO, MentionKind.LABEL, PartyRole.CUSTOMER, "Client"))
                .containsExactly(tuple("sow.pdf#1", "Contoso Ltd", PartyRole.CUSTOMER, "customer: labelled 'Client' (10)"));
    }

    @Test
    void twoOrganisationsOfTheSameRoleLeaveNoOtherParty() {
        parties(CONTOSO, FABRIKAM, mention(CONTOSO, MentionKind.LABEL, PartyRole.CUSTOMER, "Client"),
                mention(FABRIKAM, MentionKind.LABEL, PartyRole.CUSTOMER, "Bill To"))
                .extracting(t -> t.toList().get(2)).containsOnly(PartyRole.CUSTOMER).hasSize(2);
    }

    @Test
    void anOrganisationTakesTheRoleAnotherDocumentOfTheEngagementGivesIt() {
        Organisation sender = organisation("approval.eml#1", "Contoso", List.of("contoso.com"));

        parties(new Engagement(List.of("sow.pdf", "approval.eml")), CONTOSO, sender,
                mention(CONTOSO, MentionKind.LABEL, PartyRole.CUSTOMER, "Client"))
                .containsExactlyInAnyOrder(
                        tuple("sow.pdf#1", "Contoso Ltd", PartyRole.CUSTOMER, "customer: labelled 'Client' (10)"),
                        tuple("approval.eml#1", "Contoso", PartyRole.CUSTOMER, "customer: the customer of sow.pdf"));
    }

    @Test
    void outsideAnEngagementAnotherDocumentGivesNoRole() {
        Organisation sender = organisation("approval.eml#1", "Contoso", List.of("contoso.com"));

        parties(CONTOSO, sender, mention(CONTOSO, MentionKind.LABEL, PartyRole.CUSTOMER, "Client"))
                .extracting(t -> t.toList().get(0)).containsExactly("sow.pdf#1");
    }

    @Test
    void theDecidedPartiesMeetThePartiesRequirement() {
        List<Finding> parties = judge(CONTOSO, FABRIKAM, mention(CONTOSO, MentionKind.LABEL, PartyRole.CUSTOMER, "Client"),
                mention(FABRIKAM, MentionKind.LETTERHEAD, PartyRole.UNKNOWN, "letterhead"),
                kind(DocumentType.STATEMENT_OF_WORK, "sow.pdf")).findings(Requirement.PARTIES);

        assertThat(parties).extracting(Finding::ruleId, Finding::outcome, Finding::reason).containsExactly(tuple(
                "PARTIES-NAMED", Outcome.PASS, "Partner Fabrikam Consulting Ltd and customer Contoso Ltd are named"));
    }

    @Test
    void anOrganisationWithoutARoleIsNoParty() {
        List<Finding> parties = judge(CONTOSO, mention(CONTOSO, MentionKind.PREAMBLE, PartyRole.UNKNOWN, "between"))
                .findings(Requirement.PARTIES);

        assertThat(parties).extracting(Finding::ruleId, Finding::outcome)
                .containsExactly(tuple("PARTIES-NO-CUSTOMER", Outcome.FAIL));
    }
}
