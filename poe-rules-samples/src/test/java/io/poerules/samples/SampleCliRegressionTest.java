package io.poerules.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poerules.api.DocumentType;
import io.poerules.api.Outcome;
import io.poerules.api.Program;
import io.poerules.api.Requirement;
import io.poerules.api.Verdict;
import io.poerules.cli.PoeCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.EnumMap;
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
        int samples = Expectation.read(SamplePaths.documents().resolve("expected.json")).size();
        assertThat(err.toString()).contains(samples + " documents");
        JsonNode root = new ObjectMapper().readTree(report.toFile());
        assertThat(root.path("schemaVersion").asText()).isNotBlank();
        assertThat(root.path("tool").path("name").asText()).isEqualTo("poe-rules");
        documents = new HashMap<>();
        root.path("documents").forEach(d -> documents.put(Path.of(d.path("source").asText()).getFileName().toString(), d));
    }

    @TestFactory
    Stream<DynamicTest> everySampleMatchesItsExpectation() throws Exception {
        Map<String, Expectation> expected = Expectation.read(SamplePaths.documents().resolve("expected.json"));
        assertThat(documents.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(exitCode).as("some samples fail, so the exit code is 1").isEqualTo(PoeCommand.EXIT_NOT_PASS);
        return expected.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            JsonNode d = documents.get(e.getKey());
            List<String> differences = OcrHint.explain(e.getValue().differences(Verdict.valueOf(d.path("verdict").asText()),
                    DocumentType.valueOf(d.path("documentType").asText()), Program.valueOf(d.path("program").asText()),
                    outcomes(d)), d.path("findings").findValuesAsText("ruleId").contains("TEXT-ABSENT"));
            assertThat(differences).as(d.toPrettyString()).isEmpty();
        }));
    }

    /** The combined outcome per requirement, as {@link io.poerules.api.DocumentReport#outcome} computes it. */
    private static Map<Requirement, Outcome> outcomes(JsonNode document) {
        Map<Requirement, Outcome> outcomes = new EnumMap<>(Requirement.class);
        for (JsonNode f : document.path("findings")) {
            Requirement r = Requirement.valueOf(f.path("requirement").asText());
            Outcome o = Outcome.valueOf(f.path("outcome").asText());
            outcomes.merge(r, o, Outcome::worst);
        }
        return outcomes;
    }
}
