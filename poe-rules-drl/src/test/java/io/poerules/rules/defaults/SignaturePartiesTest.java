package io.poerules.rules.defaults;

import static io.poerules.rules.defaults.Derivations.derive;
import static io.poerules.rules.defaults.Derivations.evidence;
import static io.poerules.rules.defaults.Derivations.judge;
import static io.poerules.rules.defaults.Derivations.kind;
import static io.poerules.rules.defaults.Derivations.mention;
import static io.poerules.rules.defaults.Derivations.organisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.api.DocumentType;
import io.poerules.api.Finding;
import io.poerules.api.Outcome;
import io.poerules.api.Requirement;
import io.poerules.fact.Contact;
import io.poerules.fact.ESignature;
import io.poerules.fact.MentionKind;
import io.poerules.fact.Organisation;
import io.poerules.fact.PartyMention;
import io.poerules.fact.PartyRole;
import io.poerules.fact.SignatureBlock;
import io.poerules.fact.SignatureParty;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * signature-parties.drl: signature blocks and what ties them to a party in (their label, the company they are signed
 * for, an e-signature certificate, a contact), whose each block is out, and the acknowledgement findings that follow.
 */
class SignaturePartiesTest {

    private static final LocalDate SIGNED_ON = LocalDate.of(2026, 5, 2);
    private static final Organisation CONTOSO = organisation("sow.pdf#1", "Contoso Ltd", List.of("contoso.com"));
    private static final Organisation FABRIKAM = organisation("sow.pdf#2", "Fabrikam Consulting Ltd");
    private static final PartyMention CONTOSO_IS_CLIENT = mention(CONTOSO, MentionKind.LABEL, PartyRole.CUSTOMER, "Client");
    private static final PartyMention FABRIKAM_IS_SUPPLIER =
            mention(FABRIKAM, MentionKind.LABEL, PartyRole.PARTNER, "Supplier");

    @BeforeAll
    static void compileOnce() {
        Derivations.engine();
    }

    /** A signed block that its own words tie to no party. */
    private static SignatureBlock signedBy(String signer) {
        return new SignatureBlock(PartyRole.UNKNOWN, true, signer, SIGNED_ON, evidence("Signature: /s/ " + signer));
    }

    /** A block signed for an organisation: the company name above it or after "for and on behalf of". */
    private static SignatureBlock signedFor(Organisation organisation, String signer) {
        return new SignatureBlock(PartyRole.UNKNOWN, true, signer, SIGNED_ON, organisation.name(), organisation.id(),
                evidence("For and on behalf of " + organisation.name() + " /s/ " + signer));
    }

    /** Whose each block is: the block's signer, the role and the reason. */
    private static ListAssert<Tuple> signatureParties(Object... facts) {
        return assertThat(derive(facts).all(SignatureParty.class).stream()
                .map(s -> tuple(s.block().signer(), s.role(), s.reason())).toList());
    }

    @Test
    void aBlockLabelledForAPartyIsThatPartys() {
        SignatureBlock customer = new SignatureBlock(PartyRole.CUSTOMER, true, "Jane Doe", SIGNED_ON,
                evidence("Customer Signature: /s/ Jane Doe"));

        assertThat(derive(customer).all(SignatureParty.class))
                .containsExactly(new SignatureParty(customer, PartyRole.CUSTOMER, "labelled as the customer's"));
    }

    @Test
    void aBlocksOwnLabelDecidesBeforeTheCompanyItIsSignedFor() {
        SignatureBlock labelled = new SignatureBlock(PartyRole.CUSTOMER, true, "Jane Doe", SIGNED_ON, FABRIKAM.name(),
                FABRIKAM.id(), evidence("Customer Signature, Fabrikam Consulting Ltd: /s/ Jane Doe"));

        signatureParties(FABRIKAM, FABRIKAM_IS_SUPPLIER, labelled)
                .containsExactly(tuple("Jane Doe", PartyRole.CUSTOMER, "labelled as the customer's"));
    }

    @Test
    void aBlockSignedForAPartysCompanyIsThatPartys() {
        signatureParties(CONTOSO, FABRIKAM, CONTOSO_IS_CLIENT, FABRIKAM_IS_SUPPLIER, signedFor(CONTOSO, "Jane Doe"),
                signedFor(FABRIKAM, "Sam Lee")).containsExactlyInAnyOrder(
                tuple("Jane Doe", PartyRole.CUSTOMER, "signed for the customer Contoso Ltd"),
                tuple("Sam Lee", PartyRole.PARTNER, "signed for the partner Fabrikam Consulting Ltd"));
    }

    @Test
    void aBlockSignedForTheOtherPartyOfTheDocumentIsThatPartys() {
        signatureParties(CONTOSO, FABRIKAM, CONTOSO_IS_CLIENT, signedFor(FABRIKAM, "Sam Lee"))
                .containsExactly(tuple("Sam Lee", PartyRole.PARTNER, "signed for the partner Fabrikam Consulting Ltd"));
    }

