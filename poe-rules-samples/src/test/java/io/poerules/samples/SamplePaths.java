package io.poerules.samples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the sample documents and the shared corpus, from the module directory. */
final class SamplePaths {

    private SamplePaths() {
    }

    /** {@code poe-rules-samples/documents}. */
    static Path documents() {
        return moduleDir().resolve("documents");
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
