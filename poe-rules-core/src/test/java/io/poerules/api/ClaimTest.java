package io.poerules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poerules.report.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimTest {

    private static final String COMPLETE = """
            {
              "partnerName": "Fabrikam Consulting Ltd",
              "partnerId": "4812345",
              "partnerDomains": ["@Fabrikam.com"],
              "customerName": " Contoso Pharmaceuticals Ltd ",
              "customerAliases": ["Contoso Pharma"],
              "customerDomains": "contosopharma.com",
              "customerTenantId": "6c1f3a9e-2b47-4d8a-9f0e-5a7b3c2d1e40",
              "azureSubscriptionIds": ["0b9d4e12-73a5-4c6f-8e21-d4f5a6b7c8d9"],
              "program": "AZURE",
              "workloads": ["Azure Virtual Machines", ""],
              "claimDate": "2026-11-30"
            }""";

    @TempDir
    Path dir;

    @Test
    void readsEveryFieldFromClaimJson() throws IOException {
        Claim claim = Claim.read(Files.writeString(dir.resolve("claim.json"), COMPLETE));

        assertThat(claim.partnerName()).isEqualTo("Fabrikam Consulting Ltd");
        assertThat(claim.partnerId()).isEqualTo("4812345");
        assertThat(claim.partnerDomains()).containsExactly("fabrikam.com");
        assertThat(claim.customerName()).isEqualTo("Contoso Pharmaceuticals Ltd");
        assertThat(claim.customerAliases()).containsExactly("Contoso Pharma");
        assertThat(claim.customerDomains()).as("a single string is a list of one").containsExactly("contosopharma.com");
        assertThat(claim.customerTenantId()).isEqualTo("6c1f3a9e-2b47-4d8a-9f0e-5a7b3c2d1e40");
        assertThat(claim.azureSubscriptionIds()).containsExactly("0b9d4e12-73a5-4c6f-8e21-d4f5a6b7c8d9");
        assertThat(claim.program()).isEqualTo(Program.AZURE);
        assertThat(claim.workloads()).containsExactly("Azure Virtual Machines");
        assertThat(claim.claimDate()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void onlyNamesProgramAndDateAreRequired() {
        Claim claim = Claim.parse("""
                {"partnerName": "Fabrikam", "customerName": "Contoso", "program": "online_services",
                 "claimDate": "2026-11-30"}""", "claim.json");

        assertThat(claim.program()).isEqualTo(Program.ONLINE_SERVICES);
        assertThat(claim.customerDomains()).isEmpty();
        assertThat(claim.workloads()).isEmpty();
        assertThat(claim.partnerId()).isNull();
    }

    @Test
    void anUnknownKeyIsAnErrorThatNamesItAndTheKnownKeys() {
        assertThatThrownBy(() -> Claim.parse("""
                {"partnerName": "Fabrikam", "customer": "Contoso", "program": "AZURE", "claimDate": "2026-11-30"}""",
                "bundle/claim.json"))
                .isInstanceOf(InvalidClaimException.class)
                .hasMessageStartingWith("bundle/claim.json: unknown key 'customer' (line 1, column")
                .hasMessageContaining("known keys: azureSubscriptionIds, claimDate, customerAliases");
    }

    @Test
    void aMissingRequiredValueIsNamed() {
        assertThatThrownBy(() -> Claim.parse("""
                {"partnerName": "Fabrikam", "program": "AZURE", "claimDate": "2026-11-30"}""", "claim.json"))
                .isInstanceOf(InvalidClaimException.class).hasMessage("claim.json: 'customerName' is required");
        assertThatThrownBy(() -> Claim.parse("""
                {"partnerName": "Fabrikam", "customerName": "Contoso", "claimDate": "2026-11-30"}""", "claim.json"))
                .hasMessage("claim.json: 'program' is required: AZURE or ONLINE_SERVICES");
    }

    @Test
    void aBadDateOrProgramSaysWhatIsExpected() {
        assertThatThrownBy(() -> Claim.parse("""
                {"partnerName": "Fabrikam", "customerName": "Contoso", "program": "AZURE", "claimDate": "30/11/2026"}""",
                "claim.json"))
                .hasMessageStartingWith("claim.json: 'claimDate' must be a date as YYYY-MM-DD, not '30/11/2026'");
        assertThatThrownBy(() -> Claim.parse("""
                {"partnerName": "Fabrikam", "customerName": "Contoso", "program": "M365", "claimDate": "2026-11-30"}""",
                "claim.json"))
                .hasMessageStartingWith("claim.json: 'program' must be AZURE or ONLINE_SERVICES, not 'M365'");
        assertThatThrownBy(() -> Claim.parse("""
                {"partnerName": "Fabrikam", "customerName": "Contoso", "program": "UNKNOWN", "claimDate": "2026-11-30"}""",
                "claim.json"))
                .hasMessage("claim.json: 'program' is required: AZURE or ONLINE_SERVICES");
    }

    @Test
    void textThatIsNotAClaimObjectIsAnError() {
        assertThatThrownBy(() -> Claim.parse("{\"partnerName\": ", "claim.json"))
                .isInstanceOf(InvalidClaimException.class).hasMessageStartingWith("claim.json: not valid JSON");
        assertThatThrownBy(() -> Claim.parse("[1, 2]", "claim.json"))
                .hasMessageStartingWith("claim.json: a claim is a JSON object");
        assertThatThrownBy(() -> Claim.parse("", "claim.json")).isInstanceOf(InvalidClaimException.class);
    }

    @Test
    void writtenToJsonItReadsBackTheSame() throws IOException {
        Claim claim = Claim.builder().partner("Fabrikam", "fabrikam.com").customer("Contoso Ltd", "contoso.com")
                .customerAliases("Contoso").program(Program.ONLINE_SERVICES).workloads("Intune")
                .claimDate(LocalDate.of(2026, 11, 30)).build();

        String json = ReportJson.mapper().writeValueAsString(claim);

        assertThat(json).contains("\"claimDate\" : \"2026-11-30\"").doesNotContain("customerTenantId");
        assertThat(Claim.parse(json, "claim.json")).isEqualTo(claim);
    }
}
