package io.poerules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.Claim;
import io.poerules.api.Program;
import io.poerules.fact.ClaimedWorkload;
import io.poerules.fact.Evidence;
import io.poerules.fact.Party;
import io.poerules.fact.PartyRole;
import io.poerules.fact.Product;
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

    @Test
    void aClaimedWorkloadIsProvidedByItsProductOrItsWorkloadGroup() {
        Product intune = new Product("Microsoft Intune", Program.ONLINE_SERVICES, "Security", false,
                new Evidence("Intune", 0, 6, null, null));

        assertThat(RuleHelpers.provides(intune, new ClaimedWorkload("Intune", "Microsoft Intune"))).isTrue();
        assertThat(RuleHelpers.provides(intune, new ClaimedWorkload("security", null))).isTrue();
        assertThat(RuleHelpers.provides(intune, new ClaimedWorkload("Exchange Online", "Exchange Online"))).isFalse();
    }
}
