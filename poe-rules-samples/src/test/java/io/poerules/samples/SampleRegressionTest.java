package io.poerules.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.DocumentReport;
import io.poerules.api.Outcome;
import io.poerules.api.PoeValidator;
import io.poerules.api.Requirement;
import io.poerules.check.Suite;
import io.poerules.junit.PoeSuite;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample document, validated through the Java API with the claim date 2026-11-30, gets the
 * verdict, type, program and failed requirements its {@code expected.json} entry states.
 */
class SampleRegressionTest {

    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 30);

    private static PoeValidator validator;

    @BeforeAll
    static void build() {
        validator = PoeValidator.builder().referenceDate(REFERENCE_DATE).build();
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    /** Through the same tools as {@code poe check}: the JUnit helper of poe-rules-junit over {@code documents/}. */
    @TestFactory
    Stream<DynamicNode> everySampleMatchesItsExpectation() {
        Suite suite = Suite.read(SamplePaths.documents());
        assertThat(suite.cases()).hasSizeGreaterThanOrEqualTo(24)
                .allSatisfy(c -> assertThat(c.expected()).as(c.name()).isNotNull());
        return PoeSuite.dynamicTests(suite, validator);
    }
}
