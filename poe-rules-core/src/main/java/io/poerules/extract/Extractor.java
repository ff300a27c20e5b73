package io.poerules.extract;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Turns an input into an {@link ExtractedDocument}: in this JVM ({@link TikaExtractor}) or in child JVMs. Implementations never throw for a bad document, are thread-safe, and own
 * threads or processes that {@link #close()} stops.
 */
public interface Extractor extends AutoCloseable {

    /** Extracts a file. */
    ExtractedDocument extract(Path file);

    /** Extracts a stream; the caller keeps ownership of it and closes it. */
    ExtractedDocument extract(InputStream stream, String name);

    @Override
    void close();
}
