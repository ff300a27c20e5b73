package io.poerules.rules.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/authoring.md} documents every field of every fact record, and its worked examples are the
 * files the authoring tests run ({@link AuthoringWorkflowTest}).
 */
class AuthoringGuideTest {

    static final Path GUIDE = Path.of("../docs/authoring.md");
    static final Path FACTS = Path.of("../poe-rules-core/src/main/java/io/poerules/fact");

    @Test
    void everyFieldOfEveryFactIsDocumented() throws Exception {
        String guide = Files.readString(GUIDE);
        List<String> names;
        try (Stream<Path> files = Files.list(FACTS)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
        int records = 0;
        for (String name : names) {
            Class<?> type = Class.forName("io.poerules.fact." + name);
            if (!type.isRecord()) {
                continue;
            }
            records++;
            int at = guide.indexOf("### `" + name + "`");
            assertThat(at).as("docs/authoring.md has a section for the fact %s", name).isNotNegative();
            int next = guide.indexOf("### ", at + 4);
            String section = guide.substring(at, next < 0 ? guide.length() : next);
            for (RecordComponent c : type.getRecordComponents()) {
                assertThat(section).as("docs/authoring.md documents %s.%s", name, c.getName())
                        .containsPattern("\\| `" + c.getName() + "` \\| `[^`]+` \\| \\S");
            }
        }
        assertThat(records).isGreaterThan(25);
    }

    @Test
    void theWorkedExamplesAreTheTestedFiles() throws IOException {
        String guide = Files.readString(GUIDE);
        Path examples = Path.of("src/test/resources/authoring-examples");
        for (String file : List.of("rules/statement-of-work-reference.drl", "rules/products-extra.json",
                "thresholds/window.csv")) {
            assertThat(guide).as("docs/authoring.md includes %s as it is", file)
                    .contains(Files.readString(examples.resolve(file)).strip());
        }
    }
}
