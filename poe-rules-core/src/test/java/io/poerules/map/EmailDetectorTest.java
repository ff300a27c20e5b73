package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.fact.AcknowledgementKind;
import io.poerules.fact.DateMention;
import io.poerules.fact.DateRole;
import io.poerules.fact.EmailAcknowledgement;
import io.poerules.fact.EmailMessage;
import io.poerules.fact.Evidence;
import io.poerules.fact.Party;
import io.poerules.fact.PartyRole;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailDetectorTest {

    private static final String CUSTOMER = "Jane Doe <jane.doe@contoso.com>";
    private static final String PARTNER = "Sam Lee <sam.lee@fabrikam.com>";
    private static final String SENT = "2026-03-04T09:30:00Z";

    private final EmailDetector detector = new EmailDetector(
            List.of("we approve", "approve", "approved", "sign off", "looks good to us"),
            List.of("thanks for sending", "we will review", "received"),
            List.of("not", "cannot", "not yet", "yet to"),
            List.of("-----Original Message-----", "From:", "On Tue", "wrote:"));

    private static MappedFacts withParties(Party... parties) {
        MappedFacts facts = new MappedFacts();
        for (Party p : parties) {
            facts.add(p);
        }
        return facts;
    }

    private static Party party(PartyRole role, String name) {
        return new Party(role, name, null, new Evidence(name, 0, name.length(), null, null));
    }

    private MappedFacts detect(String from, String body, MappedFacts facts) {
        detector.detect(new PartText(TestTexts.email(from, SENT, "RE: Sign-off: file server migration", body)), facts);
        return facts;
    }

    private static final String QUOTED_REQUEST = """

            -----Original Message-----
            From: Sam Lee <sam.lee@fabrikam.com>
            Sent: Monday, March 2, 2026 4:12 PM
            Subject: Sign-off: file server migration

            Hi Jane, the migration is complete. Please approve the work so we can close the project.
            """;

    @Test
    void approvalInTheNewestMessageFromTheNamedCustomerIsACustomerApproval() {
        MappedFacts facts = detect(CUSTOMER, "Hi Sam,\n\nWe approve the completed migration work.\n\nJane" + QUOTED_REQUEST,
                withParties(party(PartyRole.CUSTOMER, "Contoso Ltd"), party(PartyRole.PARTNER, "Fabrikam Consulting")));

        assertThat(facts.ofType(EmailAcknowledgement.class)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AcknowledgementKind.APPROVAL);
            assertThat(a.fromCustomer()).isTrue();
            assertThat(a.from()).isEqualTo(CUSTOMER);
            assertThat(a.date()).isEqualTo(LocalDate.of(2026, 3, 4));
            assertThat(a.evidence().text()).isEqualTo("We approve the completed migration work.");
        });
    }

    @Test
    void headersBecomeAnEmailMessageAndASentDate() {
        MappedFacts facts = detect(CUSTOMER, "Noted, thanks.", new MappedFacts());

        assertThat(facts.ofType(EmailMessage.class)).singleElement().satisfies(m -> {
            assertThat(m.fromDomain()).isEqualTo("contoso.com");
            assertThat(m.to()).containsExactly("sam.lee@fabrikam.com");
            assertThat(m.subject()).isEqualTo("RE: Sign-off: file server migration");
            assertThat(m.date()).isEqualTo(LocalDate.of(2026, 3, 4));
        });
        assertThat(facts.ofType(DateMention.class)).extracting(DateMention::date, DateMention::role)
                .containsExactly(tuple(LocalDate.of(2026, 3, 4), DateRole.EMAIL_SENT));
        assertThat(facts.ofType(EmailAcknowledgement.class)).isEmpty();
    }

    @Test
    void approvalOnlyInTheQuotedHistoryIsNoAcknowledgement() {
        MappedFacts facts = detect(CUSTOMER, "Hi Sam, adding our finance team." + """

                -----Original Message-----
                From: Jane Doe <jane.doe@contoso.com>
                We approve the completed migration work.
                """, withParties(party(PartyRole.CUSTOMER, "Contoso Ltd")));

        assertThat(facts.ofType(EmailAcknowledgement.class)).isEmpty();
    }

    @Test
    void approvalAfterAngleBracketQuotingIsIgnored() {
        MappedFacts facts = detect(CUSTOMER, "Adding Priya.\n> We approve the completed migration work.",
                withParties(party(PartyRole.CUSTOMER, "Contoso Ltd")));

        assertThat(facts.ofType(EmailAcknowledgement.class)).isEmpty();
    }

    @Test
    void negatedApprovalIsNotAnApproval() {
        MappedFacts facts = detect(CUSTOMER, "Hi Sam,\n\nWe cannot approve yet: two servers still fail over.\n"
                + QUOTED_REQUEST, withParties(party(PartyRole.CUSTOMER, "Contoso Ltd")));

        assertThat(facts.ofType(EmailAcknowledgement.class)).isEmpty();
    }

    @Test
    void approvalAfterANegatedSentenceOnTheSameLineCounts() {
        MappedFacts facts = detect(CUSTOMER, "The report was not late. We approve the completed work." + QUOTED_REQUEST,
                withParties(party(PartyRole.CUSTOMER, "Contoso Ltd")));

        assertThat(facts.ofType(EmailAcknowledgement.class)).extracting(EmailAcknowledgement::kind)
                .containsExactly(AcknowledgementKind.APPROVAL);
    }

    @Test
    void replyThatOnlyConfirmsReceiptIsReceiptOnly() {
        MappedFacts facts = detect(CUSTOMER, "Hi Sam,\n\nThanks for sending the completion report, we will review it "
                + "next week.\n" + QUOTED_REQUEST, withParties(party(PartyRole.CUSTOMER, "Contoso Ltd")));

        assertThat(facts.ofType(EmailAcknowledgement.class)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AcknowledgementKind.RECEIPT_ONLY);
            assertThat(a.fromCustomer()).isTrue();
        });
    }

    @Test
    void approvalFromThePartnersDomainIsNotFromTheCustomer() {
        MappedFacts facts = detect(PARTNER, "Jane, we approve the change request on our side." + """

                -----Original Message-----
                From: Jane Doe <jane.doe@contoso.com>
                Please confirm the change request.
                """, withParties(party(PartyRole.CUSTOMER, "Contoso Ltd"), party(PartyRole.PARTNER, "Fabrikam Consulting")));

        assertThat(facts.ofType(EmailAcknowledgement.class)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AcknowledgementKind.APPROVAL);
            assertThat(a.fromCustomer()).isFalse();
        });
    }

    @Test
    void withNoNamedPartiesTheDomainsNameThem() {
        MappedFacts facts = detect(CUSTOMER, """
                Hi Sam,

                We approve the completed migration work.

                Jane Doe
                IT Director, Contoso Ltd
                """ + QUOTED_REQUEST, new MappedFacts());

        assertThat(facts.ofType(EmailAcknowledgement.class)).singleElement()
                .satisfies(a -> assertThat(a.fromCustomer()).isTrue());
        assertThat(facts.ofType(Party.class)).extracting(Party::role, Party::name, Party::domain).containsExactly(
                tuple(PartyRole.CUSTOMER, "Contoso Ltd", "contoso.com"),
                tuple(PartyRole.PARTNER, "Fabrikam", "fabrikam.com"));
    }

    @Test
    void aReceiptOnlyReplyAlsoNamesThePartiesFromTheDomains() {
        MappedFacts facts = detect(CUSTOMER, "Thanks for sending the report, we will review it.\n" + QUOTED_REQUEST,
                new MappedFacts());

        assertThat(facts.ofType(EmailAcknowledgement.class)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AcknowledgementKind.RECEIPT_ONLY);
            assertThat(a.fromCustomer()).isTrue();
        });
        assertThat(facts.ofType(Party.class)).extracting(Party::role, Party::domain).containsExactly(
                tuple(PartyRole.CUSTOMER, "contoso.com"), tuple(PartyRole.PARTNER, "fabrikam.com"));
    }

    @Test
    void derivedPartyNameTakesOnlyTheCapitalisedWordsAfterTheDomainName() {
        MappedFacts facts = detect(CUSTOMER, "We approve the work. Contoso is happy with the result.\n" + QUOTED_REQUEST,
                new MappedFacts());

        assertThat(facts.ofType(Party.class)).extracting(Party::role, Party::name).containsExactly(
                tuple(PartyRole.CUSTOMER, "Contoso"), tuple(PartyRole.PARTNER, "Fabrikam"));
    }

    @Test
    void replyQuotedAsOnDateSomeoneWroteNamesTheQuotedSender() {
        MappedFacts facts = new MappedFacts();
        detector.detect(new PartText(TestTexts.email(CUSTOMER, List.of(), SENT, "RE: Migration", """
                Hi Sam,

                We approve the completed migration work.

                On Tue, 3 Mar 2026 at 16:12, Sam Lee <sam.lee@fabrikam.com> wrote:
                > Hi Jane, the migration is complete. Please approve the work.
                """)), facts);

        assertThat(facts.ofType(EmailAcknowledgement.class)).singleElement()
                .satisfies(a -> assertThat(a.fromCustomer()).isTrue());
        assertThat(facts.ofType(Party.class)).extracting(Party::role, Party::domain).containsExactly(
                tuple(PartyRole.CUSTOMER, "contoso.com"), tuple(PartyRole.PARTNER, "fabrikam.com"));
    }

    @Test
    void approvalWrittenToAnotherOrganisationIsTheCustomers() {
        MappedFacts facts = detect(CUSTOMER, "We approve the completed migration work.", new MappedFacts());

        assertThat(facts.ofType(EmailAcknowledgement.class)).singleElement()
                .satisfies(a -> assertThat(a.fromCustomer()).isTrue());
        assertThat(facts.ofType(Party.class)).extracting(Party::role, Party::domain).containsExactly(
                tuple(PartyRole.CUSTOMER, "contoso.com"), tuple(PartyRole.PARTNER, "fabrikam.com"));
    }

    @Test
    void firstMessageToAnotherOrganisationIsThePartnersNotAnAcknowledgement() {
        MappedFacts facts = new MappedFacts();
        detector.detect(new PartText(TestTexts.email(PARTNER, List.of(CUSTOMER), SENT, "Migration completed",
                "Hi Jane, the migration is complete: we approved the final test run with your team.")), facts);

        assertThat(facts.ofType(EmailAcknowledgement.class)).singleElement()
                .satisfies(a -> assertThat(a.fromCustomer()).isFalse());
        assertThat(facts.ofType(Party.class)).extracting(Party::role, Party::domain).containsExactly(
                tuple(PartyRole.PARTNER, "fabrikam.com"), tuple(PartyRole.CUSTOMER, "contoso.com"));
    }

    @Test
    void replyThatNeitherApprovesNorConfirmsReceiptStillNamesTheParties() {
        MappedFacts facts = detect(CUSTOMER, "Hi Sam, we are still testing the file shares.\n" + QUOTED_REQUEST,
                new MappedFacts());

        assertThat(facts.ofType(EmailAcknowledgement.class)).isEmpty();
        assertThat(facts.ofType(Party.class)).extracting(Party::role, Party::domain).containsExactly(
                tuple(PartyRole.CUSTOMER, "contoso.com"), tuple(PartyRole.PARTNER, "fabrikam.com"));
    }

    @Test
    void approvalWithinOneOrganisationIsNotKnownToBeTheCustomers() {
        MappedFacts facts = new MappedFacts();
        detector.detect(new PartText(TestTexts.email(CUSTOMER, List.of("Priya Patel <priya.patel@contoso.com>"), SENT,
                "Migration", "We approve the completed migration work.")), facts);

        assertThat(facts.ofType(EmailAcknowledgement.class)).singleElement()
                .satisfies(a -> assertThat(a.fromCustomer()).isFalse());
        assertThat(facts.ofType(Party.class)).isEmpty();
    }

    @Test
    void domainOfReadsTheAddressInAnyForm() {
        assertThat(EmailDetector.domainOf("Jane Doe <Jane.Doe@Contoso.CO.UK>")).isEqualTo("contoso.co.uk");
        assertThat(EmailDetector.domainOf("jane@contoso.com")).isEqualTo("contoso.com");
        assertThat(EmailDetector.domainOf("Jane Doe")).isNull();
        assertThat(EmailDetector.domainOf(null)).isNull();
    }
}
