package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.api.Program;
import io.poerules.fact.Evidence;
import io.poerules.fact.MentionKind;
import io.poerules.fact.PartyMention;
import io.poerules.fact.PartyRole;
import io.poerules.fact.Product;
import io.poerules.map.lexicon.LexiconFile.ProductTerm;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductDetectorTest {

    private static final OrganisationShape SHAPE = new OrganisationShape(List.of("Ltd", "Inc."), List.of(), List.of());

    private final ProductDetector detector = new ProductDetector(List.of(
            new ProductTerm("Microsoft Azure", Program.AZURE, "Azure", List.of("Azure"), true),
            new ProductTerm("Azure AD Premium", Program.ONLINE_SERVICES, "Identity", List.of("AADP", "Entra ID P1"), false),
            new ProductTerm("Azure Virtual Machines", Program.AZURE, "Compute", List.of("Azure VMs"), false)), SHAPE);

    private List<Product> products(String text) {
        return TestTexts.detect(detector, new Sections(Map.of()), text).ofType(Product.class);
    }

    @Test
    void longestNameWinsOverTheFamilyName() {
        assertThat(products("Rolled out Azure AD Premium to 400 users.")).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Azure AD Premium");
            assertThat(p.program()).isEqualTo(Program.ONLINE_SERVICES);
            assertThat(p.generic()).isFalse();
        });
    }

    @Test
    void aliasGivesTheCanonicalProduct() {
        assertThat(products("AADP and Entra ID P1 licences; Azure VMs resized"))
                .extracting(Product::name, Product::workload)
                .containsExactly(tuple("Azure AD Premium", "Identity"), tuple("Azure AD Premium", "Identity"),
                        tuple("Azure Virtual Machines", "Compute"));
    }

    @Test
    void productNameInLowerCaseIsAnOrdinaryWord() {
        assertThat(products("New page templates in the azure and sand colour palette.")).isEmpty();
    }

    @Test
    void productNameInsideAPartyNameIsPartOfTheName() {
        MappedFacts facts = new MappedFacts();
        facts.add(new PartyMention("Azure Bay Resorts Ltd", MentionKind.LABEL, PartyRole.CUSTOMER, "Client", 0,
                new Evidence("Client: Azure Bay Resorts Ltd", 0, 29, null, null)));

        assertThat(TestTexts.detect(detector, new Sections(Map.of()),
                "Azure Bay Resorts operates four hotels; the site moves to Azure VMs.", facts).ofType(Product.class))
                .extracting(Product::name).containsExactly("Azure Virtual Machines");
    }

    @Test
    void familyNameAloneIsGeneric() {
        assertThat(products("Hosted on Azure.")).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Microsoft Azure");
            assertThat(p.generic()).isTrue();
            assertThat(p.program()).isEqualTo(Program.AZURE);
        });
    }

    @Test
    void capitalAbbreviationDoesNotMatchLowerCase() {
        assertThat(products("the aadp team")).isEmpty();
    }

    @Test
    void evidenceIsTheLineNamingTheProduct() {
        assertThat(products("Scope\nMigrate 12 servers to Azure VMs\nDone")).singleElement()
                .satisfies(p -> assertThat(p.evidence().text()).isEqualTo("Migrate 12 servers to Azure VMs"));
    }

    private final ProductDetector withOtherVendors = new ProductDetector(List.of(
            new ProductTerm("Microsoft Azure", Program.AZURE, "Azure", List.of("Azure"), true),
            new ProductTerm("Azure Monitor", Program.AZURE, "Management", List.of("Application Insights"), false),
            new ProductTerm("Microsoft Intune", Program.ONLINE_SERVICES, "Endpoint Management", List.of("Autopilot"),
                    false)),
            List.of("AWS", "Google", "GCP", "CloudWatch"), List.of("or", "oder"), SHAPE);

    private List<String> namedWithOtherVendors(String text) {
        return TestTexts.detect(withOtherVendors, new Sections(Map.of()), text).ofType(Product.class).stream()
                .map(Product::name).toList();
    }

    @Test
    void productNameQualifiedByAnotherVendorIsTheirs() {
        assertThat(namedWithOtherVendors("Configure CloudWatch Application Insights for the WMS stack.")).isEmpty();
        assertThat(namedWithOtherVendors("Deploy it to Google Kubernetes Engine (Autopilot).")).isEmpty();
        assertThat(namedWithOtherVendors("Enrol the laptops with Autopilot and add Application Insights to the app."))
                .containsExactly("Microsoft Intune", "Azure Monitor");
    }

    @Test
    void productOfferedAsTheAlternativeToAnotherVendorsIsNoProductDelivered() {
        assertThat(namedWithOtherVendors("moving to a public cloud platform (e.g. Azure or AWS) rather than")).isEmpty();
        assertThat(namedWithOtherVendors("any of AWS, Azure or GCP")).isEmpty();
        assertThat(namedWithOtherVendors("auf AWS oder Azure")).isEmpty();
        assertThat(namedWithOtherVendors("workloads run on Azure and AWS")).containsExactly("Microsoft Azure");
        assertThat(namedWithOtherVendors("Azure or Application Insights dashboards"))
                .containsExactly("Microsoft Azure", "Azure Monitor");
        assertThat(namedWithOtherVendors("They left AWS. Azure hosts the site.")).containsExactly("Microsoft Azure");
    }
}
