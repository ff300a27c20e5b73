package io.poerules.rules.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.PoeValidator;
import io.poerules.check.Expectation;
import io.poerules.check.Suite;
import io.poerules.junit.PoeSuite;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Documents written in the wording partners use but the detectors were not built on (Client/Consultant,
 * "SOW #3 under the MSA", DocuSign stamps, year-first dates, Outlook reply chains, a partner's own
 * "we have completed"), each validated with the claim date 2026-11-30 against what a POE reviewer
 * concludes in {@code unseen/expected.json}: verdict, type, program and the requirements that fail.
 */
class UnseenDocumentsTest {

    private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 30);

    private static PoeValidator validator;

    @BeforeAll
    static void build() {
        validator = PoeValidator.builder().referenceDate(REFERENCE_DATE).build();
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(UnseenDocumentsTest.class.getResource("/unseen/expected.json").toURI()).getParent();
    }

    private static Map<String, Expectation> expected() throws URISyntaxException {
        Map<String, Expectation> out = new TreeMap<>();
        Suite.read(folder()).cases().stream().filter(c -> c.expected() != null)
                .forEach(c -> out.put(c.key(), c.expected()));
        return out;
    }

    @Test
    void everyDocumentHasAnExpectationAndEveryExpectationADocument() throws java.io.IOException, URISyntaxException {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(folder())) {
            list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.json")).forEach(files::add);
        }
        assertThat(expected().keySet()).isEqualTo(files);
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
    }

    /** Through the same tools as {@code poe check}: the JUnit helper of poe-rules-junit. */
    @TestFactory
    Stream<DynamicNode> everyDocumentIsJudgedAsAReviewerWould() throws URISyntaxException {
        return PoeSuite.dynamicTests(folder(), validator);
    }
}
