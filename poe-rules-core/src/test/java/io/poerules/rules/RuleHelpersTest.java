package io.poerules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.Claim;
import io.poerules.api.DocumentType;
import io.poerules.api.Program;
import io.poerules.fact.ClaimedWorkload;
import io.poerules.fact.DocumentKind;
import io.poerules.fact.Evidence;
import io.poerules.fact.Organisation;
import io.poerules.fact.Party;
import io.poerules.fact.PartyRole;
import io.poerules.fact.Product;
import io.poerules.fact.RoleClaim;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleHelpersTest {

    private static final Claim CLAIM = Claim.builder().partner("Fabrikam Consulting Ltd", "fabrikamconsulting.com")
            .customer("Margie's Travel Limited", "margiestravel.com").customerAliases("MT Holidays")
            .program(Program.AZURE).claimDate(LocalDate.of(2026, 11, 30)).build();

    private static Party customer(String name, String domain, String source) {
        return new Party(PartyRole.CUSTOMER, name, domain, new Evidence(String.valueOf(name), 0, 1, null, null, source));
    }

    @Test
    void namesOfOneOrganisationMatchWithoutCaseLegalFormsOrPunctuation() {
        assertThat(RuleHelpers.sameOrganisation("Contoso Pharmaceuticals Ltd", "CONTOSO PHARMACEUTICALS LIMITED")).isTrue();
        assertThat(RuleHelpers.sameOrganisation("Contoso", "Contoso Pharmaceuticals Ltd")).isTrue();
        assertThat(RuleHelpers.sameOrganisation("Wingtip Toys Inc., Accounts Payable, 400 Lake Street", "Wingtip Toys"))
                .isTrue();
        assertThat(RuleHelpers.sameOrganisation("Margiestravel", "Margie's Travel Limited")).isTrue();
        assertThat(RuleHelpers.sameOrganisation("Woodgrove Bank, N.A", "Woodgrove Bank")).isTrue();
    }

    @Test
    void namesThatOnlyShareAWordAreOtherOrganisations() {
        assertThat(RuleHelpers.sameOrganisation("Contoso Bank", "Contoso Pharmaceuticals")).isFalse();
        assertThat(RuleHelpers.sameOrganisation("Fabrikam Data Partners", "Fabrikam Consulting Ltd")).isFalse();
        assertThat(RuleHelpers.sameOrganisation("Ltd", "Ltd")).isFalse();
        assertThat(RuleHelpers.sameOrganisation("A", "A. Datum Corporation")).isFalse();
    }

    @Test
    void theClaimsCustomerIsKnownByNameAliasOrDomain() {
        assertThat(RuleHelpers.isClaimCustomer(customer("Margie's Travel", null, null), CLAIM)).isTrue();
        assertThat(RuleHelpers.isClaimCustomer(customer("MT Holidays plc", null, null), CLAIM)).isTrue();
        assertThat(RuleHelpers.isClaimCustomer(customer(null, "mail.margiestravel.com", null), CLAIM)).isTrue();
        assertThat(RuleHelpers.isClaimCustomer(customer("Lucerne Publishing", null, null), CLAIM)).isFalse();
        assertThat(RuleHelpers.isOtherCustomer(customer("Lucerne Publishing", null, null), CLAIM)).isTrue();
        assertThat(RuleHelpers.isOtherCustomer(customer("Fabrikam Consulting", null, null), CLAIM))
                .as("the partner named in the customer's place is no other customer").isFalse();
    }

    @Test
    void aPartyNamedOnlyAfterItsDomainIsJudgedOnlyWhenTheClaimListsDomains() {
        Claim withoutDomains = new Claim("Fabrikam", null, List.of(), "Contoso Ltd", List.of(), List.of(), null,
                List.of(), Program.AZURE, List.of(), LocalDate.of(2026, 11, 30));
        Party byDomain = customer("Gmail", "gmail.com", null);

        assertThat(RuleHelpers.isOtherCustomer(byDomain, withoutDomains)).isFalse();
        assertThat(RuleHelpers.isOtherCustomer(byDomain, CLAIM)).isTrue();
    }

    @Test
    void reasonsNameTheDocumentsByFileName() {
        List<Party> parties = List.of(customer("Lucerne Publishing", null, "bundle/cr-2.html"),
                customer("Lucerne Publishing", null, "bundle/notes.txt"), customer("Northwind", null, "bundle/cr-2.html"));

        assertThat(RuleHelpers.namesWithDocuments(parties))
                .isEqualTo("Lucerne Publishing (cr-2.html, notes.txt), Northwind (cr-2.html)");
        assertThat(RuleHelpers.documents(parties)).isEqualTo("cr-2.html, notes.txt");
    }

    private static final Evidence EVIDENCE = new Evidence("Client: Contoso", 0, 15, null, null, "sow.pdf");

    private static Organisation organisation(String name, List<String> aliases, List<String> domains) {
        return new Organisation("sow.pdf#1", name, aliases, domains, EVIDENCE);
    }

    private static Party party(String name, List<String> aliases, List<String> domains) {
        return Party.of(new Organisation("po.pdf#1", name, aliases, domains,
                new Evidence(String.valueOf(name), 0, 1, null, null, "po.pdf")), PartyRole.CUSTOMER, "");
    }

    private static RoleClaim claim(PartyRole role, int weight, String reason) {
        return new RoleClaim("sow.pdf#1", role, weight, reason, EVIDENCE);
    }

    @Test
    void anOrganisationIsTheClaimsCustomerByNameAliasOrDomain() {
        assertThat(RuleHelpers.isClaimCustomer(organisation("MARGIE'S TRAVEL LTD", List.of(), List.of()), CLAIM)).isTrue();
        assertThat(RuleHelpers.isClaimCustomer(organisation("Margie's Travel Group", List.of("MT Holidays"), List.of()),
                CLAIM)).as("by an alias the claim gives").isTrue();
        assertThat(RuleHelpers.isClaimCustomer(organisation("Travel Desk", List.of(), List.of("margiestravel.com")),
                CLAIM)).as("by the customer's domain").isTrue();
        assertThat(RuleHelpers.isClaimCustomer(organisation("Lucerne Publishing", List.of(), List.of("lucerne.com")),
                CLAIM)).isFalse();
        assertThat(RuleHelpers.isClaimCustomer(organisation("Fabrikam Consulting", List.of(), List.of()), CLAIM)).isFalse();
    }

    @Test
    void anOrganisationIsTheClaimsPartnerByNameOrDomain() {
        assertThat(RuleHelpers.isClaimPartner(organisation("Fabrikam Consulting", List.of(), List.of()), CLAIM)).isTrue();
        assertThat(RuleHelpers.isClaimPartner(organisation("FC Cloud Team", List.of(), List.of("fabrikamconsulting.com")),
                CLAIM)).isTrue();
        assertThat(RuleHelpers.isClaimPartner(organisation("Margie's Travel", List.of(), List.of()), CLAIM)).isFalse();
        assertThat(RuleHelpers.isClaimPartner(organisation("Fabrikam Data Partners", List.of(), List.of()), CLAIM))
                .isFalse();
    }

    @Test
    void anOrganisationIsThePartyOfAnotherDocumentByANameOrAliasOfEither() {
        assertThat(RuleHelpers.sameOrganisation(organisation("Contoso Pharmaceuticals Ltd", List.of(), List.of()),
                party("CONTOSO PHARMACEUTICALS LIMITED", List.of(), List.of()))).isTrue();
        assertThat(RuleHelpers.sameOrganisation(organisation("Woodgrove Financial Services", List.of("Woodgrove"),
                List.of()), party("Woodgrove Bank", List.of(), List.of()))).as("the organisation's alias").isTrue();
        assertThat(RuleHelpers.sameOrganisation(organisation("the Authority", List.of(), List.of()),
                party("Calderbrook Housing Association", List.of("the Authority"), List.of())))
                .as("the party's alias").isTrue();
        assertThat(RuleHelpers.sameOrganisation(organisation("Northwind Traders", List.of(), List.of()),
                party("Contoso Ltd", List.of("Contoso"), List.of("contoso.com")))).isFalse();
    }

    @Test
    void anOrganisationIsThePartyOfAnotherDocumentByAnEmailDomain() {
        assertThat(RuleHelpers.sameOrganisation(organisation("Sales Team", List.of(), List.of("contoso.com")),
                party("Contoso Ltd", List.of(), List.of("contoso.com")))).as("a domain both have").isTrue();
        assertThat(RuleHelpers.sameOrganisation(organisation("Coho Winery", List.of(), List.of()),
                party(null, List.of(), List.of("cohowinery.com")))).as("the party's domain spells the name").isTrue();
        assertThat(RuleHelpers.sameOrganisation(organisation("Accounts", List.of(), List.of("cohowinery.com")),
                party("Coho Winery", List.of(), List.of()))).as("the organisation's domain spells the party's name")
                .isTrue();
        assertThat(RuleHelpers.sameOrganisation(organisation("Coho Winery", List.of(), List.of("cohowinery.com")),
                party("Contoso Ltd", List.of(), List.of("contoso.com")))).isFalse();
    }

    @Test
    void theOppositeOfARoleIsTheOtherSide() {
        assertThat(RuleHelpers.opposite(PartyRole.CUSTOMER)).isEqualTo(PartyRole.PARTNER);
        assertThat(RuleHelpers.opposite(PartyRole.PARTNER)).isEqualTo(PartyRole.CUSTOMER);
        assertThat(RuleHelpers.opposite(PartyRole.UNKNOWN)).isEqualTo(PartyRole.UNKNOWN);
    }

    @Test
    void aRoleInWords() {
        assertThat(RuleHelpers.role(PartyRole.CUSTOMER)).isEqualTo("customer");
        assertThat(RuleHelpers.role(PartyRole.PARTNER)).isEqualTo("partner");
        assertThat(RuleHelpers.role(PartyRole.UNKNOWN)).isEqualTo("unknown party");
    }

    @Test
    void theWeightiestRoleIsTheOneWhoseClaimsWeighMostTogether() {
        assertThat(RuleHelpers.weightiest(List.of(claim(PartyRole.CUSTOMER, 10, "labelled 'Client'"),
                claim(PartyRole.PARTNER, 4, "on the letterhead"), claim(PartyRole.PARTNER, 3, "sends the first message"))))
                .isEqualTo(PartyRole.CUSTOMER);
        assertThat(RuleHelpers.weightiest(List.of(claim(PartyRole.CUSTOMER, 6, "signs as the customer"),
                claim(PartyRole.PARTNER, 4, "on the letterhead"), claim(PartyRole.PARTNER, 3, "sends the first message"))))
                .as("two light claims outweigh one heavier").isEqualTo(PartyRole.PARTNER);
    }

    @Test
    void equalWeightsOrNoClaimsDecideNoRole() {
        assertThat(RuleHelpers.weightiest(List.of(claim(PartyRole.CUSTOMER, 10, "labelled 'Client'"),
                claim(PartyRole.PARTNER, 10, "labelled 'Partner'")))).isEqualTo(PartyRole.UNKNOWN);
        assertThat(RuleHelpers.weightiest(List.of())).isEqualTo(PartyRole.UNKNOWN);
        assertThat(RuleHelpers.weightiest(List.of(claim(PartyRole.UNKNOWN, 50, "named"), "not a claim",
                claim(PartyRole.PARTNER, 3, "sends the first message")))).isEqualTo(PartyRole.PARTNER);
    }

    @Test
    void reasonsListTheClaimsForTheRoleHeaviestFirstThenThoseAgainstOnceEach() {
        List<RoleClaim> claims = List.of(claim(PartyRole.CUSTOMER, 3, "sends the reply"),
                claim(PartyRole.PARTNER, 4, "on the letterhead of the statement of work"),
                claim(PartyRole.CUSTOMER, 10, "labelled 'Client'"), claim(PartyRole.CUSTOMER, 10, "labelled 'Client'"));

        assertThat(RuleHelpers.reasons(claims, PartyRole.CUSTOMER)).isEqualTo("customer: labelled 'Client' (10), "
                + "sends the reply (3); against: on the letterhead of the statement of work (4)");
        assertThat(RuleHelpers.reasons(List.of(claim(PartyRole.PARTNER, 20, "the claim's partner")), PartyRole.PARTNER))
                .isEqualTo("partner: the claim's partner (20)");
    }

    @Test
    void onePersonsNameWithoutCasePunctuationOrMiddleInitial() {
        assertThat(RuleHelpers.samePerson("Marcus T. Oyelaran", "MARCUS T OYELARAN")).isTrue();
        assertThat(RuleHelpers.samePerson("Marcus T. Oyelaran", "Marcus Oyelaran")).isTrue();
        assertThat(RuleHelpers.samePerson("Deirdre Fennelly", "Deirdre Fennelly, Chief Risk Officer"))
                .as("a name with the title after it").isTrue();
    }

    @Test
    void otherPeopleOrNoNameAreNotOnePerson() {
        assertThat(RuleHelpers.samePerson("Jane Doe", "John Doe")).isFalse();
        assertThat(RuleHelpers.samePerson("Jane Doe", "Jane Doel")).isFalse();
        assertThat(RuleHelpers.samePerson("Jane Doe", null)).isFalse();
        assertThat(RuleHelpers.samePerson(null, null)).isFalse();
        assertThat(RuleHelpers.samePerson("/s/", "--")).isFalse();
    }

    @Test
    void namesWithOtherFirstInitialsAreOtherPeople() {
        assertThat(RuleHelpers.samePerson("J. Smith", "K. Smith")).isFalse();
    }

    @Test
    void aPartyIsKnownByItsNamesAndItsDomains() {
        Party contoso = party("Contoso Pharmaceuticals Ltd", List.of("Contoso"), List.of("contoso.com"));

        assertThat(RuleHelpers.isParty(contoso, "CONTOSO PHARMACEUTICALS LIMITED")).isTrue();
        assertThat(RuleHelpers.isParty(contoso, "Contoso")).isTrue();
        assertThat(RuleHelpers.isParty(contoso, "contoso.com")).isTrue();
        assertThat(RuleHelpers.isParty(contoso, "mail.contoso.com")).as("a subdomain").isTrue();
        assertThat(RuleHelpers.isParty(contoso, "contosopharmaceuticals.com")).as("a domain that spells its name")
                .isTrue();
        assertThat(RuleHelpers.isParty(contoso, "fabrikam.com")).isFalse();
        assertThat(RuleHelpers.isParty(contoso, "Northwind Traders")).isFalse();
        assertThat(RuleHelpers.isParty(contoso, null)).isFalse();
    }

    @Test
    void aPartyKnownOnlyByItsDomainIsNoName() {
        Party byDomain = new Party(PartyRole.CUSTOMER, null, "contoso.com", EVIDENCE);

        assertThat(RuleHelpers.isParty(byDomain, "contoso.com")).isTrue();
        assertThat(RuleHelpers.isParty(byDomain, "Contoso")).isFalse();
    }

    @Test
    void aClaimedWorkloadIsProvidedByItsProductOrItsWorkloadGroup() {
        Product intune = new Product("Microsoft Intune", Program.ONLINE_SERVICES, "Security", false,
                new Evidence("Intune", 0, 6, null, null));

        assertThat(RuleHelpers.provides(intune, new ClaimedWorkload("Intune", "Microsoft Intune"))).isTrue();
        assertThat(RuleHelpers.provides(intune, new ClaimedWorkload("security", null))).isTrue();
        assertThat(RuleHelpers.provides(intune, new ClaimedWorkload("Exchange Online", "Exchange Online"))).isFalse();
    }

    @Test
    void aKindInWordsIsItsTypesOrTheNameOfAKindThatIsNoAcceptedType() {
        Evidence where = new Evidence("Facture / Invoice", 0, 17, 1, null, "inv.pdf", false);

        assertThat(RuleHelpers.kind(new DocumentKind(DocumentType.PURCHASE_ORDER, 9, where))).isEqualTo("purchase order");
        assertThat(RuleHelpers.kind(new DocumentKind(DocumentType.UNKNOWN, 6, where, "invoice"))).isEqualTo("invoice");
        assertThat(RuleHelpers.kind(new DocumentKind(DocumentType.UNKNOWN, 0, where))).isEqualTo("document");
    }
}
