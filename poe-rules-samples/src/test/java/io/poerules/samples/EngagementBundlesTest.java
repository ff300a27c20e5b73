package io.poerules.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poerules.api.Claim;
import io.poerules.api.Requirement;
import io.poerules.api.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout of {@code engagements/}: each bundle folder holds a readable {@code claim.json}, an
 * {@code expected.json} with the engagement's verdict and failed requirements, and at least one
 * document; together the bundles pass and fail for the reasons the issue lists.
 */
class EngagementBundlesTest {

    @Test
    void everyBundleHasAClaimAnExpectationAndDocuments() throws IOException {
        List<Path> bundles = SamplePaths.bundles();

        assertThat(bundles).hasSizeGreaterThanOrEqualTo(8);
        for (Path bundle : bundles) {
            assertThatCode(() -> Claim.read(bundle.resolve("claim.json"))).as(bundle.toString()).doesNotThrowAnyException();
            assertThat(bundle.resolve("expected.json")).as(bundle.toString()).isRegularFile();
            assertThat(SamplePaths.bundleDocuments(bundle)).as(bundle.toString()).isNotEmpty();
            try (Stream<Path> files = Files.list(bundle)) {
                assertThat(files.filter(Files::isDirectory)).as("a bundle is one folder").isEmpty();
            }
        }
    }

    @Test
    void everyExpectationIsAVerdictAndTheRequirementsThatFail() throws IOException {
        for (Path bundle : SamplePaths.bundles()) {
            JsonNode x = new ObjectMapper().readTree(bundle.resolve("expected.json").toFile());
            List<String> fields = new ArrayList<>();
            x.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).as(bundle.toString()).containsExactly("verdict", "failed");
            Verdict verdict = Verdict.valueOf(x.get("verdict").asText());
            List<Requirement> failed = new ArrayList<>();
            x.get("failed").forEach(f -> failed.add(Requirement.valueOf(f.asText())));
            assertThat(failed).as(bundle.toString()).doesNotHaveDuplicates();
            assertThat(failed.isEmpty()).as(bundle + ": a FAIL names the requirements it fails, only a FAIL does")
                    .isEqualTo(verdict != Verdict.FAIL);
        }
    }

    @Test
    void theBundlesPassTogetherAndFailForTheReasonsAReviewerGives() throws IOException {
        Set<Verdict> verdicts = new TreeSet<>();
        Set<Requirement> failed = new TreeSet<>();
        for (Path bundle : SamplePaths.bundles()) {
            io.poerules.check.Expectation x = Expectations.engagement(bundle);
            verdicts.add(x.verdict());
            failed.addAll(x.failed());
        }

        assertThat(verdicts).contains(Verdict.PASS, Verdict.FAIL);
        assertThat(failed).contains(Requirement.DATES, Requirement.CLAIM_MATCH, Requirement.PRODUCTS,
                Requirement.CUSTOMER_ACKNOWLEDGEMENT, Requirement.AMENDMENT);
    }
}
