package io.poerules.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Where the tests find the sample documents and the shared corpus, from the module directory. */
final class SamplePaths {

    private SamplePaths() {
    }

    /** {@code poe-rules-samples/documents}. */
    static Path documents() {
        return moduleDir().resolve("documents");
    }

    /** {@code poe-rules-samples/engagements}: one folder per engagement bundle. */
    static Path engagements() {
        return moduleDir().resolve("engagements");
    }

    /** The bundle folders of {@code engagements}, sorted by name. */
    static List<Path> bundles() throws IOException {
        try (Stream<Path> dirs = Files.list(engagements())) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** A bundle's documents: every file but its {@code claim.json} and {@code expected.json}, sorted by name. */
    static List<Path> bundleDocuments(Path bundle) throws IOException {
        try (Stream<Path> files = Files.list(bundle)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !Set.of("claim.json", "expected.json").contains(f.getFileName().toString()))
                    .sorted().toList();
        }
    }

    /** {@code ../shared/corpus/wild} beside the clone, or {@code null} when it is not there. */
    static Path wildCorpus() {
        Path repo = moduleDir().toAbsolutePath().getParent();
        Path corpus = repo.getParent() == null ? null : repo.getParent().resolve("shared/corpus/wild");
        return corpus != null && Files.isDirectory(corpus) ? corpus : null;
    }

    private static Path moduleDir() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("documents")) || here.endsWith("poe-rules-samples")
                ? here : here.resolve("poe-rules-samples");
    }
}
