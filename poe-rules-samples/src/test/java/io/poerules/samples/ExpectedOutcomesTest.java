package io.poerules.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code documents/expected.json} names every sample and only samples, with values the validator
 * can report. The value sets mirror {@code io.poerules.api.Verdict}, {@code DocumentType},
 * {@code Program} and {@code Requirement}; this module does not depend on poe-rules-core.
 */
class ExpectedOutcomesTest {

    private static final Set<String> VERDICTS = Set.of("PASS", "FAIL", "REVIEW", "ERROR");
    private static final Set<String> DOCUMENT_TYPES = Set.of("STATEMENT_OF_WORK", "PURCHASE_ORDER", "QUOTATION",
            "PROOF_OF_CONCEPT_REPORT", "EMAIL", "MASTER_SERVICE_AGREEMENT", "OTHER_CONTRACT", "UNKNOWN");
    private static final Set<String> PROGRAMS = Set.of("AZURE", "ONLINE_SERVICES", "UNKNOWN");
    private static final Set<String> REQUIREMENTS = Set.of("EXTRACTABLE_TEXT", "DOCUMENT_TYPE", "PARTIES",
            "SERVICE_DETAIL", "PRODUCTS", "CUSTOMER_ACKNOWLEDGEMENT", "DATES", "BUSINESS_NEED", "SOLUTION_ARCHITECTURE",
            "CUSTOMER_BENEFITS", "USAGE_ROLE", "AMENDMENT", "IMPLEMENTATION_PLAN");

    private static JsonNode expected;

    @BeforeAll
    static void read() throws IOException {
        expected = new ObjectMapper().readTree(
                SamplesAreReproducibleTest.DOCUMENTS.resolve(SamplesAreReproducibleTest.EXPECTED_JSON).toFile());
    }

    @Test
    void everyDocumentHasAnExpectationAndEveryExpectationADocument() throws IOException {
        Set<String> names = new TreeSet<>();
        expected.fieldNames().forEachRemaining(names::add);

        assertThat(names).isEqualTo(SamplesAreReproducibleTest.documentFiles());
    }

    @Test
    void fileNamesAndFieldsAreSorted() {
        List<String> names = fieldNames(expected);
        assertThat(names).isSorted();
        for (String name : names) {
            assertThat(fieldNames(expected.get(name))).as(name).isSorted();
        }
    }

    @Test
    void everyExpectationUsesKnownValues() {
        for (Map.Entry<String, JsonNode> e : expected.properties()) {
            JsonNode x = e.getValue();
            assertThat(fieldNames(x)).as(e.getKey()).containsExactly("documentType", "failed", "program", "verdict");
            assertThat(x.get("verdict").asText()).as(e.getKey()).isIn(VERDICTS);
            assertThat(x.get("documentType").asText()).as(e.getKey()).isIn(DOCUMENT_TYPES);
            assertThat(x.get("program").asText()).as(e.getKey()).isIn(PROGRAMS);
            List<String> failed = new ArrayList<>();
            x.get("failed").forEach(f -> failed.add(f.asText()));
            assertThat(failed).as(e.getKey()).doesNotHaveDuplicates().allMatch(REQUIREMENTS::contains);
            if (x.get("verdict").asText().equals("FAIL")) {
                assertThat(failed).as(e.getKey() + ": a FAIL names the requirement it fails").isNotEmpty();
            } else {
                assertThat(failed).as(e.getKey() + ": only a FAIL has failed requirements").isEmpty();
            }
        }
    }

    @Test
    void theSetPassesAndFailsEveryRequirement() {
        Set<String> failed = new TreeSet<>();
        for (JsonNode x : expected) {
            x.get("failed").forEach(f -> failed.add(f.asText()));
        }
        Set<String> failable = new TreeSet<>(REQUIREMENTS);
        failable.remove("EXTRACTABLE_TEXT");
        assertThat(failed).as("requirements some sample fails (a document without text is REVIEW, not FAIL)")
                .isEqualTo(failable);
        assertThat(expected.size()).isGreaterThanOrEqualTo(26);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
