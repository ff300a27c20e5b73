package io.poerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.poerules.report.ReportJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code poe validate --isolate} from the shaded jar: its child JVMs start from the jar itself (Tika's
 * parsers and the extraction child in it), and read documents as the jar does without them.
 */
class PoeJarIsolationIT {

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        PoeJarIT.findJar();
    }

    @Test
    void childJvmsStartFromTheJarAndReadAsItDoes() throws Exception {
        Files.write(dir.resolve("sow.txt"), PoeJarIT.SOW);
        PoeJarIT.writePdf(dir.resolve("sow.pdf"), PoeJarIT.SOW);
        Files.write(dir.resolve("empty.docx"), new byte[0]);
        Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(Files.readAllBytes(dir.resolve("sow.pdf")), 300));

        PoeJarIT.Run inProcess = PoeJarIT.poe("validate", "--format", "json", dir.toString());
        PoeJarIT.Run isolated = PoeJarIT.poe("validate", "--isolate", "--format", "json", dir.toString());

        assertThat(isolated.exitCode()).as(isolated.err()).isEqualTo(inProcess.exitCode());
        Map<String, JsonNode> expected = bySource(inProcess.out());
        Map<String, JsonNode> actual = bySource(isolated.out());
        assertThat(actual).containsOnlyKeys("sow.txt", "sow.pdf", "empty.docx", "cut.pdf");
        for (String name : expected.keySet()) {
            assertThat(actual.get(name).path("verdict")).as(name).isEqualTo(expected.get(name).path("verdict"));
            assertThat(actual.get(name).path("errors")).as(name).isEqualTo(expected.get(name).path("errors"));
            assertThat(actual.get(name).path("findings")).as(name).isEqualTo(expected.get(name).path("findings"));
        }
        assertThat(actual.get("cut.pdf").path("errors").path(0).path("code").asText()).isEqualTo("CORRUPT");
    }

    private static Map<String, JsonNode> bySource(String json) throws java.io.IOException {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode d : ReportJson.mapper().readTree(json).path("documents")) {
            out.put(Path.of(d.path("source").asText()).getFileName().toString(), d);
        }
        return out;
    }
}
