package io.poerules.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poerules.cli.PoeCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code poe validate --format json} reports for the same files: the reference the rows must equal. */
record CliReference(Map<String, JsonNode> documents, Map<String, JsonNode> engagements) {

    /**
     * Runs {@code poe validate --format json} in this JVM with the options, over the paths.
     *
     * @param output where the report is written
     */
    static CliReference run(Path output, List<String> options, Path... paths) throws IOException {
        List<String> args = new ArrayList<>(List.of("validate", "--format", "json", "--quiet", "--output", output.toString()));
        args.addAll(options);
        for (Path path : paths) {
            args.add(path.toString());
        }
        StringWriter err = new StringWriter();
        int exit = PoeCommand.commandLine().setErr(new PrintWriter(err)).execute(args.toArray(String[]::new));
        assertThat(exit).as(err.toString()).isIn(PoeCommand.EXIT_PASS, PoeCommand.EXIT_NOT_PASS);
        JsonNode root = new ObjectMapper().readTree(output.toFile());
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        root.path("documents").forEach(d -> documents.put(d.path("source").asText(), d));
        Map<String, JsonNode> engagements = new LinkedHashMap<>();
        root.path("engagements").forEach(e -> engagements.put(
                Path.of(e.path("documents").get(0).asText()).getParent().toString(), e));
        return new CliReference(documents, engagements);
    }
}
