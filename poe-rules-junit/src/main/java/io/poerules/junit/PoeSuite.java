package io.poerules.junit;

import io.poerules.api.PoeValidator;
import io.poerules.check.CaseResult;
import io.poerules.check.Suite;
import io.poerules.check.SuiteReport;
import io.poerules.check.SuiteRunner;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * A rule regression suite folder as JUnit 5 dynamic tests: one test per document and per engagement,
 * named after it, that fails with the same diff {@code poe check} prints. So a service's own test run
 * includes its rule suite:
 *
 * <pre>{@code
 * class RuleSuiteTest {
 *     static PoeValidator validator = PoeValidator.builder().rulesDirectory(Path.of("rules")).build();
 *
 *     @TestFactory
 *     Stream<DynamicNode> ruleSuite() {
 *         return PoeSuite.dynamicTests(Path.of("src/test/poe-suite"), validator);
 *     }
 * }
 * }</pre>
 *
 * <p>The suite folder's format is that of {@link Suite}. The validator is the caller's: build it once
 * (the rules compile once) and close it after the tests. Each test validates its document when it
 * runs.
 *
 * @since 0.1.0
 */
public final class PoeSuite {

    private PoeSuite() {
    }

    /**
     * One dynamic test per case of the suite folder.
     *
     * @throws io.poerules.api.PoeRulesException when the folder or one of its {@code expected.json} cannot be read
     */
    public static Stream<DynamicNode> dynamicTests(Path suiteDir, PoeValidator validator) {
        return dynamicTests(Suite.read(suiteDir), validator);
    }

    /** One dynamic test per case of a suite already read. */
    public static Stream<DynamicNode> dynamicTests(Suite suite, PoeValidator validator) {
        Objects.requireNonNull(validator, "validator");
        return suite.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), c.path().toUri(), () -> {
            CaseResult result = SuiteRunner.run(c, validator);
            if (!result.matches()) {
                throw new AssertionFailedError(SuiteReport.diff(result));
            }
        }));
    }
}
