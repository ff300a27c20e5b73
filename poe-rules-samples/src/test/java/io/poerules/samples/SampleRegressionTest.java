package io.poerules.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.DocumentReport;
import io.poerules.api.Outcome;
import io.poerules.api.PoeValidator;
import io.poerules.api.Requirement;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
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

    @TestFactory
    Stream<DynamicTest> everySampleMatchesItsExpectation() throws IOException {
        Map<String, Expectation> expected = Expectation.read(SamplePaths.documents().resolve("expected.json"));
        assertThat(expected).hasSizeGreaterThanOrEqualTo(24);
        return expected.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path file = SamplePaths.documents().resolve(e.getKey());
            assertThat(file).exists();
            DocumentReport report = validator.validate(file);
            List<String> differences = OcrHint.explain(e.getValue().differences(report.verdict(), report.documentType(),
                    report.program(), outcomes(report)), report.findings().stream().anyMatch(f -> "TEXT-ABSENT".equals(f.ruleId())));
            assertThat(differences).as(explain(report)).isEmpty();
        }));
    }

    static Map<Requirement, Outcome> outcomes(DocumentReport report) {
        Map<Requirement, Outcome> outcomes = new EnumMap<>(Requirement.class);
        for (Requirement r : Requirement.values()) {
            Outcome o = report.outcome(r);
            if (o != null) {
                outcomes.put(r, o);
            }
        }
        return outcomes;
    }

    static String explain(DocumentReport report) {
        StringBuilder out = new StringBuilder(report.source() + " -> " + report.verdict() + "\n");
        report.findings().forEach(f -> out.append("  ").append(f.requirement()).append(' ').append(f.outcome())
                .append(" [").append(f.ruleId()).append("] ").append(f.reason()).append('\n'));
        report.errors().forEach(e -> out.append("  error ").append(e.code()).append(": ").append(e.message()).append('\n'));
        return out.toString();
    }
}
