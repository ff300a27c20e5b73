package io.poerules.rules.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poerules.api.DocumentReport;
import io.poerules.api.DocumentType;
import io.poerules.api.Outcome;
import io.poerules.api.PoeValidator;
import io.poerules.api.Program;
import io.poerules.api.Requirement;
import io.poerules.api.Verdict;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
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

    /** One entry of {@code expected.json}. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    record Expectation(Verdict verdict, DocumentType documentType, Program program, List<Requirement> failed) {

        List<String> differences(DocumentReport report) {
            List<String> out = new ArrayList<>();
            if (verdict != report.verdict()) {
                out.add("verdict: expected " + verdict + ", got " + report.verdict());
            }
            if (documentType != null && documentType != report.documentType()) {
                out.add("documentType: expected " + documentType + ", got " + report.documentType());
            }
            if (program != null && program != report.program()) {
                out.add("program: expected " + program + ", got " + report.program());
            }
            if (failed != null) {
                List<Requirement> actualFailed = Stream.of(Requirement.values())
                        .filter(r -> report.outcome(r) == Outcome.FAIL).sorted().toList();
                List<Requirement> expectedFailed = failed.stream().sorted().toList();
                if (!actualFailed.equals(expectedFailed)) {
                    out.add("failed: expected " + expectedFailed + ", got " + actualFailed);
                }
            }
            return out;
        }
    }

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

    private static Map<String, Expectation> expected() throws IOException, URISyntaxException {
        return new TreeMap<>(new ObjectMapper().readValue(folder().resolve("expected.json").toFile(),
                new TypeReference<Map<String, Expectation>>() { }));
    }

    @Test
    void everyDocumentHasAnExpectationAndEveryExpectationADocument() throws IOException, URISyntaxException {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(folder())) {
            list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.json")).forEach(files::add);
        }
        assertThat(expected().keySet()).isEqualTo(files);
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentIsJudgedAsAReviewerWould() throws IOException, URISyntaxException {
        Path folder = folder();
        return expected().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            DocumentReport report = validator.validate(folder.resolve(e.getKey()));
            assertThat(e.getValue().differences(report)).as(explain(report)).isEmpty();
        }));
    }

    private static String explain(DocumentReport report) {
        StringBuilder out = new StringBuilder(report.source() + " -> " + report.verdict() + "\n");
        report.findings().forEach(f -> out.append("  ").append(f.requirement()).append(' ').append(f.outcome())
                .append(" [").append(f.ruleId()).append("] ").append(f.reason()).append('\n'));
        report.errors().forEach(x -> out.append("  error ").append(x.code()).append(": ").append(x.message()).append('\n'));
        return out.toString();
    }
}
