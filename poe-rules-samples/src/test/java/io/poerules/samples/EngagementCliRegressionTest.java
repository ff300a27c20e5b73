package io.poerules.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poerules.check.Expectation;
import io.poerules.cli.PoeCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engagement bundles again, through the command line path: {@code poe validate --format json} over
 * the {@code engagements} folder, where each bundle folder (it holds a claim.json) is one engagement; the
 * JSON report's {@code engagements} are compared with each bundle's {@code expected.json}.
 */
class EngagementCliRegressionTest {

    @TempDir
    static Path temp;

    private static Map<String, JsonNode> engagements;
    private static JsonNode root;
    private static int exitCode;
    private static String err;

    @BeforeAll
    static void runPoeValidate() throws Exception {
        Path report = temp.resolve("report.json");
        StringWriter errors = new StringWriter();
        exitCode = PoeCommand.commandLine().setErr(new PrintWriter(errors)).execute("validate", "--format", "json",
                "--output", report.toString(), SamplePaths.engagements().toString());
        err = errors.toString();
        root = new ObjectMapper().readTree(report.toFile());
        engagements = new HashMap<>();
        root.path("engagements").forEach(e -> engagements.put(
                Path.of(e.path("documents").get(0).asText()).getParent().getFileName().toString(), e));
    }

    @TestFactory
    Stream<DynamicTest> everyBundleMatchesItsExpectation() throws Exception {
        List<Path> bundles = SamplePaths.bundles();
        assertThat(root.path("schemaVersion").asText()).isEqualTo("1.1");
        assertThat(engagements.keySet()).containsExactlyInAnyOrderElementsOf(
                bundles.stream().map(b -> b.getFileName().toString()).toList());
        assertThat(err).contains(bundles.size() + " engagements: ");
        assertThat(exitCode).as("some bundles fail, so the exit code is 1").isEqualTo(PoeCommand.EXIT_NOT_PASS);
        return bundles.stream().map(bundle -> DynamicTest.dynamicTest(bundle.getFileName().toString(), () -> {
            JsonNode e = engagements.get(bundle.getFileName().toString());
            Expectation expected = Expectations.engagement(bundle);
            List<String> differences = expected.differences(Expectations.actual(e));
            assertThat(differences).as(e.toPrettyString()).isEmpty();
            assertThat(e.path("claim").path("claimDate").asText()).isNotBlank();
            List<String> documents = new ArrayList<>();
            e.path("documents").forEach(d -> documents.add(d.asText()));
            assertThat(documents).containsExactlyElementsOf(
                    SamplePaths.bundleDocuments(bundle).stream().map(Path::toString).toList());
            for (JsonNode f : e.path("findings")) {
                f.path("evidence").forEach(ev -> assertThat(documents).as("evidence of %s names its document",
                        f.path("ruleId").asText()).contains(ev.path("source").asText()));
            }
        }));
    }
}