    @Test
    void aBlockSignedForACompanyWithoutARoleIsUnattributed() {
        Organisation northwind = organisation("sow.pdf#3", "Northwind Traders");

        signatureParties(CONTOSO, FABRIKAM, northwind, CONTOSO_IS_CLIENT, FABRIKAM_IS_SUPPLIER,
                signedFor(northwind, "Ann Lee"))
                .containsExactly(tuple("Ann Lee", PartyRole.UNKNOWN, "no party is named for it"));
    }

    @Test
    void aBlockWhoseSignerTheCertificateRecordsSigningFromAPartysDomainIsThatPartys() {
        ESignature signed = new ESignature("Jane Doe", "jane.doe@contoso.com", "contoso.com", null, true, SIGNED_ON,
                evidence("Jane Doe jane.doe@contoso.com Signed: 5/2/2026"));

        signatureParties(CONTOSO, CONTOSO_IS_CLIENT, signed, signedBy("Jane T. Doe")).containsExactly(tuple(
                "Jane T. Doe", PartyRole.CUSTOMER, "signed by Jane Doe <jane.doe@contoso.com>, of the customer Contoso Ltd"));
    }

    @Test
    void aCertificateThatRecordsNoSignatureTiesNoBlock() {
        ESignature viewed = new ESignature("Jane Doe", "jane.doe@contoso.com", "contoso.com", null, false, null,
                evidence("Jane Doe jane.doe@contoso.com Viewed: 5/2/2026"));

        signatureParties(CONTOSO, CONTOSO_IS_CLIENT, viewed, signedBy("Jane Doe"))
                .containsExactly(tuple("Jane Doe", PartyRole.UNKNOWN, "no party is named for it"));
    }

    @Test
    void aCertificateOfAnotherDocumentTiesNoBlock() {
        ESignature elsewhere = new ESignature("Jane Doe", "jane.doe@contoso.com", "contoso.com", null, true, SIGNED_ON,
                evidence("Jane Doe jane.doe@contoso.com Signed: 5/2/2026", "other.pdf"));

        signatureParties(CONTOSO, CONTOSO_IS_CLIENT, elsewhere, signedBy("Jane Doe"))
                .containsExactly(tuple("Jane Doe", PartyRole.UNKNOWN, "no party is named for it"));
    }

    @Test
    void aBlockSignedByAPartysContactIsThatPartys() {
        Contact sponsor = new Contact("Marcus O'Loughlin", PartyRole.CUSTOMER, "Client sponsor",
                evidence("Client sponsor: Marcus O'Loughlin"));

        signatureParties(sponsor, signedBy("MARCUS O'LOUGHLIN")).containsExactly(tuple("MARCUS O'LOUGHLIN",
                PartyRole.CUSTOMER, "signed by Marcus O'Loughlin, named as the customer's client sponsor"));
    }

    @Test
    void aContactOfAnotherDocumentTiesNoBlock() {
        Contact sponsor = new Contact("Marcus O'Loughlin", PartyRole.CUSTOMER, "Client sponsor",
                evidence("Client sponsor: Marcus O'Loughlin", "other.pdf"));

        signatureParties(sponsor, signedBy("Marcus O'Loughlin"))
                .containsExactly(tuple("Marcus O'Loughlin", PartyRole.UNKNOWN, "no party is named for it"));
    }

    @Test
    void aSignedBlockInAPurchaseOrderTheCustomerIssuedIsTheCustomers() {
        Organisation issuer = organisation("po.pdf#1", "Contoso Ltd");
        SignatureBlock approved = new SignatureBlock(PartyRole.UNKNOWN, true, "Jane Doe", SIGNED_ON,
                evidence("Approved by: Jane Doe", "po.pdf"));
        SignatureBlock blank = new SignatureBlock(PartyRole.UNKNOWN, false, null, null,
                evidence("Signature: ________", "po.pdf"));

        assertThat(derive(issuer, mention(issuer, MentionKind.LETTERHEAD, PartyRole.UNKNOWN, "letterhead"),
                kind(DocumentType.PURCHASE_ORDER, "po.pdf"), approved, blank).all(SignatureParty.class))
                .containsExactlyInAnyOrder(
                        new SignatureParty(approved, PartyRole.CUSTOMER,
                                "approved in the document the customer Contoso Ltd issued"),
                        new SignatureParty(blank, PartyRole.UNKNOWN, "no party is named for it"));
    }

    @Test
    void aSignedBlockInAPurchaseOrderThatSaysTheCustomerIssuesItIsTheCustomers() {
        Organisation issuer = organisation("po.pdf#1", "Contoso Ltd");
        SignatureBlock approved = new SignatureBlock(PartyRole.UNKNOWN, true, "Jane Doe", SIGNED_ON,
                evidence("Approved by: Jane Doe", "po.pdf"));

        assertThat(derive(issuer, mention(issuer, MentionKind.ISSUER, PartyRole.UNKNOWN, "issued by"),
                kind(DocumentType.PURCHASE_ORDER, "po.pdf"), approved).all(SignatureParty.class))
                .containsExactly(new SignatureParty(approved, PartyRole.CUSTOMER,
                        "approved in the document the customer Contoso Ltd issued"));
    }

