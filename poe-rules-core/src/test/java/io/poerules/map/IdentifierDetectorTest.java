package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.fact.Identifier;
import io.poerules.fact.IdentifierType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentifierDetectorTest {

    @Test
    void guidScanFindsWhatThePatternFinds() {
        String guid = "9a8b7c6d-1234-4abc-8def-0123456789ab";
        List<String> pieces = List.of(guid, guid.toUpperCase(), guid.substring(0, 35), guid.substring(1), "-", "--", "a",
                "F", "0", "g", " ", "\n", "ID: ", "9a8b7c6d-", "-1234-4abc-8def-", "0123456789ab", "é");
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            List<Integer> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = IdentifierDetector.GUID.matcher(text);
            while (m.find()) {
                expected.add(m.start());
            }
            assertThat(IdentifierDetector.guidStarts(text.toString())).as("in \"%s\"", text).isEqualTo(expected);
        }
    }

    private final IdentifierDetector detector = new IdentifierDetector(Map.of(
            IdentifierType.TENANT, List.of("tenant", "tenant ID"),
            IdentifierType.SUBSCRIPTION, List.of("subscription", "subscription ID")));

    private List<Identifier> detect(String text) {
        MappedFacts facts = new MappedFacts();
        detector.detect(TestTexts.text(text), List.of(), facts);
        return facts.ofType(Identifier.class);
    }

    @Test
    void aGuidAfterItsLabelIsATenantOrSubscriptionInLowerCase() {
        assertThat(detect("""
                Customer tenant ID: 6C1F3A9E-2B47-4D8A-9F0E-5A7B3C2D1E40
                Azure subscription: woodgrove-poc (ID 5d2e8f31-9a4b-4c7d-b6e5-0f1a2b3c4d5e)
                """)).extracting(Identifier::type, Identifier::value).containsExactly(
                tuple(IdentifierType.TENANT, "6c1f3a9e-2b47-4d8a-9f0e-5a7b3c2d1e40"),
                tuple(IdentifierType.SUBSCRIPTION, "5d2e8f31-9a4b-4c7d-b6e5-0f1a2b3c4d5e"));
    }

    @Test
    void theNearestLabelDecides() {
        assertThat(detect("The tenant holds subscription 5d2e8f31-9a4b-4c7d-b6e5-0f1a2b3c4d5e"))
                .extracting(Identifier::type).containsExactly(IdentifierType.SUBSCRIPTION);
    }

    @Test
    void aGuidWithoutALabelOnItsLineIsNoIdentifier() {
        assertThat(detect("""
                Tenant
                DocuSign Envelope ID: 4F2A9C1B-7D3E-4B8A-A6C5-2E9D0F1B3A47
                """)).isEmpty();
    }
}
