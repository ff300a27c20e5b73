package io.poerules.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poerules.check.Expectation;
import io.poerules.cli.PoeCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples again, through the command line path: {@code poe validate --format json} over the
 * samples folder, its JSON report read back and compared with {@code expected.json}.
 */
class SampleCliRegressionTest {

    @TempDir
    static Path temp;

    private static Map<String, JsonNode> documents;
    private static int exitCode;

    @BeforeAll
    static void runPoeValidate() throws Exception {
        Path report = temp.resolve("report.json");
        StringWriter err = new StringWriter();
        exitCode = PoeCommand.commandLine().setErr(new PrintWriter(err)).execute("validate", "--format", "json",
                "--as-of", SampleRegressionTest.REFERENCE_DATE.toString(), "--output", report.toString(),
                SamplePaths.documents().toString());
        int samples = Expectations.documents(SamplePaths.documents()).size();
        assertThat(err.toString()).contains(samples + " documents");
        JsonNode root = new ObjectMapper().readTree(report.toFile());
        assertThat(root.path("schemaVersion").asText()).isNotBlank();
        assertThat(root.path("tool").path("name").asText()).isEqualTo("poe-rules");
        documents = new HashMap<>();
        root.path("documents").forEach(d -> documents.put(Path.of(d.path("source").asText()).getFileName().toString(), d));
    }

    @TestFactory
    Stream<DynamicTest> everySampleMatchesItsExpectation() throws Exception {
        Map<String, Expectation> expected = Expectations.documents(SamplePaths.documents());
        assertThat(documents.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(exitCode).as("some samples fail, so the exit code is 1").isEqualTo(PoeCommand.EXIT_NOT_PASS);
        return expected.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            JsonNode d = documents.get(e.getKey());
            List<String> differences = e.getValue().differences(Expectations.actual(d));
            assertThat(differences).as(d.toPrettyString()).isEmpty();
        }));
    }
}
