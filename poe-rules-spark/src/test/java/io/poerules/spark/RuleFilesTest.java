package io.poerules.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rules folder is written on an executor under its own name, however the driver was given it: a local path
 * (which becomes a URI ending in {@code /}), the same with a {@code /}, or a {@code file:} URI.
 */
class RuleFilesTest {

    @TempDir
    Path temp;

    @Test
    void theExecutorsFolderHasTheNameOfTheRulesFolder() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("my-rules/lexicons"));
        Files.writeString(folder.resolve("../extra.drl"), "package io.poerules.rules.analyst;\n");
        Files.writeString(folder.resolve("words.json"), "{}\n");
        Path rules = temp.resolve("my-rules");

        for (String given : List.of(rules.toString(), rules + "/", rules.toUri().toString())) {
            RuleFiles read = RuleFiles.read(given, new Configuration());
            Path written = read.writeUnder(Files.createTempDirectory(temp, "executor-"));

            assertThat(written.getFileName()).as(given).hasToString("my-rules");
            assertThat(read.files()).as(given).containsOnlyKeys("extra.drl", "lexicons/words.json");
            assertThat(written.resolve("lexicons/words.json")).as(given).hasContent("{}");
        }
    }
}
