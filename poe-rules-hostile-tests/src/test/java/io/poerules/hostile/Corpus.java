package io.poerules.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** Where the suite finds the sample documents and the shared corpus, and where it writes its files. */
final class Corpus {

    /** The claim date the samples' expectations assume. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 30);

    private Corpus() {
    }

    /** This module's directory. */
    static Path module() {
        Path here = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        return Files.isDirectory(here.resolve("src/test/java/io/poerules/hostile")) ? here
                : here.resolve("poe-rules-hostile-tests");
    }

    /** {@code poe-rules-samples/documents}. */
    static Path samples() {
        return module().resolveSibling("poe-rules-samples").resolve("documents");
    }

    /** The sample documents, sorted. */
    static List<Path> sampleDocuments() {
        try (Stream<Path> list = Files.list(samples())) {
            return list.filter(p -> !p.getFileName().toString().equals("expected.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ../shared/corpus/wild} beside the clone, or {@code null} when it is not there. */
    static Path wild() {
        Path corpus = module().getParent().resolveSibling("shared").resolve("corpus").resolve("wild");
        return Files.isDirectory(corpus) ? corpus : null;
    }

    /** A new, empty directory for one test class's files, under {@code target/hostile}. */
    static Path work(Class<?> test) {
        Path dir = module().resolve("target").resolve("hostile").resolve(test.getSimpleName());
        try {
            deleteTree(dir);
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