    @Test
    void aSignedBlockInADocumentOnThePartnersLetterheadIsUnattributed() {
        signatureParties(FABRIKAM, mention(FABRIKAM, MentionKind.LETTERHEAD, PartyRole.UNKNOWN, "letterhead"),
                kind(DocumentType.STATEMENT_OF_WORK, "sow.pdf"), signedBy("Jane Doe"))
                .containsExactly(tuple("Jane Doe", PartyRole.UNKNOWN, "no party is named for it"));
    }

    @Test
    void aSignedBlockInAStatementOfWorkOnTheCustomersLetterheadIsTheCustomers() {
        signatureParties(CONTOSO, CONTOSO_IS_CLIENT,
                mention(CONTOSO, MentionKind.LETTERHEAD, PartyRole.UNKNOWN, "letterhead"),
                kind(DocumentType.STATEMENT_OF_WORK, "sow.pdf"), signedBy("Jane Doe"))
                .containsExactly(tuple("Jane Doe", PartyRole.CUSTOMER,
                        "approved in the document the customer Contoso Ltd issued"));
    }

    @Test
    void aCertificateTiesTheBlockBeforeTheIssuer() {
        Organisation issuer = organisation("po.pdf#1", "Contoso Ltd");
        Organisation supplier = organisation("po.pdf#2", "Fabrikam Consulting Ltd", List.of("fabrikam.com"));
        ESignature signed = new ESignature("Sam Lee", "sam.lee@fabrikam.com", "fabrikam.com", null, true, SIGNED_ON,
                evidence("Sam Lee sam.lee@fabrikam.com Signed: 5/2/2026", "po.pdf"));
        SignatureBlock block = new SignatureBlock(PartyRole.UNKNOWN, true, "Sam Lee", SIGNED_ON,
                evidence("Signature: /s/ Sam Lee", "po.pdf"));

        assertThat(derive(issuer, supplier, mention(issuer, MentionKind.LETTERHEAD, PartyRole.UNKNOWN, "letterhead"),
                kind(DocumentType.PURCHASE_ORDER, "po.pdf"), signed, block).all(SignatureParty.class))
                .extracting(SignatureParty::role, SignatureParty::reason)
                .containsExactly(tuple(PartyRole.PARTNER,
                        "signed by Sam Lee <sam.lee@fabrikam.com>, of the partner Fabrikam Consulting Ltd"));
    }

    @Test
    void aBlockNothingTiesToAPartyIsUnattributedAndOnlyAWarning() {
        Derivations.Result result = judge(signedBy("Jane Doe"));

        assertThat(result.all(SignatureParty.class)).extracting(SignatureParty::role, SignatureParty::reason)
                .containsExactly(tuple(PartyRole.UNKNOWN, "no party is named for it"));
        assertThat(result.findings(Requirement.CUSTOMER_ACKNOWLEDGEMENT)).extracting(Finding::ruleId, Finding::outcome)
                .containsExactly(tuple("ACK-SIGNER-UNKNOWN", Outcome.WARN));
    }

    @Test
    void aSignedCustomerBlockIsTheDatedAcknowledgement() {
        Derivations.Result result = judge(CONTOSO, CONTOSO_IS_CLIENT, signedFor(CONTOSO, "Jane Doe"));

        assertThat(result.findings(Requirement.CUSTOMER_ACKNOWLEDGEMENT)).extracting(Finding::ruleId, Finding::outcome,
                Finding::reason).containsExactly(tuple("ACK-PRESENT", Outcome.PASS,
                "Acknowledged by the customer: signature by Jane Doe"));
        assertThat(result.findings(Requirement.DATES)).extracting(Finding::ruleId, Finding::outcome)
                .containsExactly(tuple("DATES-ACK-RECENT", Outcome.PASS));
    }

    @Test
    void theCustomersBlankBlockBesideThePartnersSignatureIsBlankAndUndated() {
        Derivations.Result result = judge(CONTOSO, FABRIKAM, CONTOSO_IS_CLIENT, FABRIKAM_IS_SUPPLIER,
                signedFor(FABRIKAM, "Sam Lee"), new SignatureBlock(PartyRole.UNKNOWN, false, null, null, CONTOSO.name(),
                        CONTOSO.id(), evidence("For and on behalf of Contoso Ltd ________")));

        assertThat(result.findings(Requirement.CUSTOMER_ACKNOWLEDGEMENT)).extracting(Finding::ruleId, Finding::outcome)
                .containsExactly(tuple("ACK-BLANK", Outcome.FAIL));
        assertThat(result.findings(Requirement.DATES)).extracting(Finding::ruleId, Finding::outcome)
                .containsExactly(tuple("DATES-NO-ACK", Outcome.FAIL));
    }
}
