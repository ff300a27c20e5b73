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
    static final Path ENGAGEMENTS = Path.of("engagements");
    /** A bundle's files written by hand, not by the generator. */
    static final Set<String> HAND_WRITTEN = Set.of("claim.json", EXPECTED_JSON);
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

    @Test
    void regeneratedBundleDocumentsAreByteIdenticalToTheCommittedOnes(@TempDir Path dir) throws IOException {
        List<Path> generated = SampleGenerator.generateEngagements(dir);

        List<String> differing = new ArrayList<>();
        for (Path file : generated) {
            Path relative = dir.relativize(file);
            Path committed = ENGAGEMENTS.resolve(relative.toString());
            if (!Files.isRegularFile(committed) || !Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(committed))) {
                differing.add(relative.toString());
            }
        }
        assertThat(differing).as("bundle documents missing or different from the generator's output; " + HOW).isEmpty();
    }

    @Test
    void everyCommittedBundleDocumentComesFromTheGenerator() throws IOException {
        Set<String> committed = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ENGAGEMENTS)) {
            files.filter(Files::isRegularFile).filter(f -> !HAND_WRITTEN.contains(f.getFileName().toString()))
                    .forEach(f -> committed.add(ENGAGEMENTS.relativize(f).toString().replace('\\', '/')));
        }
        Set<String> generated = new TreeSet<>();
        SampleGenerator.engagements().forEach((bundle, catalog) ->
                catalog.files().keySet().forEach(name -> generated.add(bundle + "/" + name)));

        assertThat(committed).as("files in engagements/ that the generator does not write (only claim.json and "
                + "expected.json are written by hand); " + HOW).isEqualTo(generated);
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
