package io.poerules.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample documents are exactly what the generator writes: nobody edits one without the other. */
class SamplesAreReproducibleTest {

    static final Path DOCUMENTS = Path.of("documents");
    static final String EXPECTED_JSON = "expected.json";
    private static final String HOW = "regenerate with `mvn -B -q -pl poe-rules-samples compile exec:java` and commit";

    @Test
    void regeneratedFilesAreByteIdenticalToTheCommittedOnes(@TempDir Path dir) throws IOException {
        List<Path> generated = SampleGenerator.generate(dir);

        List<String> differing = new ArrayList<>();
        for (Path file : generated) {
            Path committed = DOCUMENTS.resolve(file.getFileName().toString());
            if (!Files.isRegularFile(committed) || !Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(committed))) {
                differing.add(file.getFileName().toString());
            }
        }
        assertThat(differing).as("samples missing or different from the generator's output; " + HOW).isEmpty();
    }

    @Test
    void everyCommittedDocumentComesFromTheGenerator() throws IOException {
        assertThat(documentFiles()).as("files in documents/ that the generator does not write; " + HOW)
                .isEqualTo(new TreeSet<>(SampleGenerator.samples().keySet()));
    }

    /** The sample documents in {@code documents/}: every file but {@code expected.json}. */
    static Set<String> documentFiles() throws IOException {
        try (Stream<Path> files = Files.list(DOCUMENTS)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(EXPECTED_JSON))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
